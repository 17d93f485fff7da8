package io.clientlens.needs;

import io.clientlens.classify.DimensionResult;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The complete needs diagnosis of one customer at one as-of date under one policy version: the
 * household figures (表2 and 表3), the six ratios, the life stage with its plan, the goals, the
 * insurance diagnosis, the four-accounts budget and the value equation.
 *
 * @param lifeCycle empty when the life stage is UNKNOWN (the life stage result says why)
 */
public record NeedsAnalysis(String customerId, LocalDate asOf, String policyVersion, HouseholdFigures figures,
                            List<RatioResult> ratios, DimensionResult lifeStage, Optional<LifeCyclePlan> lifeCycle,
                            List<GoalView> goals, InsuranceDiagnosis insurance, FourAccountsBudget fourAccounts,
                            List<ValueLine> valueEquation) implements NeedsOutcome {

    public NeedsAnalysis {
        ratios = List.copyOf(ratios);
        goals = List.copyOf(goals);
        valueEquation = List.copyOf(valueEquation);
    }

    public RatioResult ratio(String code) {
        return ratios.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no ratio " + code));
    }
}
