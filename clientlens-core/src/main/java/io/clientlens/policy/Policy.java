package io.clientlens.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every threshold and mapping that classification uses (DOMAIN.md §3), versioned. A result
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
        Suitability suitability) {

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
     * Suitability (DOMAIN.md §5): how long a risk assessment counts, when reminders start, whether
     * only face-to-face assessments count, the amount that needs a second approval, the minimum of
     * experienced-only products, and how long audit records are kept.
     */
    public record Suitability(int assessmentValidityMonths, int reminderDaysBeforeExpiry, boolean faceToFaceRequired,
                              BigDecimal secondApprovalMinAmount, BigDecimal experiencedOnlyMinAmount,
                              int auditRetentionYears) {
    }
}
