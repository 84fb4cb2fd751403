package dev.athenawizard.core.mapping.profile;

/**
 * What the numbers of a column look like.
 *
 * @param count     how many values are numbers (NaN and infinities included)
 * @param min       the smallest finite value
 * @param max       the largest finite value
 * @param mean      the mean of the finite values
 * @param integral  whether every finite value is a whole number
 * @param zeroOrOne whether every value is 0 or 1 (a flag)
 * @param nonFinite how many are NaN or infinite
 * @param histogram the distribution of the finite values
 */
public record NumericSummary(int count, double min, double max, double mean, boolean integral, boolean zeroOrOne,
        int nonFinite, Histogram histogram) {

    /** Whether every finite value lies between 0 and 1, as probabilities do. */
    public boolean withinUnitInterval() {
        return min >= 0 && max <= 1;
    }
}
