package io.clientlens.batch.generate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many customers, from which seed, and the transaction history that ends
 * on {@code endDate} and covers {@code historyDays} days. Equal settings give equal output.
 */
public record GeneratorSettings(int customers, long seed, LocalDate endDate, int historyDays,
                                double averageTransactionsPerAccountPerMonth) {

    public static final int DEFAULT_HISTORY_DAYS = 730;
    public static final double DEFAULT_TRANSACTIONS_PER_ACCOUNT_PER_MONTH = 6;

    public GeneratorSettings {
        if (customers < 0) {
            throw new IllegalArgumentException("customers must be zero or more, was " + customers);
        }
        Objects.requireNonNull(endDate, "endDate is required");
        if (historyDays < 1) {
            throw new IllegalArgumentException("historyDays must be at least 1, was " + historyDays);
        }
        if (!(averageTransactionsPerAccountPerMonth > 0)) {
            throw new IllegalArgumentException("averageTransactionsPerAccountPerMonth must be positive, was "
                    + averageTransactionsPerAccountPerMonth);
        }
    }

    /** Settings with the default history (730 days) and activity (6 transactions per account and month). */
    public static GeneratorSettings of(int customers, long seed, LocalDate endDate) {
        return new GeneratorSettings(customers, seed, endDate, DEFAULT_HISTORY_DAYS,
                DEFAULT_TRANSACTIONS_PER_ACCOUNT_PER_MONTH);
    }

    /** The demo data set: history up to 2026-09-30, seed 20260930. */
    public static GeneratorSettings demo(int customers) {
        return of(customers, 20260930L, LocalDate.of(2026, 9, 30));
    }

    /** The first day of the transaction history. */
    public LocalDate historyStart() {
        return endDate.minusDays(historyDays - 1L);
    }
}
