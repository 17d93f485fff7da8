package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Band;

import java.math.BigDecimal;

/**
 * 高收入/中低收入 by annual net income (the KYC income group, after tax) and the policy's
 * incomeBand bands (docs/POLICY.md); no income on file gives UNKNOWN.
 */
final class IncomeBandRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.INCOME_BAND;
    }

    @Override
    public DimensionResult apply(Context c) {
        if (c.customer().type() == CustomerType.CORPORATE) {
            return DimensionResult.unknown(dimension(), Context.inputs("type", "CORPORATE"),
                    new Reason("corporate", "企业客户不适用个人收入水平", "Personal income bands do not apply to corporate customers"));
        }
        BigDecimal income = annualIncome(c.customer().profile());
        if (income == null) {
            return DimensionResult.unknown(dimension(), Context.inputs("annualIncome", null),
                    new Reason("incomeMissing", "KYC资料中无收入信息", "No income in the KYC profile"));
        }
        Band band = c.policy().schemes().incomeBands().bandOf(income);
        var label = dimension().labelOf(band.code());
        return DimensionResult.of(dimension(), band.code(),
                Context.inputs("annualIncome", income, "bandMin", band.min(), "bandMax", band.max()),
                Reason.deferred("incomeBand." + band.code(), () -> {
                    Context.AmountText amount = c.amount(income);
                    String rangeZh = band.max() == null ? "≥ " + c.amount(band.min()).zh()
                            : band.min().signum() == 0 ? "< " + c.amount(band.max()).zh()
                            : c.amount(band.min()).zh() + " ≤ 收入 < " + c.amount(band.max()).zh();
                    String rangeEn = band.max() == null ? "≥ " + c.amount(band.min()).en()
                            : band.min().signum() == 0 ? "< " + c.amount(band.max()).en()
                            : c.amount(band.min()).en() + " ≤ income < " + c.amount(band.max()).en();
                    return Label.of("年税后收入 " + amount.zh() + "（" + rangeZh + "） → " + label.zh(),
                            "Annual net income " + amount.en() + " (" + rangeEn + ") → " + label.en());
                }));
    }

    /** Σ income of the KYC profile (salary, business, investment, other), or null without an income group. */
    static BigDecimal annualIncome(Profile p) {
        return p == null || p.income() == null ? null : p.income().total();
    }
}
