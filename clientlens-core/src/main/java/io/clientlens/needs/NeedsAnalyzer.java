package io.clientlens.needs;

import io.clientlens.classify.DimensionResult;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Diagnoses a customer's needs from the profile document alone (DOMAIN.md §6). A pure function of
 * profile, as-of date and policy; holds no state, so one instance serves many threads.
 */
public final class NeedsAnalyzer {
    private final Policy policy;

    public NeedsAnalyzer(Policy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(policy.needs(), "the policy has no needs section");
    }

    public NeedsAnalysis analyze(Profile profile, LocalDate asOf) {
        HouseholdFigures figures = HouseholdFigures.of(profile);
        DimensionResult lifeStage = LifeStages.of(profile, asOf, policy);
        InsuranceDiagnosis insurance = InsuranceNeeds.of(profile, figures, asOf, policy);
        FourAccountsBudget budget = FourAccounts.budget(profile, figures, asOf, policy.needs());
        return new NeedsAnalysis(profile.customerId(), asOf, policy.version(), figures,
                FinancialHealth.of(figures, policy.needs()), lifeStage, LifeCycleNeeds.forStage(lifeStage.code()),
                GoalView.of(profile.goals()), insurance, budget, FourAccounts.valueEquation(figures, insurance, budget));
    }

    /** The insurance needs diagnosis alone, without the rest of the analysis: the demand dimension needs only its gaps. */
    public InsuranceDiagnosis insurance(Profile profile, LocalDate asOf) {
        return InsuranceNeeds.of(profile, HouseholdFigures.of(profile), asOf, policy);
    }
}
