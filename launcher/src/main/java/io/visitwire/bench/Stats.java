package io.visitwire.bench;

import java.util.Arrays;
import java.util.Collection;

/** Order statistics of measured values: median and percentiles (nearest-rank). */
public final class Stats {

    /** The median; the mean of the two middle values for an even count. NaN when empty. */
    public static double median(Collection<Double> values) {
        double[] sorted = sorted(values);
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * The {@code p}-th percentile, {@code 0 < p <= 100}, by the nearest-rank method: the smallest
     * value with at least p % of the values at or below it. NaN when empty.
     */
    public static double percentile(Collection<Double> values, double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        double[] sorted = sorted(values);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public static double max(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static double[] sorted(Collection<Double> values) {
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(array);
        return array;
    }

    private Stats() {
    }
}
