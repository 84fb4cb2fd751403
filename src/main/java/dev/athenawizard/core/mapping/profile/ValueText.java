package dev.athenawizard.core.mapping.profile;

/** Values quoted in messages: short ones as they are, long ones abbreviated so a sentence stays readable. */
public final class ValueText {
    /** Longest value quoted whole. */
    public static final int MAX_QUOTED = 40;

    private ValueText() {
    }

    /**
     * {@code 'alice'}; {@code NULL}; an array of 768 numbers as {@code [0.12, -0.03, 0.5, … 768 elements]}; other
     * long text as its first words and the total length.
     */
    public static String quote(String value) {
        if (value == null) {
            return "NULL";
        }
        if (value.length() <= MAX_QUOTED) {
            return "'" + value + "'";
        }
        NestedValue.ArrayValue array = NestedValue.array(value);
        if (array != null) {
            int cut = nthSeparator(value, 3);
            return value.substring(0, cut) + ", … " + array.length() + " elements]";
        }
        return "'" + value.substring(0, MAX_QUOTED - 8).stripTrailing() + " …' (" + value.length() + " characters)";
    }

    private static int nthSeparator(String value, int n) {
        int at = 0;
        for (int k = 0; k < n; k++) {
            int next = value.indexOf(", ", at + 1);
            if (next < 0 || next > MAX_QUOTED) {
                return k == 0 ? Math.min(value.length() - 1, MAX_QUOTED) : at;
            }
            at = next;
        }
        return at;
    }
}
