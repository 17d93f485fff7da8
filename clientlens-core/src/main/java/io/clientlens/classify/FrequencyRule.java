package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.policy.Band;

import java.math.BigDecimal;

final class FrequencyRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.FREQUENCY;
    }

    @Override
    public DimensionResult apply(Context c) {
        if (!c.customer().isCustomer()) {
            return c.prospectUnknown(dimension());
        }
        int count = c.customer().activityCount();
        int window = c.policy().frequency().windowDays();
        Band band = c.policy().frequency().bands().bandOf(BigDecimal.valueOf(count));
        var label = dimension().labelOf(band.code());
        return DimensionResult.of(dimension(), band.code(),
                Context.inputs("activityCount", count, "windowDays", window, "bandMin", band.min(), "bandMax", band.max()),
                Reason.deferred("frequencyBand." + band.code(), () -> Label.of(
                        "近 " + window + " 天客户主动交易 " + count + " 笔（标准：" + describeZh(band) + "） → " + label.zh(),
                        count + " customer transactions in the last " + window + " days (rule: " + describeEn(band) + ") → "
                                + label.en())));
    }

    private static String describeZh(Band band) {
        if (band.max() == null) {
            return "≥ " + band.min().toPlainString() + " 笔";
        }
        BigDecimal lastIncluded = band.max().subtract(BigDecimal.ONE);
        return band.min().equals(lastIncluded) ? band.min().toPlainString() + " 笔"
                : band.min().toPlainString() + "–" + lastIncluded.toPlainString() + " 笔";
    }

    private static String describeEn(Band band) {
        if (band.max() == null) {
            return "≥ " + band.min().toPlainString();
        }
        BigDecimal lastIncluded = band.max().subtract(BigDecimal.ONE);
        return band.min().equals(lastIncluded) ? "exactly " + band.min().toPlainString()
                : band.min().toPlainString() + "–" + lastIncluded.toPlainString();
    }
}
