package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;
import io.clientlens.questionnaire.QuestionnaireKind;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Classifies customers along every dimension with reasons. Rules run in dependency order (value
 * class needs contribution and loyalty; service class needs value class); the engine holds no
 * mutable state and never changes its input, so one instance serves many threads.
 */
public final class ClassificationEngine {

    /** The rules, in the order they must run; the list reads like the policy. */
    public static List<DimensionRule> allRules() {
        return List.of(
                new CustomerTypeRule(),
                new ResidencyRule(),
                new RegionRule(),
                new RelationshipRule(),
                new AumTierRule(),
                new HighEndTargetRule(),
                new ContributionClassRule(),
                new FrequencyRule(),
                new LoyaltyRule(),
                new ValueClassRule(),
                new LifeStageRule(),
                new InvestmentExperienceRule(),
                new RfmRule(),
                new ServiceClassRule(),
                new LatestAssessmentRule(Dimension.RISK_LEVEL, QuestionnaireKind.RISK_TOLERANCE),
                new RiskAttitudeRule(),
                new LatestAssessmentRule(Dimension.WEALTH_ATTITUDE, QuestionnaireKind.WEALTH_ATTITUDE),
                new LatestAssessmentRule(Dimension.SOCIAL_STYLE, QuestionnaireKind.SOCIAL_STYLE),
                new GeoZoneRule(),
                new CoastRule(),
                new UrbanRuralRule(),
                new AgeBandRule(),
                new IncomeBandRule(),
                new DemandRule(),
                new ClvClassRule(),
                new AmlRiskRule());
    }

    private final Policy policy;
    private final List<DimensionRule> rules = allRules();

    public ClassificationEngine(Policy policy) {
        this.policy = policy;
    }

    public Policy policy() {
        return policy;
    }

    public Classification classify(CustomerFeatures customer, LocalDate asOf, PopulationStatistics statistics) {
        Map<Dimension, DimensionResult> results = new EnumMap<>(Dimension.class);
        for (DimensionRule rule : rules) {
            Context context = new Context(customer, asOf, policy, statistics, results);
            results.put(rule.dimension(), rule.apply(context));
        }
        return new Classification(customer.customerId(), asOf, policy.version(), features(customer, asOf, results), results);
    }

    /** The features as exported (docs/SEGMENTS.md): flat names, plain values. */
    public Map<String, Object> features(CustomerFeatures f, LocalDate asOf) {
        return features(f, asOf, null);
    }

    private Map<String, Object> features(CustomerFeatures f, LocalDate asOf, Map<Dimension, DimensionResult> results) {
        // Immutable and private, so the Classification keeps it without a copy.
        FrozenMap.Builder features = FrozenMap.builder(24);
        features.put("age", f.ageAt(asOf));
        features.put("gender", f.gender() == null ? null : f.gender().name());
        features.put("aum", f.aum());
        features.put("contribution", ContributionEstimate.of(f, policy).amount());
        features.put("loanOutstanding", f.loanOutstanding());
        features.put("fees365", f.fees());
        features.put("activityCount365", f.activityCount());
        features.put("activityAmount365", f.activityAmount());
        features.put("daysSinceLastActivity", f.daysSinceLastActivity());
        features.put("tenureDays", f.tenureDays());
        features.put("linkedAccounts", f.linkedAccounts());
        features.put("openLinkedAccounts", f.openLinkedAccounts());
        features.put("productTypesHeld", f.productTypesHeld());
        features.put("netAssets", f.profile() == null ? null : f.profile().netAssets());
        features.put("investmentDaysAtBank", f.investmentDaysAtBank());
        features.put("investmentPurchasesAtBank", f.investmentPurchasesAtBank());
        String loyalty = !f.isCustomer() ? null
                : results != null ? results.get(Dimension.LOYALTY).code() : LifetimeValue.loyaltyOf(f, policy);
        features.put("clv", loyalty == null ? null : LifetimeValue.of(f, policy, loyalty));
        Profile p = f.profile();
        features.put("annualIncome", IncomeBandRule.annualIncome(p));
        features.put("occupation", p == null ? null : p.occupation());
        features.put("education", p == null ? null : p.education());
        features.put("tags", p == null ? null : p.tags());
        features.put("cashAmount365", f.aml().cashAmount());
        features.put("creditAmount365", f.aml().creditAmount());
        features.put("crossBorderCount365", f.aml().crossBorderCount());
        return features.build();
    }
}
