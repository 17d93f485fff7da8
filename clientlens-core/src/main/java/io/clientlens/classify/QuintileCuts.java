package io.clientlens.classify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Cut points q1…q4 of one RFM metric (docs/POLICY.md): the nearest-rank percentiles, i.e. the
 * value at rank ceil(p × n) in ascending order. A value's score is 1 + the number of cut points
 * strictly below it, so equal values always score alike.
 */
public record QuintileCuts(List<BigDecimal> cuts) {

    public QuintileCuts {
        cuts = List.copyOf(cuts);
    }

    public static QuintileCuts of(List<BigDecimal> values, List<BigDecimal> percentiles) {
        if (values.isEmpty()) {
            return new QuintileCuts(List.of());
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        List<BigDecimal> cuts = new ArrayList<>();
        for (BigDecimal p : percentiles) {
            int rank = p.multiply(BigDecimal.valueOf(n)).setScale(0, java.math.RoundingMode.CEILING).intValueExact();
            cuts.add(sorted.get(Math.max(1, rank) - 1));
        }
        return new QuintileCuts(cuts);
    }

    public int score(BigDecimal value) {
        int below = 0;
        for (BigDecimal cut : cuts) {
            if (cut.compareTo(value) < 0) {
                below++;
            }
        }
        return 1 + below;
    }
}
