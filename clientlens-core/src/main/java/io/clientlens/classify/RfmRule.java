package io.clientlens.classify;

import io.clientlens.code.Dimension;

import java.math.BigDecimal;

/** RFM behaviour segment (docs/POLICY.md) from the R and F quintile scores; M is scored and reported too. */
final class RfmRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.RFM_SEGMENT;
    }

    @Override
    public DimensionResult apply(Context c) {
        CustomerFeatures f = c.customer();
        if (!f.isCustomer()) {
            return c.prospectUnknown(dimension());
        }
        int window = c.policy().rfm().windowDays();
        if (f.activityCount() == 0) {
            return DimensionResult.of(dimension(), "LOST", Context.inputs("frequency", 0, "windowDays", window),
                    new Reason("noActivityInWindow", "近 " + window + " 天无主动交易 → 已流失客户",
                            "No customer transaction in the last " + window + " days → Lost"));
        }
        PopulationStatistics s = c.statistics();
        int recency = f.daysSinceLastActivity();
        int r = s.recency().score(BigDecimal.valueOf(-recency));
        int fr = s.frequency().score(BigDecimal.valueOf(f.activityCount()));
        int m = s.monetary().score(f.activityAmount());
        String segment = c.policy().rfm().segment(r, fr);
        var label = dimension().labelOf(segment);
        Context.AmountText amount = c.amount(f.activityAmount());
        return DimensionResult.of(dimension(), segment,
                Context.inputs("recencyDays", recency, "frequency", f.activityCount(), "monetary", f.activityAmount(),
                        "R", r, "F", fr, "M", m),
                new Reason("rfmGrid.R" + r + "F" + fr,
                        "最近交易 " + recency + " 天前（R=" + r + "），" + window + " 天内 " + f.activityCount() + " 笔（F=" + fr
                                + "），金额 " + amount.zh() + "（M=" + m + "） → " + label.zh(),
                        "Last transaction " + recency + " days ago (R=" + r + "), " + f.activityCount() + " in " + window
                                + " days (F=" + fr + "), amount " + amount.en() + " (M=" + m + ") → " + label.en()));
    }
}
