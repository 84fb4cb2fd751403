package dev.athenawizard.core.mapping.profile;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/** Small pieces of the sentences the Mapping step says. */
public final class Words {
    private Words() {
    }

    /** {@code 1 row}, {@code 3 rows}. */
    public static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** A number as people write it: {@code 0.25}, {@code 198.26}, {@code 1200}, {@code 1.0E-7}. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e15) {
            return new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
        }
        return Double.toString(value);
    }

    /** {@code 768}, {@code 3 × 4}. */
    public static String shape(List<Integer> dims) {
        return String.join(" × ", dims.stream().map(String::valueOf).toList());
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    public static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A share as a whole percentage: {@code 12%}; {@code <1%} for a small share that is not zero. */
    public static String percent(double share) {
        long p = Math.round(share * 100);
        return p == 0 && share > 0 ? "<1%" : p + "%";
    }
}
