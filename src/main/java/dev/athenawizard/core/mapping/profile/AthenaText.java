package dev.athenawizard.core.mapping.profile;

/**
 * Reads values in Athena's text notation ({@code GetQueryResults} renders every value as text): numbers such as
 * {@code 0.25} or {@code 1.0E-7}, booleans {@code true}/{@code false}, timestamps {@code 2024-01-01 10:00:00.000}
 * (optionally with a zone), arrays {@code [0.1, 0.2]}, maps and rows {@code {a=1, b=2}}.
 *
 * <p>Everything is decided by looking at characters, never by catching parse exceptions: a preview of 2,000
 * columns has hundreds of thousands of values, and exceptions would cost more than all the rest of the profiling.
 * Array and map elements are not quoted by Athena ({@code ARRAY['a, b']} reads {@code [a, b]}), so text elements
 * holding {@code ", "} are miscounted; numbers, booleans and nested arrays, which tensors and dicts hold, are exact.
 */
public final class AthenaText {
    private AthenaText() {
    }

    /** A decimal or scientific number, {@code NaN}, {@code Infinity} or {@code -Infinity}. */
    public static boolean isNumber(CharSequence s) {
        return isNumber(s, 0, s.length());
    }

    static boolean isNumber(CharSequence s, int from, int to) {
        int i = from;
        if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        if (i >= to) {
            return false;
        }
        if (regionIs(s, i, to, "NaN") || regionIs(s, i, to, "Infinity")) {
            return true;
        }
        int digits = 0;
        while (i < to && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < to && s.charAt(i) == '.') {
            i++;
            while (i < to && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exponent = 0;
            while (i < to && isDigit(s.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == to;
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};

    /**
     * The value of a text {@link #isNumber} accepted. Plain decimals of up to 15 digits ({@code -123.45}, nearly all
     * of what Athena renders) are computed directly: the digits and the power of ten are both exact doubles, so
     * their quotient is the correctly rounded value {@link Double#parseDouble} would give, at a fraction of its cost.
     */
    public static double parseNumber(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.parseDouble(s); // exponent, NaN, Infinity
            }
        }
        if (count == 0 || count > 15) {
            return Double.parseDouble(s);
        }
        double value = fraction > 0 ? digits / POWERS_OF_TEN[fraction] : digits;
        return negative ? -value : value;
    }

    /** An optionally signed run of digits. */
    public static boolean isInteger(CharSequence s) {
        int i = 0;
        int to = s.length();
        if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        if (i >= to) {
            return false;
        }
        for (; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A number with a leading zero before other digits ({@code 007}): a code, not a quantity. */
    public static boolean hasLeadingZero(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        return s.length() > i + 1 && s.charAt(i) == '0' && isDigit(s.charAt(i + 1));
    }

    /** {@code true} or {@code false} in any letter case. */
    public static boolean isBoolean(CharSequence s) {
        return isBoolean(s, 0, s.length());
    }

    static boolean isBoolean(CharSequence s, int from, int to) {
        return regionIsIgnoreCase(s, from, to, "true") || regionIsIgnoreCase(s, from, to, "false");
    }

    /** Whether the text is {@code true} (any case); call only on values {@link #isBoolean} accepts. */
    public static boolean isTrue(String s) {
        return s.equalsIgnoreCase("true");
    }

    /** A whole number, finite, whose value is 0 or 1 ({@code 0}, {@code 1}, {@code 1.0}). */
    public static boolean isZeroOrOne(double value) {
        return value == 0.0 || value == 1.0;
    }

    /**
     * A date or a point in time: {@code 2024-01-31}, {@code 2024-01-31 10:00}, {@code 2024-01-31 10:00:00.000},
     * {@code 2024-01-31T10:00:00Z}, {@code 2024-01-31T10:00:00+02:00}, {@code 2001-08-22 03:04:05.321 UTC} or with a
     * zone name such as {@code America/Los_Angeles}.
     */
    public static boolean isTimestamp(CharSequence s) {
        int n = s.length();
        if (n < 10 || !date(s)) {
            return false;
        }
        if (n == 10) {
            return true;
        }
        char sep = s.charAt(10);
        if ((sep != ' ' && sep != 'T') || n < 16 || !twoDigits(s, 11, 0, 23) || s.charAt(13) != ':'
                || !twoDigits(s, 14, 0, 59)) {
            return false;
        }
        int i = 16;
        if (i < n && s.charAt(i) == ':') {
            if (n < 19 || !twoDigits(s, 17, 0, 60)) {
                return false;
            }
            i = 19;
            if (i < n && s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    return false;
                }
            }
        }
        return i == n || zone(s, i);
    }

    /** Whether a timestamp text is a date alone ({@code 2024-01-31}). */
    public static boolean isDateOnly(CharSequence s) {
        return s.length() == 10 && date(s);
    }

    private static boolean date(CharSequence s) {
        for (int i = 0; i < 4; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return s.charAt(4) == '-' && twoDigits(s, 5, 1, 12) && s.charAt(7) == '-' && twoDigits(s, 8, 1, 31);
    }

    /** {@code Z}, {@code +02:00}, {@code -0500}, or a space and a zone name ({@code UTC}, {@code Europe/Paris}). */
    private static boolean zone(CharSequence s, int i) {
        int n = s.length();
        char c = s.charAt(i);
        if (c == 'Z') {
            return i + 1 == n;
        }
        if (c == '+' || c == '-') {
            int rest = n - i - 1;
            return (rest == 5 && twoDigits(s, i + 1, 0, 23) && s.charAt(i + 3) == ':' && twoDigits(s, i + 4, 0, 59))
                    || (rest == 4 && twoDigits(s, i + 1, 0, 23) && twoDigits(s, i + 3, 0, 59))
                    || (rest == 2 && twoDigits(s, i + 1, 0, 23));
        }
        if (c != ' ' || i + 1 >= n) {
            return false;
        }
        for (int j = i + 1; j < n; j++) {
            char z = s.charAt(j);
            if (!(Character.isLetterOrDigit(z) || z == '/' || z == '_' || z == '+' || z == '-' || z == ':')) {
                return false;
            }
        }
        return Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-';
    }

    private static boolean twoDigits(CharSequence s, int i, int min, int max) {
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        if (!isDigit(a) || !isDigit(b)) {
            return false;
        }
        int value = (a - '0') * 10 + (b - '0');
        return value >= min && value <= max;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean regionIs(CharSequence s, int from, int to, String word) {
        if (to - from != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (s.charAt(from + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean regionIsIgnoreCase(CharSequence s, int from, int to, String word) {
        if (to - from != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.toLowerCase(s.charAt(from + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Words separated by white space. */
    public static int wordCount(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
