package dev.athenawizard.core.mapping.profile;

/**
 * How many of a text column's non-null values read as something more specific.
 *
 * @param nonNull      the values looked at
 * @param numbers      values that are numbers
 * @param integers     values that are whole numbers
 * @param booleans     values that are {@code true}/{@code false}
 * @param timestamps   values that are dates or timestamps
 * @param leadingZeros numbers written with a leading zero ({@code 007}): codes rather than quantities
 */
public record Parsability(int nonNull, int numbers, int integers, int booleans, int timestamps, int leadingZeros) {
    public static final Parsability NONE = new Parsability(0, 0, 0, 0, 0, 0);

    public boolean allNumbers() {
        return nonNull > 0 && numbers == nonNull;
    }

    public boolean allIntegers() {
        return nonNull > 0 && integers == nonNull;
    }

    public boolean allBooleans() {
        return nonNull > 0 && booleans == nonNull;
    }

    public boolean allTimestamps() {
        return nonNull > 0 && timestamps == nonNull;
    }
}
