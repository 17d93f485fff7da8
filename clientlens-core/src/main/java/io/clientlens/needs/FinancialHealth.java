package io.clientlens.needs;

import io.clientlens.code.Label;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * 家庭财务指标 (docs/NEEDS.md): the six ratios, each a named rule over {@link HouseholdFigures}
 * with the seed's advice for a low, healthy and high value. The list reads like the seed's table.
 */
public final class FinancialHealth {

    /** A ratio: its formula as figures of the household, and what to tell the customer about each verdict. */
    public record RatioRule(String code, Label name, Label formula,
                            Function<HouseholdFigures, Figure> numerator, Function<HouseholdFigures, Figure> denominator,
                            Label adviceLow, Label adviceHealthy, Label adviceHigh) {
    }

    public static final RatioRule SAVINGS_RATIO = new RatioRule("savingsRatio",
            Label.of("结余比例", "Savings ratio"), Label.of("年结余 / 净收入", "surplus / net income"),
            HouseholdFigures::surplus, HouseholdFigures::netIncome,
            Label.of("结余比例偏低：应对消费支出多做计划，控制不必要的花费。",
                    "The savings ratio is low: plan spending and cut unnecessary expenses."),
            Label.of("结余比例合适（约 60%），保持现有收支计划，结余可用于保障和投资规划。",
                    "The savings ratio is sound (about 60 %): keep the budget; use the surplus for protection and investment."),
            Label.of("结余比例偏高：在保障充足的前提下可适当提高生活品质，或将更多结余用于投资规划。",
                    "The savings ratio is high: with protection in place, the customer may spend more on quality of life or invest more."));

    public static final RatioRule LIQUIDITY_RATIO = new RatioRule("liquidityRatio",
            Label.of("流动性比率", "Liquidity ratio"), Label.of("流动资产 / 每月支出", "liquid assets / monthly outflow"),
            HouseholdFigures::liquidAssets, HouseholdFigures::monthlyOutflow,
            Label.of("应急金不足：应以现金或活期存款保留 3–6 个月的日常支出作为应急金。",
                    "The emergency fund is too small: keep 3–6 months of outflow in cash or demand deposits."),
            Label.of("应急金充足（3–6 个月支出），这部分资金不宜用于投资。",
                    "The emergency fund covers 3–6 months of outflow; this money should not be invested."),
            Label.of("流动资产过多：超过 6 个月支出的部分收益偏低，可转为定期、理财或基金等投资。",
                    "Too much is kept liquid: the part above 6 months of outflow earns little and may be invested."));

    public static final RatioRule LIQUID_TO_NET_ASSETS = new RatioRule("liquidToNetAssets",
            Label.of("净资产流动比率", "Liquid assets to net assets"), Label.of("流动资产 / 净资产", "liquid assets / net assets"),
            HouseholdFigures::liquidAssets, HouseholdFigures::netAssets,
            Label.of("流动资产占净资产比例偏低，资产变现能力不足，应适当增加现金类资产。",
                    "Liquid assets are a small part of net assets: the household may struggle to raise cash; hold more cash-like assets."),
            Label.of("流动资产占净资产约 15%，流动性与收益性较为均衡。",
                    "Liquid assets are about 15 % of net assets: liquidity and return are in balance."),
            Label.of("流动资产占净资产比例偏高，资产收益性不足，可适当配置投资资产。",
                    "Liquid assets are a large part of net assets: returns suffer; invest part of them."));

    public static final RatioRule SOLVENCY_RATIO = new RatioRule("solvencyRatio",
            Label.of("偿付比率", "Solvency ratio"), Label.of("净资产 / 总资产", "net assets / total assets"),
            HouseholdFigures::netAssets, HouseholdFigures::totalAssets,
            Label.of("偿付比率低于 50%，负债偏重、偿债能力不足：控制新增负债，优先偿还高息债务。",
                    "The solvency ratio is below 50 %: debts are heavy; avoid new borrowing and repay expensive debt first."),
            Label.of("偿付比率在 50% 以上，偿还债务能力很强。",
                    "The solvency ratio is above 50 %: the household can well repay its debts."),
            Label.of("偿付比率很高，可在风险可控的前提下适当利用信用提高资产使用效率。",
                    "The solvency ratio is very high: some credit could be used, with care, to make assets work harder."));

    public static final RatioRule DEBT_SERVICE_RATIO = new RatioRule("debtServiceRatio",
            Label.of("财务偿还率", "Debt service ratio"), Label.of("每月债务偿还额 / 每月税后收入", "monthly debt payments / monthly net income"),
            HouseholdFigures::monthlyDebtPayment, HouseholdFigures::monthlyNetIncome,
            Label.of("每月还款负担很轻，可按需合理使用个人信用。",
                    "Monthly repayments are light; personal credit may be used where it helps."),
            Label.of("每月还款占税后收入 60% 以下，偿债能力与信用使用态度较为稳健。",
                    "Monthly repayments are below 60 % of net income: debt is under control."),
            Label.of("每月还款占税后收入过高（超过 60%），应调整债务结构、延长期限或提前偿还部分贷款，避免新增负债。",
                    "Monthly repayments take more than 60 % of net income: restructure or repay debt and take on no more."));

