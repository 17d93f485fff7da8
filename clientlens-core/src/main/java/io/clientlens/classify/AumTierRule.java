package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.policy.Band;

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
                new Reason("aumBand." + band.code(),
                        "AUM " + c.zh(aum) + " " + rangeZh(c, band) + " → " + label.zh(),
                        "AUM " + c.en(aum) + " " + rangeEn(c, band) + " → " + label.en()));
    }

    private static String rangeZh(Context c, Band band) {
        if (band.max() == null) {
            return "≥ " + c.zh(band.min());
        }
        return band.min().signum() == 0 ? "< " + c.zh(band.max())
                : "在 " + c.zh(band.min()) + " 至 " + c.zh(band.max()) + " 之间（含下限）";
    }

    private static String rangeEn(Context c, Band band) {
        if (band.max() == null) {
            return "≥ " + c.en(band.min());
        }
        return band.min().signum() == 0 ? "< " + c.en(band.max())
                : "is in [" + c.en(band.min()) + ", " + c.en(band.max()) + ")";
    }
}
