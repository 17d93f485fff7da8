package io.clientlens.app.analytics.web;

import io.clientlens.code.Dimension;
import io.clientlens.code.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Customers per class of every dimension in a run, as the home page and the dashboards draw them. */
public final class Distributions {
    /** A free-text dimension (the region) shows its largest values only. */
    private static final int REGIONS_SHOWN = 10;

    private Distributions() {
    }

    public static List<Distribution> of(Map<String, Map<String, Long>> counts, Language lang) {
        List<Distribution> result = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            Map<String, Long> codes = counts.get(d.code());
            if (codes == null) {
                continue;
            }
            long total = codes.values().stream().mapToLong(Long::longValue).sum();
            List<Distribution.Bar> bars = new ArrayList<>();
            List<String> order = new ArrayList<>(d.isFreeText() ? codes.keySet() : d.valueCodes());
            if (!d.isFreeText()) {
                order.add(Dimension.UNKNOWN);
            }
            for (String code : order) {
                Long n = codes.get(code);
                if (n == null || (d.isFreeText() && bars.size() >= REGIONS_SHOWN)) {
                    continue;
                }
                bars.add(new Distribution.Bar(code, d.labelOf(code).in(lang), n, total == 0 ? 0 : 100.0 * n / total));
            }
            result.add(new Distribution(d.code(), d.label().in(lang), bars));
        }
        return result;
    }

    public record Distribution(String code, String label, List<Bar> bars) {
        public record Bar(String code, String label, long count, double percent) {
        }
    }
}
