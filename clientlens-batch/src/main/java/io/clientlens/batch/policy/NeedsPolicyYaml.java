package io.clientlens.batch.policy;

import io.clientlens.batch.policy.PolicyNode.Unit;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.clientlens.batch.policy.PolicyValues.anyNull;
import static io.clientlens.batch.policy.PolicyValues.atLeastZero;
import static io.clientlens.batch.policy.PolicyValues.positive;
import static io.clientlens.batch.policy.PolicyValues.rate;

/**
 * Reads the {@code needs:} section of the policy (docs/NEEDS.md): the healthy range of each of the
 * six ratios and the constants of the insurance needs diagnosis. Like the rest of the policy, every
 * problem is recorded with its key path and nothing half-read is returned.
 */
final class NeedsPolicyYaml {

    static final List<String> KEYS = List.of("healthyRanges", "parentSupportUntilAge", "criticalIllnessIncomeMultiple",
            "retirementIncomeReplacement", "retirementFromAge", "lifeExpectancy", "pensionYears", "defaultSupportYears",
            "finalExpenses", "discountRate", "fourAccounts");
    static final List<String> RANGE_KEYS = List.of("min", "max");

    private NeedsPolicyYaml() {
    }

    static Policy.Needs needs(PolicyNode node) {
        if (!node.isMappingOf(KEYS)) {
            return null;
        }
        int before = node.problems().size();
        Map<String, Policy.HealthyRange> ranges = healthyRanges(node.get("healthyRanges"));
        Integer parentUntil = node.get("parentSupportUntilAge").wholeNumber(Unit.YEARS, 1);
        BigDecimal ciMultiple = positive(node.get("criticalIllnessIncomeMultiple"));
        BigDecimal replacement = share(node.get("retirementIncomeReplacement"));
        Integer retirementFromAge = node.get("retirementFromAge").wholeNumber(Unit.YEARS, 1);
        Integer lifeExpectancy = node.get("lifeExpectancy").wholeNumber(Unit.YEARS, 1);
        if (retirementFromAge != null && lifeExpectancy != null && lifeExpectancy <= retirementFromAge) {
            node.get("lifeExpectancy").mustBeGreaterThan("retirementFromAge", PolicyNode.number(retirementFromAge),
                    PolicyNode.number(lifeExpectancy));
        }
        Integer pensionYears = node.get("pensionYears").wholeNumber(Unit.YEARS, 0);
        Integer supportYears = node.get("defaultSupportYears").wholeNumber(Unit.YEARS, 0);
        BigDecimal finalExpenses = atLeastZero(node.get("finalExpenses"));
        BigDecimal discountRate = rate(node.get("discountRate"));
        Policy.FourAccounts fourAccounts = fourAccounts(node.get("fourAccounts"));
        if (node.problems().size() > before || anyNull(ranges, parentUntil, ciMultiple, replacement, retirementFromAge,
                lifeExpectancy, pensionYears, supportYears, finalExpenses, discountRate, fourAccounts)) {
            return null;
        }
        return new Policy.Needs(ranges, parentUntil, ciMultiple, replacement, retirementFromAge, lifeExpectancy,
                pensionYears, supportYears, finalExpenses, discountRate, fourAccounts);
    }

    /** Exactly the six ratio codes, each with a min, a max or both. */
    private static Map<String, Policy.HealthyRange> healthyRanges(PolicyNode node) {
        if (!node.isMappingOf(Policy.Needs.RATIO_CODES)) {
            return null;
        }
        int before = node.problems().size();
        Map<String, Policy.HealthyRange> ranges = new LinkedHashMap<>();
        for (String code : Policy.Needs.RATIO_CODES) {
            PolicyNode range = node.get(code);
            if (range.isAbsent()) {
                range.missing("应为 " + code + " 的健康区间，写作 {min: …, max: …}",
                        "expected the healthy range of " + code + " as {min: …, max: …}");
                continue;
            }
            BigDecimal[] bounds = range(range, false);
            if (bounds != null) {
                ranges.put(code, new Policy.HealthyRange(bounds[0], bounds[1]));
            }
        }
        return node.problems().size() > before ? null : ranges;
    }

    /** {min, max}: either may be left out unless {@code bothRequired}; min ≤ max; neither negative. */
    private static BigDecimal[] range(PolicyNode node, boolean bothRequired) {
        if (!node.isMappingOf(RANGE_KEYS)) {
            return null;
        }
        int before = node.problems().size();
        PolicyNode minNode = node.get("min");
        PolicyNode maxNode = node.get("max");
        BigDecimal min = minNode.isAbsent() && !bothRequired ? null : atLeastZero(minNode);
        BigDecimal max = maxNode.isAbsent() && !bothRequired ? null : atLeastZero(maxNode);
        if (minNode.isAbsent() && maxNode.isAbsent() && !bothRequired) {
            node.problem("应有 min、max 或两者", "expected min, max or both");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            maxNode.problem("不能小于 min（" + min.toPlainString() + "）", "must not be less than min (" + min.toPlainString() + ")",
                    PolicyNode.number(max));
        }
        return node.problems().size() > before ? null : new BigDecimal[] {min, max};
    }

    private static Policy.FourAccounts fourAccounts(PolicyNode node) {
        if (!node.isMappingOf(List.of("incomeProtectionPremiumShare", "incomeProtectionCover", "healthPremiumShare",
                "annuityShare"))) {
            return null;
        }
        int before = node.problems().size();
        BigDecimal protection = share(node.get("incomeProtectionPremiumShare"));
        BigDecimal[] cover = range(node.get("incomeProtectionCover"), true);
        BigDecimal[] health = range(node.get("healthPremiumShare"), true);
        if (health != null) {
            share(node.get("healthPremiumShare").get("max"));
        }
        PolicyNode annuity = node.get("annuityShare");
        BigDecimal younger = null;
        BigDecimal older = null;
        Integer fromAge = null;
        if (annuity.isMappingOf(List.of("younger", "older", "fromAge"))) {
            younger = share(annuity.get("younger"));
            older = share(annuity.get("older"));
            fromAge = annuity.get("fromAge").wholeNumber(Unit.YEARS, 1);
        }
        if (node.problems().size() > before || anyNull(protection, cover, health, younger, older, fromAge)) {
            return null;
        }
        return new Policy.FourAccounts(protection, cover[0], cover[1], health[0], health[1], younger, older, fromAge);
    }

    /** A share of income: 0 ≤ value ≤ 1 (0.05 means 5 %). */
    private static BigDecimal share(PolicyNode node) {
        BigDecimal value = node.decimal();
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            node.problem("必须是 0 到 1 之间的比例（0.05 表示 5%）", "must be a share between 0 and 1 (0.05 means 5 %)",
                    PolicyNode.number(value));
            return null;
        }
        return value;
    }
}
