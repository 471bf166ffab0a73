package org.peersite.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * Measured times, sorted once, with the order statistics a report prints. Nearest-rank quantiles: a quantile is
 * always one of the measured values. Immutable, thread-safe.
 */
final class Samples {

    private final double[] sorted;

    private Samples(double[] sorted) {
        this.sorted = sorted;
    }

    /** @throws IllegalArgumentException if there is nothing to summarise */
    static Samples of(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Samples(sorted);
    }

    int count() {
        return sorted.length;
    }

    /** The value at {@code quantile} (0 to 1) of the sorted samples. */
    double at(double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))];
    }

    double median() {
        return at(0.5);
    }

    double min() {
        return sorted[0];
    }

    double max() {
        return sorted[sorted.length - 1];
    }

    /** {@code median 12.3 ms   p10 ...   p90 ...   min ...   max ...}, with the given unit after the median. */
    String describe(String unit) {
        return String.format(Locale.ROOT, "median %6.1f %s   p10 %6.1f   p90 %6.1f   min %6.1f   max %6.1f",
                median(), unit, at(0.1), at(0.9), min(), max());
    }
}
