package io.clientlens.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One posting on an account. {@code amount} is positive; {@code direction} says which way it went.
 * {@code balance} is the account balance after the posting. {@code category} is the bank's
 * classification of the posting (Berka's k_symbol); the policy names which categories are bank
 * postings (interest, fees) rather than the customer's own activity. {@code sequence} orders
 * postings of the same day.
 *
 * <p>For anti-money-laundering monitoring (docs/AML.md): {@code channel} is how the money moved
 * (cash, transfer, card; null when the source does not say, e.g. a bank posting), the counterparty is
 * the other party's bank and account, and {@code crossBorder} marks a payment to or from abroad.
 */
public record Transaction(String transactionId, long sequence, String accountId, LocalDate date, Direction direction,
                          String operation, BigDecimal amount, BigDecimal balance, String category,
                          String counterpartyBank, String counterpartyAccount, Channel channel, boolean crossBorder) {
    public enum Direction { CREDIT, DEBIT }

    /** How the money moved: 现金 cash, 转账 transfer, 银行卡 card. */
    public enum Channel {
        CASH, TRANSFER, CARD;

        /** The channel of a code (any case, blanks around ignored); empty for anything else. */
        public static Optional<Channel> parse(String code) {
            if (code == null) {
                return Optional.empty();
            }
            String upper = code.strip().toUpperCase(Locale.ROOT);
            return Arrays.stream(values()).filter(c -> c.name().equals(upper)).findFirst();
        }
    }

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

    /** A posting whose source says nothing about channel or cross-border (both unknown: not cash, not abroad). */
    public Transaction(String transactionId, long sequence, String accountId, LocalDate date, Direction direction,
                       String operation, BigDecimal amount, BigDecimal balance, String category,
                       String counterpartyBank, String counterpartyAccount) {
        this(transactionId, sequence, accountId, date, direction, operation, amount, balance, category,
                counterpartyBank, counterpartyAccount, null, false);
    }
}
