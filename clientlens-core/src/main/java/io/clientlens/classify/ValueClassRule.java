package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.customer.Money;

import java.math.BigDecimal;

final class ValueClassRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.VALUE_CLASS;
    }

    @Override
    public DimensionResult apply(Context c) {
        CustomerFeatures f = c.customer();
        if (!f.isCustomer()) {
            return c.prospectUnknown(dimension());
        }
        String contribution = c.earlier(Dimension.CONTRIBUTION_CLASS).code();
        String loyalty = c.earlier(Dimension.LOYALTY).code();
        BigDecimal elsewhere = financialAssetsElsewhere(f);
        BigDecimal total = f.aum().add(Money.orZero(elsewhere));
        BigDecimal affluentMin = c.policy().aumTier().bands().lowerBoundOf(c.policy().valueClass().potentialMinTier());
        var inputs = Context.inputs("contributionClass", contribution, "loyalty", loyalty, "aum", f.aum(),
                "financialAssetsElsewhere", elsewhere, "totalFinancialAssets", total, "potentialMinAssets", affluentMin);

        if ("A".equals(contribution) && "LOYAL".equals(loyalty)) {
            return DimensionResult.of(dimension(), "CORE", inputs,
                    new Reason("core", "利润贡献A类且为忠诚客户 → 核心客户", "Contribution class A and loyal → Core"));
        }
        if ("A".equals(contribution) || "B".equals(contribution)) {
            return DimensionResult.of(dimension(), "POTENTIAL", inputs,
                    Reason.deferred("potential.contribution", () -> Label.of(
                            "利润贡献" + contribution + "类（未同时满足A类且忠诚） → 潜力客户",
                            "Contribution class " + contribution + " (not both A and loyal) → Potential")));
        }
        if (elsewhere != null && elsewhere.compareTo(f.aum()) >= 0 && total.compareTo(affluentMin) >= 0) {
            return DimensionResult.of(dimension(), "POTENTIAL", inputs,
                    Reason.deferred("potential.assetsElsewhere", () -> {
                        Context.AmountText elsewhereText = c.amount(elsewhere);
                        Context.AmountText aumText = c.amount(f.aum());
                        Context.AmountText totalText = c.amount(total);
                        Context.AmountText minText = c.amount(affluentMin);
                        return Label.of("他行金融资产 " + elsewhereText.zh() + " ≥ 本行AUM " + aumText.zh()
                                        + "，金融资产合计 " + totalText.zh() + " ≥ " + minText.zh() + " → 潜力客户",
                                "Financial assets elsewhere " + elsewhereText.en() + " ≥ AUM here " + aumText.en()
                                        + ", total financial assets " + totalText.en() + " ≥ " + minText.en() + " → Potential");
                    }));
        }
        return DimensionResult.of(dimension(), "GENERAL", inputs,
                new Reason("general", "利润贡献C类，且他行资产不足以成为潜力客户 → 一般客户",
                        "Contribution class C and not enough assets elsewhere to be potential → General"));
    }

    /**
     * Financial assets held at other institutions: the KYC figure when recorded, otherwise the KYC
     * financial assets (all institutions) less what the bank holds, never below zero.
     */
    static BigDecimal financialAssetsElsewhere(CustomerFeatures f) {
        var p = f.profile();
        if (p == null) {
            return null;
        }
        if (p.financialAssetsElsewhere() != null) {
            return p.financialAssetsElsewhere();
        }
        if (p.assets() == null) {
            return null;
        }
        return p.assets().financial().subtract(f.aum()).max(BigDecimal.ZERO);
    }
}
