package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.policy.Band;

import java.math.BigDecimal;

final class AumTierRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.AUM_TIER;
    }

    @Override
    public DimensionResult apply(Context c) {
        if (!c.customer().isCustomer()) {
            return c.prospectUnknown(dimension());
        }
        var aum = c.customer().aum();
        Band band = c.policy().aumTier().bands().bandOf(aum);
        var label = dimension().labelOf(band.code());
        return DimensionResult.of(dimension(), band.code(),
                Context.inputs("aum", aum, "bandMin", band.min(), "bandMax", band.max()),
                Reason.deferred("aumBand." + band.code(), () -> texts(c, aum, band, label)));
    }

    private static Label texts(Context c, BigDecimal aum, Band band, Label label) {
        // Each amount written once for both languages.
        Context.AmountText aumText = c.amount(aum);
        Context.AmountText min = c.amount(band.min());
        Context.AmountText max = band.max() == null ? null : c.amount(band.max());
        return Label.of("AUM " + aumText.zh() + " " + rangeZh(band, min, max) + " → " + label.zh(),
                "AUM " + aumText.en() + " " + rangeEn(band, min, max) + " → " + label.en());
    }

    private static String rangeZh(Band band, Context.AmountText min, Context.AmountText max) {
        if (max == null) {
            return "≥ " + min.zh();
        }
        return band.min().signum() == 0 ? "< " + max.zh()
                : "在 " + min.zh() + " 至 " + max.zh() + " 之间（含下限）";
    }

    private static String rangeEn(Band band, Context.AmountText min, Context.AmountText max) {
        if (max == null) {
            return "≥ " + min.en();
        }
        return band.min().signum() == 0 ? "< " + max.en()
                : "is in [" + min.en() + ", " + max.en() + ")";
    }
}
