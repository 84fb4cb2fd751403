package dev.athenawizard.core.mapping.profile;

/** Lengths (of texts, arrays or maps) over a column's non-null values. */
public record LengthSummary(int min, int max, double mean) {
    /** Whether every value has the same length. */
    public boolean constant() {
        return min == max;
    }

    static LengthSummary of(int[] lengths, int n) {
        if (n == 0) {
            return new LengthSummary(0, 0, 0);
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        long sum = 0;
        for (int k = 0; k < n; k++) {
            min = Math.min(min, lengths[k]);
            max = Math.max(max, lengths[k]);
            sum += lengths[k];
        }
        return new LengthSummary(min, max, (double) sum / n);
    }
}
