package io.clientlens.batch.generate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many customers, from which seed, and the transaction history that ends
 * on {@code endDate} and covers {@code historyDays} days. Equal settings give equal output.
 *
 * <p>{@code bankPostingMonths} is how often the bank posts interest and fees (1: every month end;
 * 3: at the end of March, June, September and December, as Chinese banks settle demand-deposit
 * interest). {@code regularFlowShare} is the share of customers whose pay, pension and regular
 * transfers go through this bank (1: all of them); the others keep the account for everyday
 * spending only. Anything other than the defaults (1 and 1) is the <em>low-activity</em> mode that
 * {@link TransactionTarget} chooses when few transactions per customer are asked for.
 */
public record GeneratorSettings(int customers, long seed, LocalDate endDate, int historyDays,
                                double averageTransactionsPerAccountPerMonth, int bankPostingMonths,
                                double regularFlowShare) {

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
        if (bankPostingMonths != 1 && bankPostingMonths != 3) {
            throw new IllegalArgumentException("bankPostingMonths must be 1 or 3, was " + bankPostingMonths);
        }
        if (!(regularFlowShare >= 0 && regularFlowShare <= 1)) {
            throw new IllegalArgumentException("regularFlowShare must be between 0 and 1, was " + regularFlowShare);
        }
    }

    /** Monthly bank postings and every customer's regular flows through this bank. */
    public GeneratorSettings(int customers, long seed, LocalDate endDate, int historyDays,
                             double averageTransactionsPerAccountPerMonth) {
        this(customers, seed, endDate, historyDays, averageTransactionsPerAccountPerMonth, 1, 1);
    }

    /** Settings with the default history (730 days) and activity (6 transactions per account and month). */
    public static GeneratorSettings of(int customers, long seed, LocalDate endDate) {
        return new GeneratorSettings(customers, seed, endDate, DEFAULT_HISTORY_DAYS,
                DEFAULT_TRANSACTIONS_PER_ACCOUNT_PER_MONTH);
    }

    /** The demo data set: history up to 2026-09-30, seed 20260930. */
    public static GeneratorSettings demo(int customers) {
        return demo(customers, LocalDate.of(2026, 9, 30));
    }

    /** The demo data set (seed 20260930) with its history up to {@code endDate}. */
    public static GeneratorSettings demo(int customers, LocalDate endDate) {
        return of(customers, 20260930L, endDate);
    }

    /** The first day of the transaction history. */
    public LocalDate historyStart() {
        return endDate.minusDays(historyDays - 1L);
    }

    /** Quarterly postings or not every customer's regular flows: see the class comment. */
    public boolean lowActivity() {
        return bankPostingMonths > 1 || regularFlowShare < 1;
    }
}
