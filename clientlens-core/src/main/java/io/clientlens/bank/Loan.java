package io.clientlens.bank;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A loan granted on an account: {@code amount} over {@code durationMonths}. */
public record Loan(String loanId, String accountId, LocalDate granted, BigDecimal amount, int durationMonths,
                   BigDecimal monthlyPayment, String status) {
    public Loan {
        Account.requireText(loanId, "loanId");
        Account.requireText(accountId, "accountId");
        if (granted == null) {
            throw new IllegalArgumentException("granted is required");
        }
        if (durationMonths <= 0) {
            throw new IllegalArgumentException("durationMonths must be positive, was " + durationMonths);
        }
    }
}