    public static final RatioRule INVESTMENT_TO_NET_ASSETS = new RatioRule("investmentToNetAssets",
            Label.of("投资与净资产比率", "Investment to net assets"), Label.of("投资资产 / 净资产", "investment assets / net assets"),
            HouseholdFigures::investmentAssets, HouseholdFigures::netAssets,
            Label.of("投资资产不足净资产的 50%，净资产增长可能偏慢，可在风险承受能力范围内增加投资。",
                    "Investments are under 50 % of net assets: net worth may grow slowly; invest more within the customer's risk tolerance."),
            Label.of("投资资产占净资产 50% 以上，能保证净资产有较为合理的增长率。",
                    "Investments are at least 50 % of net assets: net worth can grow at a reasonable rate."),
            Label.of("投资比例很高，注意分散风险并保留足够的应急金。",
                    "The investment share is very high: diversify and keep enough emergency money."));

    private FinancialHealth() {
    }

    /** The six ratios in the seed's order. */
    public static List<RatioRule> allRatios() {
        return List.of(SAVINGS_RATIO, LIQUIDITY_RATIO, LIQUID_TO_NET_ASSETS, SOLVENCY_RATIO, DEBT_SERVICE_RATIO,
                INVESTMENT_TO_NET_ASSETS);
    }

    public static List<RatioResult> of(HouseholdFigures figures, Policy.Needs policy) {
        return allRatios().stream().map(rule -> apply(rule, figures, policy.healthyRange(rule.code()))).toList();
    }

    static RatioResult apply(RatioRule rule, HouseholdFigures figures, Policy.HealthyRange range) {
        Figure num = rule.numerator().apply(figures);
        Figure den = rule.denominator().apply(figures);
        Label notComputable = whyNotComputable(num, den);
        if (notComputable != null) {
            return new RatioResult(rule.code(), rule.name(), rule.formula(), num, den, null, Verdict.NOT_COMPUTABLE, range,
                    notComputable, Label.of("请补充或核实相关资料后再评估。", "Complete or check the data, then assess again."));
        }
        BigDecimal value = num.amount().divide(den.amount(), Arithmetic.RATIO_SCALE, RoundingMode.HALF_UP);
        Verdict verdict = range.isBelow(value) ? Verdict.LOW : range.isAbove(value) ? Verdict.HIGH : Verdict.HEALTHY;
        Label advice = switch (verdict) {
            case LOW -> rule.adviceLow();
            case HIGH -> rule.adviceHigh();
            default -> rule.adviceHealthy();
        };
        String calc = num.name().zh() + " " + Arithmetic.plain(num.amount()) + " / " + den.name().zh() + " "
                + Arithmetic.plain(den.amount()) + " = " + Arithmetic.ratio(value);
        String calcEn = num.name().en() + " " + Arithmetic.plain(num.amount()) + " / " + den.name().en() + " "
                + Arithmetic.plain(den.amount()) + " = " + Arithmetic.ratio(value);
        return new RatioResult(rule.code(), rule.name(), rule.formula(), num, den, value, verdict, range,
                Label.of(calc + "；健康区间 " + rangeText(range) + " → " + verdict.label().zh(),
                        calcEn + "; healthy range " + rangeText(range) + " → " + verdict.label().en()), advice);
    }

    // A zero or missing denominator has no ratio; a negative one (net assets below zero) gives a
    // number whose verdict would mislead, so it is reported instead of judged.
    private static Label whyNotComputable(Figure num, Figure den) {
        if (!den.isKnown()) {
            return den.workings();
        }
        if (den.amount().signum() == 0) {
            return Label.of(den.name().zh() + "为 0，无法计算比率", den.name().en() + " is 0: the ratio has no value");
        }
        if (den.amount().signum() < 0) {
            return Label.of(den.name().zh() + "为负数（" + Arithmetic.plain(den.amount()) + "），比率没有意义；请先看偿付比率",
                    den.name().en() + " is negative (" + Arithmetic.plain(den.amount())
                            + "): the ratio has no meaning; see the solvency ratio");
        }
        if (!num.isKnown()) {
            return num.workings();
        }
        return null;
    }

    public static String rangeText(Policy.HealthyRange range) {
        String min = range.min() == null ? null : range.min().stripTrailingZeros().toPlainString();
        String max = range.max() == null ? null : range.max().stripTrailingZeros().toPlainString();
        if (min == null) {
            return "≤ " + max;
        }
        return max == null ? "≥ " + min : min + "–" + max;
    }
}
