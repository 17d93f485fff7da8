package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;

/**
 * 客户终身价值 class (docs/POLICY.md): the customer's lifetime value against the population's
 * Pareto cut, as for contributionClass: HIGH within the smallest top set reaching
 * {@code clv.highShare} of the total positive value, MEDIUM up to {@code clv.mediumShare}, LOW the rest.
 */
final class ClvClassRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.CLV_CLASS;
    }

    @Override
    public DimensionResult apply(Context c) {
        if (!c.customer().isCustomer()) {
            return c.prospectUnknown(dimension());
        }
        Policy.Clv p = c.policy().schemes().clv();
        String loyalty = c.earlier(Dimension.LOYALTY).code();
        BigDecimal contribution = ContributionEstimate.of(c.customer(), c.policy()).amount();
        BigDecimal retention = p.retention().get(loyalty);
        BigDecimal clv = LifetimeValue.of(contribution, loyalty, p);
        ParetoCut cut = c.statistics().clv();
        ParetoCut.Class cls = cut.classOf(c.customer().customerId(), clv);
        String code = switch (cls) {
            case A -> "HIGH";
            case B -> "MEDIUM";
            case C -> "LOW";
        };
        var inputs = Context.inputs("contribution", contribution, "loyalty", loyalty, "retention", retention,
                "horizonYears", p.horizonYears(), "yearlyDiscountRate", p.yearlyDiscountRate(), "clv", clv,
                "totalPositiveClv", cut.totalPositive());
        Reason reason = switch (cls) {
            case A -> Reason.deferred("pareto.HIGH", () -> {
                Label f = formula(c, contribution, loyalty, retention, clv);
                String high = Amounts.percent(p.highShare());
                return Label.of(f.zh() + "，位于累计达总正值 " + high + " 的最小头部客户群 → 高价值",
                        f.en() + " is within the smallest top set reaching " + high + " of the total positive value → High value");
            });
            case B -> Reason.deferred("pareto.MEDIUM", () -> {
                Label f = formula(c, contribution, loyalty, retention, clv);
                String high = Amounts.percent(p.highShare());
                String medium = Amounts.percent(p.mediumShare());
                return Label.of(f.zh() + "，位于累计 " + high + " 之后、" + medium + " 以内 → 中等价值",
                        f.en() + " lies after the " + high + " set and within " + medium + " of the total → Medium value");
            });
            case C -> clv.signum() <= 0
                    ? Reason.deferred("pareto.LOW.nonPositive", () -> {
                        Label f = formula(c, contribution, loyalty, retention, clv);
                        return Label.of(f.zh() + "，不为正 → 低价值", f.en() + " is not positive → Low value");
                    })
                    : Reason.deferred("pareto.LOW", () -> {
                        Label f = formula(c, contribution, loyalty, retention, clv);
                        String medium = Amounts.percent(p.mediumShare());
                        return Label.of(f.zh() + "，在累计 " + medium + " 之外 → 低价值",
                                f.en() + " lies beyond " + medium + " of the total positive value → Low value");
                    });
        };
        return DimensionResult.of(dimension(), code, inputs, reason);
    }

    /** The lifetime value written out with its numbers, in both languages. */
    private static Label formula(Context c, BigDecimal contribution, String loyalty, BigDecimal retention, BigDecimal clv) {
        Policy.Clv p = c.policy().schemes().clv();
        Context.AmountText value = c.amount(clv);
        Context.AmountText yearly = c.amount(contribution);
        var loyaltyLabel = Dimension.LOYALTY.labelOf(loyalty);
        String discount = BigDecimal.ONE.add(p.yearlyDiscountRate()).toPlainString();
        return Label.of("客户终身价值 = Σ(t=1…" + p.horizonYears() + ") 年贡献 " + yearly.zh() + " × " + retention.toPlainString()
                        + "^t / " + discount + "^t = " + value.zh() + "（" + loyaltyLabel.zh() + "，年留存率 "
                        + Amounts.percent(retention) + "）",
                "Lifetime value = Σ(t=1…" + p.horizonYears() + ") contribution " + yearly.en() + " × "
                        + retention.toPlainString() + "^t / " + discount + "^t = " + value.en() + " (" + loyaltyLabel.en()
                        + ", yearly retention " + Amounts.percent(retention) + ")");
    }
}
