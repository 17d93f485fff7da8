package io.clientlens.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Anti-money laundering (docs/AML.md): the points of every rating factor and the thresholds of every
 * monitoring rule, so that a bank sets its own.
 */
public record AmlPolicy(Rating rating, Monitoring monitoring, Cases cases, DueDiligence dueDiligence, Screening screening) {

    /** With the default cases, due-diligence and screening settings. */
    public AmlPolicy(Rating rating, Monitoring monitoring) {
        this(rating, monitoring, Cases.DEFAULTS, DueDiligence.DEFAULTS, Screening.DEFAULTS);
    }

    /**
     * Watch-list screening (docs/AML.md, "Screening"): a Latin name is a possible match from this Jaro–Winkler
     * similarity (0–1); Chinese names match only exactly after normalisation.
     */
    public record Screening(double latinThreshold) {
        public static final Screening DEFAULTS = new Screening(0.92);
    }

    /**
     * Cases (docs/AML.md, "Cases"): a new case is due for a decision within {@code decideWithinDays} calendar days of
     * its opening; an approved suspicious-transaction report is due within {@code strDueWorkingDays} working days.
     */
    public record Cases(int decideWithinDays, int strDueWorkingDays) {
        public static final Cases DEFAULTS = new Cases(10, 5);
    }

    /**
     * Due diligence (docs/AML.md, "Due diligence"): months between periodic reviews by rating (LOW, MEDIUM, HIGH);
     * a PROHIBITED customer has no review, only the exit.
     */
    public record DueDiligence(Map<String, Integer> reviewMonths) {
        public static final DueDiligence DEFAULTS = new DueDiligence(Map.of("LOW", 36, "MEDIUM", 12, "HIGH", 6));
        public static final List<String> RATINGS = List.of("LOW", "MEDIUM", "HIGH");

        public DueDiligence {
            reviewMonths = Map.copyOf(reviewMonths);
        }

        /** The months between reviews at this rating, or null (PROHIBITED, UNKNOWN). */
        public Integer monthsFor(String rating) {
            return rating == null ? null : reviewMonths.get(rating);
        }
    }

    /** The rating factors, by the code that names them in the policy and in the reasons. */
    public static final List<String> FACTORS = List.of(
            // customer
            "identityNotRecorded", "beneficialOwnersMissing", "beneficialOwnerNotVerified",
            "pepForeign", "pepDomestic", "pepInternationalOrg", "pepAssociate", "activityInconsistent",
            // geography
            "highRiskNationality", "highRiskResidence", "nonResident",
            // business and channel
            "nonFaceToFace", "crossBorder", "privateBanking", "cashIntensive",
            // industry and occupation
            "highRiskIndustry");

    /**
     * Points → level: fewer than {@code mediumFrom} LOW, fewer than {@code highFrom} MEDIUM, otherwise HIGH.
     *
     * @param points                 by factor code, exactly {@link #FACTORS}
     * @param highRiskJurisdictions  nationalities (ISO 3166 codes) and regions that add points
     * @param highRiskIndustries     words that, found in the industry, occupation or business scope, add points
     * @param cashShare              cash intensive from this share of the activity amount in cash …
     * @param cashMinAmount          … when at least this much moved in cash
     * @param crossBorderMinCount    cross-border activity from this many cross-border transactions
     */
    public record Rating(int mediumFrom, int highFrom, Map<String, Integer> points, Set<String> highRiskJurisdictions,
                         List<String> highRiskIndustries, BigDecimal cashShare, BigDecimal cashMinAmount,
                         int crossBorderMinCount) {
        public Rating {
            points = Map.copyOf(points);
            highRiskJurisdictions = Set.copyOf(highRiskJurisdictions);
            highRiskIndustries = List.copyOf(highRiskIndustries);
        }

        public int points(String factor) {
            Integer value = points.get(factor);
            if (value == null) {
                throw new IllegalArgumentException("no points for the rating factor " + factor);
            }
            return value;
        }
    }

    /**
     * Transaction monitoring over the transactions dated in the {@code windowDays} ending at as-of. Each rule has
     * a base {@code score} (0–100) that grows with how far the threshold is exceeded (docs/AML.md).
     */
    public record Monitoring(int windowDays, LargeCash largeCash, Structuring structuring,
                             ProfileMismatch profileMismatch, DormantReactivation dormantReactivation,
                             RapidInOut rapidInOut, ManyCounterparties manyCounterparties) {
    }

    /** A customer's cash on one day, deposits and withdrawals together, reaching {@code threshold}. */
    public record LargeCash(BigDecimal threshold, int score) {
    }

    /**
     * At least {@code minCount} cash transactions within {@code windowDays}, each at least {@code minShare} of the
     * large-cash threshold and below it.
     */
    public record Structuring(BigDecimal minShare, int minCount, int windowDays, int score) {
    }

    /**
     * Credits over {@code windowDays} above {@code incomeMultiple} × declared annual income (individual) or
     * {@code capitalMultiple} × registered capital (company), or at least {@code ageCredits} for a customer
     * younger than {@code minAge} or at least {@code maxAge} years old.
     */
    public record ProfileMismatch(int windowDays, BigDecimal incomeMultiple, BigDecimal capitalMultiple, int minAge,
                                  int maxAge, BigDecimal ageCredits, int score) {
    }

    /** An account without activity for {@code dormantDays} receiving {@code minCredits} within {@code withinDays}. */
    public record DormantReactivation(int dormantDays, BigDecimal minCredits, int withinDays, int score) {
    }

    /**
     * Days with credits of at least {@code minIn} followed within {@code withinDays} by debits of at least
     * {@code outShare} of them, {@code minCount} times within {@code windowDays}.
     */
    public record RapidInOut(BigDecimal minIn, BigDecimal outShare, int withinDays, int minCount, int windowDays,
                             int score) {
    }

    /** At least {@code minCounterparties} distinct counterparties within {@code windowDays}, of credits, debits or both. */
    public record ManyCounterparties(int minCounterparties, int windowDays, Direction direction, int score) {
        public enum Direction { CREDIT, DEBIT, ANY }
    }
}
