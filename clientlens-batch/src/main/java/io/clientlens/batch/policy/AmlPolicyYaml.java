package io.clientlens.batch.policy;

import io.clientlens.batch.policy.PolicyNode.Unit;
import io.clientlens.policy.AmlPolicy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.clientlens.batch.policy.PolicyValues.anyNull;
import static io.clientlens.batch.policy.PolicyValues.atLeastZero;
import static io.clientlens.batch.policy.PolicyValues.positive;
import static io.clientlens.batch.policy.PolicyValues.share;
import static io.clientlens.batch.policy.PolicyValues.texts;

/**
 * Reads the {@code aml:} section of the policy (docs/AML.md): the points of every rating factor, the
 * lists they compare with, and the thresholds of the six monitoring rules. As for the rest of the policy,
 * every problem is recorded with its key path and nothing half-read is returned.
 */
final class AmlPolicyYaml {
    private static final String SCORE = "score";

    private AmlPolicyYaml() {
    }

    static AmlPolicy aml(PolicyNode node) {
        if (!node.isMappingOf(List.of("rating", "monitoring", "cases", "dueDiligence", "screening"))) {
            return null;
        }
        AmlPolicy.Rating rating = rating(node.get("rating"));
        AmlPolicy.Monitoring monitoring = monitoring(node.get("monitoring"));
        // cases and dueDiligence came later: a policy written before them gets their defaults
        AmlPolicy.Cases cases = node.get("cases").isAbsent() ? AmlPolicy.Cases.DEFAULTS : cases(node.get("cases"));
        AmlPolicy.DueDiligence dueDiligence = node.get("dueDiligence").isAbsent() ? AmlPolicy.DueDiligence.DEFAULTS
                : dueDiligence(node.get("dueDiligence"));
        AmlPolicy.Screening screening = node.get("screening").isAbsent() ? AmlPolicy.Screening.DEFAULTS
                : screening(node.get("screening"));
        return rating == null || monitoring == null || cases == null || dueDiligence == null || screening == null ? null
                : new AmlPolicy(rating, monitoring, cases, dueDiligence, screening);
    }

    private static AmlPolicy.Screening screening(PolicyNode node) {
        if (!node.isMappingOf(List.of("latinThreshold"))) {
            return null;
        }
        BigDecimal t = share(node.get("latinThreshold"), true);
        return t == null ? null : new AmlPolicy.Screening(t.doubleValue());
    }

    private static AmlPolicy.Cases cases(PolicyNode node) {
        if (!node.isMappingOf(List.of("decideWithinDays", "strDueWorkingDays"))) {
            return null;
        }
        Integer decide = node.get("decideWithinDays").wholeNumber(Unit.DAYS, 1);
        Integer str = node.get("strDueWorkingDays").wholeNumber(Unit.WORKING_DAYS, 1);
        return decide == null || str == null ? null : new AmlPolicy.Cases(decide, str);
    }

    private static AmlPolicy.DueDiligence dueDiligence(PolicyNode node) {
        if (!node.isMappingOf(List.of("reviewMonths"))) {
            return null;
        }
        PolicyNode months = node.get("reviewMonths");
        if (!months.isMappingOf(AmlPolicy.DueDiligence.RATINGS)) {
            return null;
        }
        Map<String, Integer> byRating = new java.util.LinkedHashMap<>();
        for (String rating : AmlPolicy.DueDiligence.RATINGS) {
            Integer m = months.get(rating).wholeNumber(Unit.MONTHS, 1);
            if (m == null) {
                return null;
            }
            byRating.put(rating, m);
        }
        return new AmlPolicy.DueDiligence(byRating);
    }

