package io.clientlens.batch.generate;

import io.clientlens.bank.Account;
import io.clientlens.bank.Loan;

/**
 * An account with what its history should look like: its role for the customer, the balance it
 * should hover around (so AUM agrees with the deposits in the profile), and what the bank charges.
 */
record AccountPlan(Account account, Role role, long targetBalanceCents, boolean debitCard, boolean smsFee,
                   Loan loan) {

    /** Salary and daily spending, savings (time deposits), or a second account for part of the spending. */
    enum Role { PRIMARY, SAVINGS, SECONDARY }

    AccountPlan withDebitCard() {
        return new AccountPlan(account, role, targetBalanceCents, true, smsFee, loan);
    }

    AccountPlan withLoan(Loan granted) {
        return new AccountPlan(account, role, targetBalanceCents, debitCard, smsFee, granted);
    }
}
