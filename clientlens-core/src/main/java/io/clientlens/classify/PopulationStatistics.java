package io.clientlens.classify;

import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Statistics over all CUSTOMERs of a run that some dimensions need (Pareto cuts of contribution
 * and lifetime value, RFM quintiles). Collected in one pass with {@link Collector}, then handed to
 * every per-customer classification.
 */
public record PopulationStatistics(ParetoCut pareto, QuintileCuts recency, QuintileCuts frequency,
                                   QuintileCuts monetary, ParetoCut clv) {

    public static Collector collector(Policy policy) {
        return new Collector(policy);
    }

    /** Accumulates the few numbers per customer the statistics need; not thread-safe. */
    public static final class Collector {
        private final Policy policy;
        private final List<ParetoCut.Ranked> contributions = new ArrayList<>();
        private final List<BigDecimal> negatedRecency = new ArrayList<>();
        private final List<BigDecimal> frequency = new ArrayList<>();
        private final List<BigDecimal> monetary = new ArrayList<>();
        private final List<ParetoCut.Ranked> lifetimeValues = new ArrayList<>();

        private Collector(Policy policy) {
            this.policy = policy;
        }

        public Collector add(CustomerFeatures customer) {
            if (!customer.isCustomer()) {
                return this; // population statistics are over CUSTOMERs only (docs/POLICY.md)
            }
            BigDecimal contribution = ContributionEstimate.of(customer, policy).amount();
            contributions.add(new ParetoCut.Ranked(customer.customerId(), contribution));
            lifetimeValues.add(new ParetoCut.Ranked(customer.customerId(), LifetimeValue.of(contribution,
                    LifetimeValue.loyaltyOf(customer, policy), policy.schemes().clv())));
            if (customer.activityCount() > 0) {
                negatedRecency.add(BigDecimal.valueOf(-customer.daysSinceLastActivity()));
                frequency.add(BigDecimal.valueOf(customer.activityCount()));
                monetary.add(customer.activityAmount());
            }
            return this;
        }

        /**
         * Adds what {@code other} collected over other customers of the same population: collectors of its parts,
         * joined, build the statistics of the whole (the cuts sort what they are given, so the order of parts does not
         * matter).
         */
        public Collector addAll(Collector other) {
            contributions.addAll(other.contributions);
            negatedRecency.addAll(other.negatedRecency);
            frequency.addAll(other.frequency);
            monetary.addAll(other.monetary);
            lifetimeValues.addAll(other.lifetimeValues);
            return this;
        }

        public PopulationStatistics build() {
            Policy.Contribution c = policy.contribution();
            List<BigDecimal> percentiles = policy.rfm().percentiles();
            return new PopulationStatistics(
                    ParetoCut.of(contributions, c.classAShare(), c.classBShare()),
                    QuintileCuts.of(negatedRecency, percentiles),
                    QuintileCuts.of(frequency, percentiles),
                    QuintileCuts.of(monetary, percentiles),
                    ParetoCut.of(lifetimeValues, policy.schemes().clv().highShare(), policy.schemes().clv().mediumShare()));
        }
    }
}
