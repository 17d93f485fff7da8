package io.clientlens.aml;

import java.util.List;

/**
 * A customer's AML rating: the factors that added points, their sum and the level it gives, the overrides applied
 * after the points, and the resulting {@code level}.
 */
public record AmlAssessment(AmlRisk level, int points, AmlRisk byPoints, List<RatingFactor> factors,
                            List<RatingOverride> overrides) {
    public AmlAssessment {
        factors = List.copyOf(factors);
        overrides = List.copyOf(overrides);
    }
}