    private static AmlPolicy.Rating rating(PolicyNode node) {
        if (!node.isMappingOf(List.of("levels", "points", "highRiskJurisdictions", "highRiskIndustries", "cashIntensity",
                "crossBorderMinCount"))) {
            return null;
        }
        int before = node.problems().size();
        PolicyNode levels = node.get("levels");
        Integer mediumFrom = null;
        Integer highFrom = null;
        if (levels.isMappingOf(List.of("mediumFrom", "highFrom"))) {
            mediumFrom = levels.get("mediumFrom").wholeNumber(Unit.POINTS, 1);
            highFrom = levels.get("highFrom").wholeNumber(Unit.POINTS, 1);
            if (mediumFrom != null && highFrom != null && highFrom <= mediumFrom) {
                levels.get("highFrom").mustBeGreaterThan("mediumFrom", PolicyNode.number(mediumFrom), PolicyNode.number(highFrom));
            }
        }
        Map<String, Integer> points = points(node.get("points"));
        Set<String> jurisdictions = texts(node.get("highRiskJurisdictions"), false);
        Set<String> industries = texts(node.get("highRiskIndustries"), false);
        PolicyNode cash = node.get("cashIntensity");
        BigDecimal cashShare = null;
        BigDecimal cashMinAmount = null;
        if (cash.isMappingOf(List.of("minShare", "minAmount"))) {
            cashShare = share(cash.get("minShare"), true);
            cashMinAmount = atLeastZero(cash.get("minAmount"));
        }
        Integer crossBorderMinCount = node.get("crossBorderMinCount").wholeNumber(Unit.TRANSACTIONS, 1);
        if (node.problems().size() > before || anyNull(mediumFrom, highFrom, points, jurisdictions, industries, cashShare,
                cashMinAmount, crossBorderMinCount)) {
            return null;
        }
        return new AmlPolicy.Rating(mediumFrom, highFrom, points, jurisdictions, List.copyOf(industries), cashShare,
                cashMinAmount, crossBorderMinCount);
    }

    /** Exactly the factors of {@link AmlPolicy#FACTORS}, each a whole number of points (0 turns a factor off). */
    private static Map<String, Integer> points(PolicyNode node) {
        if (!node.isMappingOf(AmlPolicy.FACTORS)) {
            return null;
        }
        int before = node.problems().size();
        Map<String, Integer> points = new LinkedHashMap<>();
        for (String factor : AmlPolicy.FACTORS) {
            PolicyNode value = node.get(factor);
            if (value.isAbsent()) {
                value.missing("应为该因素的分值（0 表示不启用）", "expected the points of this factor (0 to turn it off)");
            } else {
                points.put(factor, value.wholeNumber(Unit.POINTS, 0));
            }
        }
        return node.problems().size() > before ? null : points;
    }

    private static AmlPolicy.Monitoring monitoring(PolicyNode node) {
        if (!node.isMappingOf(List.of("windowDays", "largeCash", "structuring", "profileMismatch", "dormantReactivation",
                "rapidInOut", "manyCounterparties"))) {
            return null;
        }
        int before = node.problems().size();
        Integer windowDays = node.get("windowDays").wholeNumber(Unit.DAYS, 1);
        AmlPolicy.LargeCash largeCash = largeCash(node.get("largeCash"));
        AmlPolicy.Structuring structuring = structuring(node.get("structuring"));
        AmlPolicy.ProfileMismatch profileMismatch = profileMismatch(node.get("profileMismatch"));
        AmlPolicy.DormantReactivation dormant = dormant(node.get("dormantReactivation"));
        AmlPolicy.RapidInOut rapid = rapid(node.get("rapidInOut"));
        AmlPolicy.ManyCounterparties many = many(node.get("manyCounterparties"));
        // monitoring reads the transactions of its window only; a longer profile window would count too little
        if (windowDays != null && profileMismatch != null && profileMismatch.windowDays() > windowDays) {
            node.get("profileMismatch").get("windowDays").problem("不能大于监测的 windowDays（" + windowDays + "）",
                    "must be at most the monitoring windowDays (" + windowDays + ")", PolicyNode.number(profileMismatch.windowDays()));
        }
        if (node.problems().size() > before || anyNull(windowDays, largeCash, structuring, profileMismatch, dormant, rapid,
                many)) {
            return null;
        }
        return new AmlPolicy.Monitoring(windowDays, largeCash, structuring, profileMismatch, dormant, rapid, many);
    }

    private static AmlPolicy.LargeCash largeCash(PolicyNode node) {
        if (!node.isMappingOf(List.of("threshold", SCORE))) {
            return null;
        }
        BigDecimal threshold = positive(node.get("threshold"));
        Integer score = score(node);
        return anyNull(threshold, score) ? null : new AmlPolicy.LargeCash(threshold, score);
    }

    private static AmlPolicy.Structuring structuring(PolicyNode node) {
        if (!node.isMappingOf(List.of("minShare", "minCount", "windowDays", SCORE))) {
            return null;
        }
        BigDecimal minShare = share(node.get("minShare"), false);
        Integer minCount = node.get("minCount").wholeNumber(Unit.TRANSACTIONS, 2);
        Integer windowDays = node.get("windowDays").wholeNumber(Unit.DAYS, 1);
        Integer score = score(node);
        return anyNull(minShare, minCount, windowDays, score) ? null
                : new AmlPolicy.Structuring(minShare, minCount, windowDays, score);
    }

