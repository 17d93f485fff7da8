package io.clientlens.aml.monitor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An alert of a monitoring rule (docs/AML.md): the rule, the customer, the period from the first to the last day that
 * made it, the accounts and the transactions that triggered it (in {@link TxnRef#ORDER}), the amount, a score of
 * 0–100 and why, in zh and en.
 */
public record Alert(AlertRule rule, String customerId, LocalDate from, LocalDate to, BigDecimal amount, int score,
                    List<String> accounts, List<String> transactions, String zh, String en) {
    public Alert {
        accounts = List.copyOf(accounts);
        transactions = List.copyOf(transactions);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("an alert's period must not end before it starts: " + from + " > " + to);
        }
    }

    /** Whether this alert and {@code other} are for the same rule and customer in periods that share a day. */
    public boolean overlaps(Alert other) {
        return rule == other.rule && customerId.equals(other.customerId)
                && !from.isAfter(other.to) && !other.from.isAfter(to);
    }
}
