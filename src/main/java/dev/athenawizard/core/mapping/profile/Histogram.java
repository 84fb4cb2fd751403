package dev.athenawizard.core.mapping.profile;

import java.util.Arrays;
import java.util.List;

/**
 * Equal-width bins from the smallest to the largest finite value; the last bin includes the largest value.
 *
 * @param min    the lower edge of the first bin
 * @param max    the upper edge of the last bin
 * @param counts values per bin, in order; one bin when all values are equal
 */
public record Histogram(double min, double max, List<Integer> counts) {
    public static final int MAX_BINS = 10;

    public Histogram {
        counts = List.copyOf(counts);
    }

    public double binWidth() {
        return counts.isEmpty() ? 0 : (max - min) / counts.size();
    }

    /** The tallest bin's count, for scaling a drawing. */
    public int highest() {
        return counts.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    static Histogram of(double[] values, int n, double min, double max, int distinct) {
        int bins = min == max ? 1 : Math.max(1, Math.min(MAX_BINS, distinct));
        int[] counts = new int[bins];
        double width = (max - min) / bins;
        for (int k = 0; k < n; k++) {
            double v = values[k];
            if (!Double.isFinite(v)) {
                continue;
            }
            int bin = width == 0 ? 0 : (int) ((v - min) / width);
            counts[Math.min(bins - 1, Math.max(0, bin))]++;
        }
        return new Histogram(min, max, Arrays.stream(counts).boxed().toList());
    }
}