    private static AmlPolicy.ProfileMismatch profileMismatch(PolicyNode node) {
        if (!node.isMappingOf(List.of("windowDays", "incomeMultiple", "capitalMultiple", "minAge", "maxAge", "ageCredits",
                SCORE))) {
            return null;
        }
        Integer windowDays = node.get("windowDays").wholeNumber(Unit.DAYS, 1);
        BigDecimal incomeMultiple = positive(node.get("incomeMultiple"));
        BigDecimal capitalMultiple = positive(node.get("capitalMultiple"));
        Integer minAge = node.get("minAge").wholeNumber(Unit.YEARS, 0);
        Integer maxAge = node.get("maxAge").wholeNumber(Unit.YEARS, 1);
        if (minAge != null && maxAge != null && maxAge <= minAge) {
            node.get("maxAge").mustBeGreaterThan("minAge", PolicyNode.number(minAge), PolicyNode.number(maxAge));
        }
        BigDecimal ageCredits = positive(node.get("ageCredits"));
        Integer score = score(node);
        return anyNull(windowDays, incomeMultiple, capitalMultiple, minAge, maxAge, ageCredits, score)
                || maxAge <= minAge ? null
                : new AmlPolicy.ProfileMismatch(windowDays, incomeMultiple, capitalMultiple, minAge, maxAge, ageCredits,
                score);
    }

    private static AmlPolicy.DormantReactivation dormant(PolicyNode node) {
        if (!node.isMappingOf(List.of("dormantDays", "minCredits", "withinDays", SCORE))) {
            return null;
        }
        Integer dormantDays = node.get("dormantDays").wholeNumber(Unit.DAYS, 1);
        BigDecimal minCredits = positive(node.get("minCredits"));
        Integer withinDays = node.get("withinDays").wholeNumber(Unit.DAYS, 1);
        Integer score = score(node);
        return anyNull(dormantDays, minCredits, withinDays, score) ? null
                : new AmlPolicy.DormantReactivation(dormantDays, minCredits, withinDays, score);
    }

    private static AmlPolicy.RapidInOut rapid(PolicyNode node) {
        if (!node.isMappingOf(List.of("minIn", "outShare", "withinDays", "minCount", "windowDays", SCORE))) {
            return null;
        }
        BigDecimal minIn = positive(node.get("minIn"));
        BigDecimal outShare = share(node.get("outShare"), true);
        Integer withinDays = node.get("withinDays").wholeNumber(Unit.DAYS, 1);
        Integer minCount = node.get("minCount").wholeNumber(Unit.TIMES, 1);
        Integer windowDays = node.get("windowDays").wholeNumber(Unit.DAYS, 1);
        Integer score = score(node);
        return anyNull(minIn, outShare, withinDays, minCount, windowDays, score) ? null
                : new AmlPolicy.RapidInOut(minIn, outShare, withinDays, minCount, windowDays, score);
    }

    private static AmlPolicy.ManyCounterparties many(PolicyNode node) {
        if (!node.isMappingOf(List.of("minCounterparties", "windowDays", "direction", SCORE))) {
            return null;
        }
        Integer minCounterparties = node.get("minCounterparties").wholeNumber(Unit.COUNTERPARTIES, 2);
        Integer windowDays = node.get("windowDays").wholeNumber(Unit.DAYS, 1);
        String text = node.get("direction").text();
        AmlPolicy.ManyCounterparties.Direction direction = null;
        if (text != null) {
            direction = Arrays.stream(AmlPolicy.ManyCounterparties.Direction.values())
                    .filter(d -> d.name().equals(text)).findFirst().orElse(null);
            if (direction == null) {
                node.get("direction").problem("应为 CREDIT、DEBIT 或 ANY", "expected CREDIT, DEBIT or ANY", PolicyNode.quoted(text));
            }
        }
        Integer score = score(node);
        return anyNull(minCounterparties, windowDays, direction, score) ? null
                : new AmlPolicy.ManyCounterparties(minCounterparties, windowDays, direction, score);
    }

    private static Integer score(PolicyNode node) {
        Integer score = node.get(SCORE).wholeNumber(Unit.POINTS, 0);
        if (score != null && score > 100) {
            node.get(SCORE).problem("不能大于 100", "must be at most 100", PolicyNode.number(score));
            return null;
        }
        return score;
    }
}
