package io.clientlens.policy;

import io.clientlens.customer.FieldProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** An ordered, gap-free, non-overlapping list of {@link Band}s covering [0, ∞). */
public record Bands(List<Band> bands) {

    public Bands {
        bands = List.copyOf(bands);
    }

    /**
     * Checks the bands and names each problem with the policy key, in Chinese and English, e.g.
     * {@code aumTier.bands[1].min: 400000 leaves a gap after 500000}.
     */
    public static List<FieldProblem> problems(String key, List<Band> bands) {
        List<FieldProblem> problems = new ArrayList<>();
        if (bands.isEmpty()) {
            problems.add(new FieldProblem(key, "至少需要一个区间", "at least one band is required"));
            return problems;
        }
        if (bands.get(0).min().signum() != 0) {
            problems.add(new FieldProblem(key + "[0].min", "必须为 0，使每个值都有所属区间，实际为 " + bands.get(0).min(),
                    "must be 0 so that every value has a band, was " + bands.get(0).min()));
        }
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            boolean last = i == bands.size() - 1;
            String at = key + "[" + i + "]";
            if (band.max() == null && !last) {
                problems.add(new FieldProblem(at + ".max", "只有最后一个区间可以不设上限", "only the last band may be open-ended"));
            }
            if (band.max() != null && band.max().compareTo(band.min()) <= 0) {
                problems.add(new FieldProblem(at + ".max", band.max() + " 必须大于 min " + band.min(),
                        band.max() + " must be greater than min " + band.min()));
            }
            if (last && band.max() != null) {
                problems.add(new FieldProblem(at + ".max", "最后一个区间不能设上限（去掉 max）",
                        "the last band must be open-ended (no max)"));
            }
            if (i > 0) {
                Band previous = bands.get(i - 1);
                if (previous.max() != null) {
                    int cmp = band.min().compareTo(previous.max());
                    if (cmp > 0) {
                        problems.add(new FieldProblem(at + ".min", band.min() + " 与上一区间的上限 " + previous.max() + " 之间留有空缺",
                                band.min() + " leaves a gap after " + previous.max()));
                    } else if (cmp < 0) {
                        problems.add(new FieldProblem(at + ".min", band.min() + " 与上一区间重叠（上一区间止于 " + previous.max() + "）",
                                band.min() + " overlaps the band before, which ends at " + previous.max()));
                    }
                }
            }
        }
        return problems;
    }

    public Band bandOf(BigDecimal value) {
        for (Band band : bands) {
            if (band.contains(value)) {
                return band;
            }
        }
        // Negative values (e.g. AUM never is, but defensive) fall into the first band.
        return bands.get(0);
    }

    public BigDecimal lowerBoundOf(String code) {
        return bands.stream().filter(b -> b.code().equals(code)).findFirst()
                .map(Band::min).orElseThrow(() -> new IllegalArgumentException("no band " + code));
    }
}
