package io.clientlens.bank;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One posting on an account. {@code amount} is positive; {@code direction} says which way it went.
 * {@code balance} is the account balance after the posting. {@code category} is the bank's
 * classification of the posting (Berka's k_symbol); the policy names which categories are bank
 * postings (interest, fees) rather than the customer's own activity. {@code sequence} orders
 * postings of the same day.
 */
public record Transaction(String transactionId, long sequence, String accountId, LocalDate date, Direction direction,
                          String operation, BigDecimal amount, BigDecimal balance, String category,
                          String counterpartyBank, String counterpartyAccount) {
    public enum Direction { CREDIT, DEBIT }

    public Transaction {
        Account.requireText(transactionId, "transactionId");
        Account.requireText(accountId, "accountId");
        if (date == null) {
            throw new IllegalArgumentException("date is required");
        }
        if (direction == null) {
            throw new IllegalArgumentException("direction is required");
        }
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("amount must be zero or positive");
        }
    }
}
