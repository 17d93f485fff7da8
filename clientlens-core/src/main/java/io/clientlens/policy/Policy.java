package io.clientlens.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every threshold and mapping that classification (docs/POLICY.md), needs analysis (docs/NEEDS.md) and anti-money
 * laundering (docs/AML.md) use, versioned. A result
 * records {@link #version()} so that it can be reproduced.
 */
public record Policy(
        String version,
        String currency,
        Set<String> homeCountries,
        Activity activity,
        AumTier aumTier,
        Contribution contribution,
        ValueClass valueClass,
        Frequency frequency,
        Loyalty loyalty,
        LifeStage lifeStage,
        InvestmentExperience investmentExperience,
        Rfm rfm,
        Suitability suitability,
        Needs needs,
        AmlPolicy aml) {

    /** The same policy with another needs section (for what-if analysis and tests). */
    public Policy withNeeds(Needs otherNeeds) {
        return new Policy(version, currency, homeCountries, activity, aumTier, contribution, valueClass, frequency,
                loyalty, lifeStage, investmentExperience, rfm, suitability, otherNeeds, aml);
    }

    /** The same policy with another anti-money-laundering section (for tests and what-if analysis). */
    public Policy withAml(AmlPolicy otherAml) {
        return new Policy(version, currency, homeCountries, activity, aumTier, contribution, valueClass, frequency,
                loyalty, lifeStage, investmentExperience, rfm, suitability, needs, otherAml);
    }

    /** Which transactions count as the customer's own activity, and which are fees. */
    public record Activity(Set<String> bankPostingCategories, Set<String> feeCategories) {
    }

    public record AumTier(Bands bands, BigDecimal highEndMinNetAssets) {
    }

    public record Contribution(BigDecimal classAShare, BigDecimal classBShare, BigDecimal aumRate,
                               BigDecimal loanRate, int feeWindowDays) {
    }

    /** POTENTIAL also takes customers with enough financial assets elsewhere; this is the tier whose lower bound counts. */
    public record ValueClass(String potentialMinTier) {
    }

    public record Frequency(int windowDays, Bands bands) {
    }

    public record Loyalty(int churnMinTenureDays, int churnInactiveDays, int loyalMinTenureDays,
                          int loyalRecentActivityDays, int loyalMinProductTypes) {
    }

    public record LifeStage(int retirementAge, int childIndependentAge, Bands byAge) {
    }

    public record InvestmentExperience(int minYears, int minPurchases, Set<String> investmentProductTypes) {
    }

    /** Percentiles for the score cut points and the segment grid, keyed by R score then F score (1–5). */
    public record Rfm(int windowDays, List<BigDecimal> percentiles, Map<Integer, List<String>> segmentByRecencyThenFrequency) {
        public String segment(int recencyScore, int frequencyScore) {
            return segmentByRecencyThenFrequency.get(recencyScore).get(frequencyScore - 1);
        }
    }

    /**
     * Suitability (docs/SUITABILITY.md): how long a risk assessment counts, when reminders start, whether
     * only face-to-face assessments count, the amount that needs a second approval, the minimum of
     * experienced-only products, and how long audit records are kept.
     */
    public record Suitability(int assessmentValidityMonths, int reminderDaysBeforeExpiry, boolean faceToFaceRequired,
                              BigDecimal secondApprovalMinAmount, BigDecimal experiencedOnlyMinAmount,
                              int auditRetentionYears) {
    }

    /**
     * Needs analysis (docs/NEEDS.md): the healthy range of each family financial ratio and every
     * constant of the insurance needs diagnosis, so that a bank can set its own.
     *
     * @param healthyRanges               by ratio code, exactly the codes of {@link #RATIO_CODES}
     * @param parentSupportUntilAge       a supported parent is supported until this age (80)
     * @param criticalIllnessIncomeMultiple critical-illness cover target in years of net income (3)
     * @param retirementIncomeReplacement share of today's family living expenses needed in retirement (0.7)
     * @param retirementFromAge           when the retirement need starts (60)
     * @param lifeExpectancy              when it ends (85)
     * @param pensionYears                years of pension counted as provision (25)
     * @param defaultSupportYears         support years when no child is dependent (5)
     * @param finalExpenses               funeral and final expenses (50,000)
     * @param discountRate                yearly rate for the present value of future streams; 0 = none
     */
    public record Needs(Map<String, HealthyRange> healthyRanges, int parentSupportUntilAge,
                        BigDecimal criticalIllnessIncomeMultiple, BigDecimal retirementIncomeReplacement,
                        int retirementFromAge, int lifeExpectancy, int pensionYears, int defaultSupportYears,
                        BigDecimal finalExpenses, BigDecimal discountRate, FourAccounts fourAccounts) {

        /** The six family financial ratios of §6.1, in the order of the seed's table. */
        public static final List<String> RATIO_CODES = List.of("savingsRatio", "liquidityRatio", "liquidToNetAssets",
                "solvencyRatio", "debtServiceRatio", "investmentToNetAssets");

        public Needs {
            healthyRanges = Map.copyOf(healthyRanges);
        }

        public HealthyRange healthyRange(String ratioCode) {
            HealthyRange range = healthyRanges.get(ratioCode);
            if (range == null) {
                throw new IllegalArgumentException("no healthy range for " + ratioCode);
            }
            return range;
        }
    }

    /** Healthy when min ≤ value ≤ max; either bound may be open (null). */
    public record HealthyRange(BigDecimal min, BigDecimal max) {
        public HealthyRange {
            if (min == null && max == null) {
                throw new IllegalArgumentException("a healthy range needs a min, a max or both");
            }
            if (min != null && max != null && min.compareTo(max) > 0) {
                throw new IllegalArgumentException("min " + min + " is greater than max " + max);
            }
        }

        public boolean isBelow(BigDecimal value) {
            return min != null && value.compareTo(min) < 0;
        }

        public boolean isAbove(BigDecimal value) {
            return max != null && value.compareTo(max) > 0;
        }
    }

    /**
     * 四大账户: income protection (premium share of net income for cover of min–max years of net
     * income), health (premium share min–max), annuity (share below and from {@code annuityAge}).
     * The wealth account takes what is left of the surplus.
     */
    public record FourAccounts(BigDecimal incomeProtectionPremiumShare, BigDecimal incomeProtectionCoverMin,
                               BigDecimal incomeProtectionCoverMax, BigDecimal healthPremiumShareMin,
                               BigDecimal healthPremiumShareMax, BigDecimal annuityShareYounger,
                               BigDecimal annuityShareOlder, int annuityAge) {
    }
}
