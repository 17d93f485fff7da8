package io.clientlens.batch.generate;

import java.util.List;

/** Items with relative weights, for drawing realistic shares (surnames, occupations, age bands). */
final class Weighted<T> {
    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    static <T> Weighted<T> of(List<T> items, double... weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("need one weight per item, got " + items.size() + " items and "
                    + weights.length + " weights");
        }
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
        return new Weighted<>(List.copyOf(items), cumulative);
    }

    /** The item whose slice of the cumulative weight holds {@code fraction} (0 ≤ fraction &lt; 1). */
    T at(double fraction) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > fraction) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return items.get(low);
    }
}
