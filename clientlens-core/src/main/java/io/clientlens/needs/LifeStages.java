package io.clientlens.needs;

import io.clientlens.classify.ClassificationEngine;
import io.clientlens.classify.CustomerFeatures;
import io.clientlens.classify.DimensionResult;
import io.clientlens.classify.PopulationStatistics;
import io.clientlens.code.Dimension;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The customer's life stage from the classification engine's own rule (docs/POLICY.md), not a
 * second implementation: the profile alone is classified at the as-of date. Bank-side facts do
 * not change the life stage, so none are needed.
 */
final class LifeStages {
    private LifeStages() {
    }

    static DimensionResult of(Profile p, LocalDate asOf, Policy policy) {
        CustomerFeatures profileOnly = new CustomerFeatures(p.customerId(), p.typeOrIndividual(), p.birthDate(), p.gender(),
                p.region(), 0, 0, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, 0,
                BigDecimal.ZERO, null, List.of(), 0, 0, p);
        PopulationStatistics none = PopulationStatistics.collector(policy).build();
        return new ClassificationEngine(policy).classify(profileOnly, asOf, none).get(Dimension.LIFE_STAGE);
    }
}
