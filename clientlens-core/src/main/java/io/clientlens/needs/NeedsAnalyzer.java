package io.clientlens.needs;

import io.clientlens.classify.CorporateCustomers;
import io.clientlens.classify.DimensionResult;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Diagnoses a customer's needs from the profile document alone (docs/NEEDS.md). A pure function of
 * profile, as-of date and policy; holds no state, so one instance serves many threads. A corporate
 * customer gets {@link NeedsNotApplicable}: family finance, insurance and life cycle are about a
 * household.
 */
public final class NeedsAnalyzer {
    private final Policy policy;

    public NeedsAnalyzer(Policy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(policy.needs(), "the policy has no needs section");
    }

    public NeedsOutcome analyze(Profile profile, LocalDate asOf) {
        if (profile.typeOrIndividual() == CustomerType.CORPORATE) {
            return new NeedsNotApplicable(profile.customerId(), asOf, policy.version(), CorporateCustomers.NO_FAMILY_ANALYSIS);
        }
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
