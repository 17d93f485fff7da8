package io.clientlens.batch.generate;

import java.time.LocalDate;

/**
 * Turns "about M transactions for N customers" into generator settings, by generating a pilot
 * sample of the customers (every (N / 1000)-th, at most 1,000) under candidate settings and
 * counting their transactions. The pilot is deterministic, so the same request gives the same
 * settings and the same bytes.
 *
 * <p>The rule, with b = M / N transactions per customer:
 * <ol>
 *   <li>If the default history (730 days, monthly bank postings, every customer's pay and regular
 *       transfers here) yields at most b at the smallest everyday rate, keep it and choose the
 *       everyday rate (transactions per account and month) that yields b.</li>
 *   <li>Otherwise use the low-activity mode: 365 days of history, quarterly interest and fees, the
 *       smallest everyday rate, and only a share of customers with their pay and regular transfers
 *       here — the share that yields b. (Above the share 1, the everyday rate rises instead.)</li>
 *   <li>When even no regular flows at all give more than b, those settings are used: they are the
 *       least this generator makes (a few transactions per customer for interest, opening deposits
 *       and rebalancing).</li>
 * </ol>
 * The counts are linear enough in the rate and the share that one interpolation between two pilot
 * points lands within a few per cent of M.
 */
public final class TransactionTarget {
    static final int PILOT_CUSTOMERS = 1000;
    static final double SMALLEST_RATE = 0.01;
    static final int LOW_ACTIVITY_HISTORY_DAYS = 365;
    private static final double DEFAULT_RATE = GeneratorSettings.DEFAULT_TRANSACTIONS_PER_ACCOUNT_PER_MONTH;

    private TransactionTarget() {
    }

    /** Settings for about {@code transactions} transactions over {@code customers} customers. */
    public static GeneratorSettings settings(int customers, long seed, LocalDate endDate, long transactions) {
        if (customers <= 0 || transactions <= 0) {
            throw new IllegalArgumentException("customers and transactions must be positive, were " + customers
                    + " and " + transactions);
        }
        double wanted = (double) transactions / customers;
        GeneratorSettings fullLeast = full(customers, seed, endDate, SMALLEST_RATE);
        double fullLeastCount = perCustomer(fullLeast);
        if (wanted >= fullLeastCount) {
            GeneratorSettings fullDefault = full(customers, seed, endDate, DEFAULT_RATE);
            double rate = interpolate(wanted, fullLeastCount, SMALLEST_RATE, perCustomer(fullDefault), DEFAULT_RATE);
            return full(customers, seed, endDate, rate);
        }
        GeneratorSettings none = low(customers, seed, endDate, SMALLEST_RATE, 0);
        double noneCount = perCustomer(none);
        if (wanted <= noneCount) {
            return none;
        }
        GeneratorSettings all = low(customers, seed, endDate, SMALLEST_RATE, 1);
        double allCount = perCustomer(all);
        if (wanted <= allCount) {
            double share = interpolate(wanted, noneCount, 0, allCount, 1);
            return low(customers, seed, endDate, SMALLEST_RATE, Math.min(1, share));
        }
        GeneratorSettings allDefault = low(customers, seed, endDate, DEFAULT_RATE, 1);
        double rate = interpolate(wanted, allCount, SMALLEST_RATE, perCustomer(allDefault), DEFAULT_RATE);
        return low(customers, seed, endDate, rate, 1);
    }

    private static GeneratorSettings full(int customers, long seed, LocalDate endDate, double rate) {
        return new GeneratorSettings(customers, seed, endDate, GeneratorSettings.DEFAULT_HISTORY_DAYS, rate);
    }

    private static GeneratorSettings low(int customers, long seed, LocalDate endDate, double rate, double share) {
        return new GeneratorSettings(customers, seed, endDate, LOW_ACTIVITY_HISTORY_DAYS, rate, 3, share);
    }

    /** The x at which the line through (x0, y0) and (x1, y1), read as y(x), reaches the wanted count. */
    private static double interpolate(double wanted, double count0, double x0, double count1, double x1) {
        if (count1 <= count0) {
            return x1;
        }
        return Math.max(x0, x0 + (wanted - count0) / (count1 - count0) * (x1 - x0));
    }

    /** Mean transactions per customer over the pilot sample. */
    static double perCustomer(GeneratorSettings settings) {
        CustomerBaseGenerator generator = new CustomerBaseGenerator(settings);
        int n = settings.customers();
        int sample = Math.min(n, PILOT_CUSTOMERS);
        long total = 0;
        for (int k = 0; k < sample; k++) {
            // without planted typologies: the settings, hence everyone else's data, do not depend on them
            total += generator.baseCustomer((int) ((long) k * n / sample)).transactions().size();
        }
        return (double) total / sample;
    }
}
