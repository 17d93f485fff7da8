package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.customer.Money;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Customer lifetime value (docs/POLICY.md): CLV = Σ_{t=1..H} contribution × r^t / (1 + d)^t, with
 * the annual contribution, r the yearly retention of the customer's loyalty class, H
 * {@code clv.horizonYears} and d {@code clv.yearlyDiscountRate}; money to the fen, half up. The
 * feature, the population's cut and the clvClass rule all compute it here, so they agree.
 */
public final class LifetimeValue {
    private LifetimeValue() {
    }

    /** Factors by policy section and loyalty: the same few numbers for every customer of a run. */
    private static final Map<Policy.Clv, Map<String, BigDecimal>> FACTORS = new ConcurrentHashMap<>();

    /** Σ_{t=1..H} r^t / (1 + d)^t for the loyalty class; each term to 16 significant digits. */
    public static BigDecimal factor(Policy.Clv clv, String loyalty) {
        return FACTORS.computeIfAbsent(clv, k -> new ConcurrentHashMap<>()).computeIfAbsent(loyalty, l -> computeFactor(clv, l));
    }

    private static BigDecimal computeFactor(Policy.Clv clv, String loyalty) {
        BigDecimal r = clv.retention().get(loyalty);
        if (r == null) {
            throw new IllegalArgumentException("no retention rate for loyalty " + loyalty);
        }
        BigDecimal growth = BigDecimal.ONE.add(clv.yearlyDiscountRate());
        BigDecimal sum = BigDecimal.ZERO;
        for (int t = 1; t <= clv.horizonYears(); t++) {
            sum = sum.add(r.pow(t).divide(growth.pow(t), MathContext.DECIMAL64));
        }
        return sum;
    }

    public static BigDecimal of(BigDecimal contribution, String loyalty, Policy.Clv clv) {
        return Money.round(contribution.multiply(factor(clv, loyalty)));
    }

    /** A customer's CLV, or null for a prospect (no relationship, no value to project). */
    static BigDecimal of(CustomerFeatures f, Policy policy, String loyalty) {
        if (!f.isCustomer()) {
            return null;
        }
        return of(ContributionEstimate.of(f, policy).amount(), loyalty, policy.schemes().clv());
    }

    /** The loyalty class as the engine's own rules give it (frequency first), for the population statistics. */
    static String loyaltyOf(CustomerFeatures f, Policy policy) {
        Map<Dimension, DimensionResult> earlier = new EnumMap<>(Dimension.class);
        Context c = new Context(f, null, policy, null, earlier);
        earlier.put(Dimension.FREQUENCY, new FrequencyRule().apply(c));
        return new LoyaltyRule().apply(c).code();
    }
}
