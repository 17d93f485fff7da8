package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * RFM behaviour segment from the R and F scores; M is scored and reported too. F and M are scored on
 * the population's quintiles; R on fixed day bands or, when the policy says so, on quintiles of
 * −days (docs/POLICY.md, RFM). The reason says which scored R.
 */
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
        Policy.Rfm rfm = c.policy().rfm();
        int window = rfm.windowDays();
        if (f.activityCount() == 0) {
            return DimensionResult.of(dimension(), "LOST", Context.inputs("frequency", 0, "windowDays", window),
                    Reason.deferred("noActivityInWindow", () -> Label.of(
                            "近 " + window + " 天无主动交易 → 已流失客户",
                            "No customer transaction in the last " + window + " days → Lost")));
        }
        PopulationStatistics s = c.statistics();
        int recency = f.daysSinceLastActivity();
        boolean bands = rfm.recency() == Policy.Rfm.RecencyScoring.BANDS;
        int r = bands ? rfm.recencyBandScore(recency) : s.recency().score(BigDecimal.valueOf(-recency));
        int fr = s.frequency().score(BigDecimal.valueOf(f.activityCount()));
        int m = s.monetary().score(f.activityAmount());
        String segment = rfm.segment(r, fr);
        var label = dimension().labelOf(segment);
        return DimensionResult.of(dimension(), segment,
                Context.inputs("recencyDays", recency, "frequency", f.activityCount(), "monetary", f.activityAmount(),
                        "recencyScoring", bands ? "bands" : "quintiles", "R", r, "F", fr, "M", m),
                Reason.deferred("rfmGrid.R" + r + "F" + fr, () -> {
                    Context.AmountText amount = c.amount(f.activityAmount());
                    String scheme = bands ? "（R=" + r + "，按天数区间：" + band(rfm, r, "天") + "）" : "（R=" + r + "，按五分位）";
                    String schemeEn = bands ? " (R=" + r + " on day bands: " + band(rfm, r, "days") + ")" : " (R=" + r + " on quintiles)";
                    return Label.of("最近交易 " + recency + " 天前" + scheme + "，" + window + " 天内 " + f.activityCount()
                                    + " 笔（F=" + fr + "），金额 " + amount.zh() + "（M=" + m + "） → " + label.zh(),
                            "Last transaction " + recency + " days ago" + schemeEn + ", " + f.activityCount() + " in " + window
                                    + " days (F=" + fr + "), amount " + amount.en() + " (M=" + m + ") → " + label.en());
                }));
    }

    /** The band of score r as text: "≤ 7 天" for 5 … 2, "> 180 天" for 1. */
    private static String band(Policy.Rfm rfm, int r, String unit) {
        List<Integer> edges = rfm.recencyBandDays();
        int i = 5 - r;
        return i < edges.size() ? "≤ " + edges.get(i) + " " + unit : "> " + edges.get(edges.size() - 1) + " " + unit;
    }
}
