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
        Schemes schemes,
        Validation validation,
        Sessions sessions,
        AmlPolicy aml) {

    /**
     * The same policy naming another currency: the data's, when the data set names one. Only the unit amounts
     * are shown in changes; every number applies as it is (no conversion; docs/POLICY.md, "Currency").
     */
    public Policy withCurrency(String otherCurrency) {
        if (otherCurrency == null || otherCurrency.equals(currency)) {
            return this;
        }
        return new Policy(version, otherCurrency, homeCountries, activity, aumTier, contribution, valueClass, frequency,
                loyalty, lifeStage, investmentExperience, rfm, suitability, needs, schemes, validation, sessions, aml);
    }

    /** The same policy with another needs section (for what-if analysis and tests). */
    public Policy withNeeds(Needs otherNeeds) {
        return new Policy(version, currency, homeCountries, activity, aumTier, contribution, valueClass, frequency,
                loyalty, lifeStage, investmentExperience, rfm, suitability, otherNeeds, schemes, validation, sessions, aml);
    }

    /** The same policy with another anti-money-laundering section (for tests and what-if analysis). */
    public Policy withAml(AmlPolicy otherAml) {
        return new Policy(version, currency, homeCountries, activity, aumTier, contribution, valueClass, frequency,
                loyalty, lifeStage, investmentExperience, rfm, suitability, needs, schemes, validation, sessions, otherAml);
    }

    /** The same policy with other schemes (for tests). */
    public Policy withSchemes(Schemes otherSchemes) {
        return new Policy(version, currency, homeCountries, activity, aumTier, contribution, valueClass, frequency,
                loyalty, lifeStage, investmentExperience, rfm, suitability, needs, otherSchemes, validation, sessions, aml);
    }

    /**
     * Bounds on what people enter (docs/POLICY.md, "Validation of input"): every amount of a profile, a suitability
     * check or the product catalogue must be less than {@code maxAmount} (10^13 in v1).
     */
    public record Validation(BigDecimal maxAmount) {
        /** The bound of policy v1, for readers given no policy. */
        public static final Validation V1 = new Validation(BigDecimal.TEN.pow(13));
    }

    /**
     * Web sessions of the workstation (docs/SECURITY.md, "Sessions"): a session ends after {@code idleMinutes} without a
     * request and, however busy, {@code absoluteMinutes} after its sign-in.
     */
    public record Sessions(int idleMinutes, int absoluteMinutes) {
        /** 30 minutes idle, 8 hours in all: the values when a policy file has no {@code sessions} section. */
        public static final Sessions DEFAULT = new Sessions(30, 480);
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

    /**
     * How R is scored, the day bands for R, the percentiles of the score cut points (F, M, and R on
     * quintiles) and the segment grid, keyed by R score then F score (1–5).
     *
     * @param recencyBandDays the most days since the last activity for R 5, 4, 3 and 2 (inclusive,
     *                        strictly increasing); more days give R 1
     */
    public record Rfm(int windowDays, RecencyScoring recency, List<Integer> recencyBandDays, List<BigDecimal> percentiles,
                      Map<Integer, List<String>> segmentByRecencyThenFrequency) {

        /** BANDS: R from fixed day bands; QUINTILES: R from the quintiles of −days, as F and M are scored. */
        public enum RecencyScoring { BANDS, QUINTILES }

        public Rfm {
            recencyBandDays = List.copyOf(recencyBandDays);
        }

        public String segment(int recencyScore, int frequencyScore) {
            return segmentByRecencyThenFrequency.get(recencyScore).get(frequencyScore - 1);
        }

        /** R on the day bands: days ≤ the first edge → 5, ≤ the second → 4, …, beyond the last → 1. */
        public int recencyBandScore(int daysSinceLastActivity) {
            for (int i = 0; i < recencyBandDays.size(); i++) {
                if (daysSinceLastActivity <= recencyBandDays.get(i)) {
                    return 5 - i;
                }
            }
            return 5 - recencyBandDays.size();
        }
    }

    /**
     * Suitability (docs/SUITABILITY.md): how long a risk assessment counts, when reminders start, whether
     * only face-to-face assessments count, the amount that needs a second approval and the window of days
     * over which a customer's checks of one product are added up for it, the amount from which the
     * supervisor reviews before the sale (smaller sales are reviewed after it, within
     * {@code reviewAfterSaleWorkingDays}), the lowest product risk that counts as high market risk when the
     * catalogue does not say (R5, or R4), the minimum of experienced-only products, and how long audit
     * records are kept.
     */
    public record Suitability(int assessmentValidityMonths, int reminderDaysBeforeExpiry, boolean faceToFaceRequired,
                              BigDecimal secondApprovalMinAmount, int amountWindowDays, BigDecimal reviewBeforeSaleMinAmount,
                              int reviewAfterSaleWorkingDays, String highMarketRiskMinRisk,
                              BigDecimal experiencedOnlyMinAmount, int auditRetentionYears) {
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

        /** The six family financial ratios of docs/NEEDS.md, in the order of the seed's table. */
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

    /**
     * The further classification schemes of docs/POLICY.md: where the customer lives (north or
     * south, coastal or inland, urban or rural), age and income bands, the demand for advice and the
     * customer lifetime value.
     *
     * @param ageBands    ageBand codes by age in completed years
     * @param incomeBands incomeBand codes by annual net income (after tax)
     */
    public record Schemes(Geography geography, Bands ageBands, Bands incomeBands, Demand demand, Clv clv) {
    }

    /**
     * Province-level regions and the address keywords that tell town from country.
     *
     * @param urbanKeywords after the province-level region, an address with one of these is URBAN (checked first)
     * @param ruralKeywords otherwise an address with one of these is RURAL; with neither, the class is unknown
     */
    public record Geography(List<Province> provinces, List<String> urbanKeywords, List<String> ruralKeywords) {
        public Geography {
            provinces = List.copyOf(provinces);
            urbanKeywords = List.copyOf(urbanKeywords);
            ruralKeywords = List.copyOf(ruralKeywords);
        }
    }

    /**
     * One province-level region: its full name (北京市, 广西壮族自治区), short name (北京, 广西) and
     * English name; {@code zone} NORTH or SOUTH of the Qinling–Huaihe line, {@code coast} COASTAL or INLAND.
     */
    public record Province(String name, String shortName, String en, String zone, String coast) {
    }

    /**
     * 需求程度: HIGH with at least {@code minGaps} protection or retirement gaps or {@code minOpenNeeds}
     * open needs in the register; LATENT when a gap has no need in the register of the planning area
     * {@code gapAreas} names for it.
     *
     * @param gapAreas gap code (lifeGap, criticalIllnessGap, retirementGap) → planning area of the needs register
     */
    public record Demand(int minGaps, int minOpenNeeds, Map<String, String> gapAreas) {
        /** The gaps of the insurance needs diagnosis that count, in this order. */
        public static final List<String> GAP_CODES = List.of("lifeGap", "criticalIllnessGap", "retirementGap");

        public Demand {
            gapAreas = Map.copyOf(gapAreas);
        }
    }

    /**
     * Customer lifetime value: the sum over {@code horizonYears} years t = 1…H of contribution × r^t / (1 + d)^t,
     * r the yearly retention of the customer's loyalty class and d {@code yearlyDiscountRate}; clvClass
     * HIGH for the smallest top set reaching {@code highShare} of the total positive value, MEDIUM up to
     * {@code mediumShare}, LOW the rest.
     *
     * @param retention loyalty code (LOYAL, GENERAL, CHURNED) → yearly retention rate
     */
    public record Clv(int horizonYears, BigDecimal yearlyDiscountRate, Map<String, BigDecimal> retention,
                      BigDecimal highShare, BigDecimal mediumShare) {
        public Clv {
            retention = Map.copyOf(retention);
        }
    }
}
