package io.clientlens.classify;

import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Statistics over all CUSTOMERs of a run that some dimensions need (Pareto cut, RFM quintiles).
 * Collected in one pass with {@link Collector}, then handed to every per-customer classification.
 */
public record PopulationStatistics(ParetoCut pareto, QuintileCuts recency, QuintileCuts frequency,
                                   QuintileCuts monetary) {

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

        private Collector(Policy policy) {
            this.policy = policy;
        }

        public Collector add(CustomerFeatures customer) {
            if (!customer.isCustomer()) {
                return this; // population statistics are over CUSTOMERs only (§3.0)
            }
            contributions.add(new ParetoCut.Ranked(customer.customerId(),
                    ContributionEstimate.of(customer, policy).amount()));
            if (customer.activityCount() > 0) {
                negatedRecency.add(BigDecimal.valueOf(-customer.daysSinceLastActivity()));
                frequency.add(BigDecimal.valueOf(customer.activityCount()));
                monetary.add(customer.activityAmount());
            }
            return this;
        }

        public PopulationStatistics build() {
            Policy.Contribution c = policy.contribution();
            List<BigDecimal> percentiles = policy.rfm().percentiles();
            return new PopulationStatistics(
                    ParetoCut.of(contributions, c.classAShare(), c.classBShare()),
                    QuintileCuts.of(negatedRecency, percentiles),
                    QuintileCuts.of(frequency, percentiles),
                    QuintileCuts.of(monetary, percentiles));
        }
    }
}
