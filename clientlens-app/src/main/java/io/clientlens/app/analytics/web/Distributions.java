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

    /**
     * Every dimension but the AML rating, which has a chart of its own for the roles that may see it (docs/AML.md: the
     * roles that work with customers never see it).
     */
    public static List<Distribution> of(Map<String, Map<String, Long>> counts, Language lang) {
        List<Distribution> result = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            if (d != Dimension.AML_RISK) {
                one(d, counts, lang).ifPresent(result::add);
            }
        }
        return result;
    }

    /** Customers per class of one dimension, every class in its order (unknown last), none if the run has no counts. */
    public static java.util.Optional<Distribution> one(Dimension d, Map<String, Map<String, Long>> counts, Language lang) {
        Map<String, Long> codes = counts.get(d.code());
        if (codes == null) {
            return java.util.Optional.empty();
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
        return java.util.Optional.of(new Distribution(d.code(), d.label().in(lang), bars));
    }

    public record Distribution(String code, String label, List<Bar> bars) {
        public record Bar(String code, String label, long count, double percent) {
        }
    }
}
