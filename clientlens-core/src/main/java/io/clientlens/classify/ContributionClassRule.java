package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;

import java.util.Map;

final class ContributionClassRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.CONTRIBUTION_CLASS;
    }

    @Override
    public DimensionResult apply(Context c) {
        if (!c.customer().isCustomer()) {
            return c.prospectUnknown(dimension());
        }
        ContributionEstimate contribution = ContributionEstimate.of(c.customer(), c.policy());
        ParetoCut cut = c.statistics().pareto();
        ParetoCut.Class cls = cut.classOf(c.customer().customerId(), contribution.amount());
        Map<String, Object> inputs = FrozenMap.builder(8)
                .put("contribution", contribution.amount())
                .put("contributionSource", contribution.imported() ? "imported" : "estimate")
                .putAll(contribution.terms())
                .put("totalPositiveContribution", cut.totalPositive())
                .build();
        String rule = switch (cls) {
            case A -> "pareto.A";
            case B -> "pareto.B";
            case C -> contribution.amount().signum() <= 0 ? "pareto.C.nonPositive" : "pareto.C";
        };
        Reason reason = Reason.deferred(rule, () -> texts(c, contribution, rule));
        return DimensionResult.of(dimension(), cls.name(), inputs, reason);
    }

    private static Label texts(Context c, ContributionEstimate contribution, String rule) {
        String a = Amounts.percent(c.policy().contribution().classAShare());
        String b = Amounts.percent(c.policy().contribution().classBShare());
        String source = contribution.imported() ? "（行内利润系统数据）" : "（估算：AUM、贷款余额与费用）";
        String sourceEn = contribution.imported() ? " (bank profitability figure)" : " (estimated from AUM, loans and fees)";
        Context.AmountText amount = c.amount(contribution.amount());
        String amountZh = "年利润贡献 " + amount.zh() + source;
        String amountEn = "Annual contribution " + amount.en() + sourceEn;
        return switch (rule) {
            case "pareto.A" -> Label.of(amountZh + "，位于累计贡献达总正贡献 " + a + " 的最小头部客户群 → A类",
                    amountEn + " is within the smallest top set reaching " + a + " of total positive contribution → A");
            case "pareto.B" -> Label.of(amountZh + "，位于累计贡献 " + a + " 之后、" + b + " 以内 → B类",
                    amountEn + " lies after the " + a + " set and within " + b + " of total positive contribution → B");
            case "pareto.C.nonPositive" -> Label.of(amountZh + "，无正贡献 → C类", amountEn + " is not positive → C");
            default -> Label.of(amountZh + "，在累计贡献 " + b + " 之外 → C类",
                    amountEn + " lies beyond " + b + " of total positive contribution → C");
        };
    }
}
