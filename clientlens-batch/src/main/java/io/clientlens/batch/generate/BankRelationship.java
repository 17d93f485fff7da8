package io.clientlens.batch.generate;

import io.clientlens.bank.AccountLink;
import io.clientlens.bank.Card;
import io.clientlens.bank.Holding;
import io.clientlens.bank.Loan;
import io.clientlens.customer.Profile;

import java.util.List;

/** A customer's standing with the bank: the completed profile and everything but the transactions. */
record BankRelationship(Profile profile, List<AccountPlan> accounts, List<AccountLink> links, List<Loan> loans,
                        List<Card> cards, List<Holding> holdings, Activity activity) {
}
