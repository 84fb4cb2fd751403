package dev.athenawizard.core.sandbox.udf;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Trino's number conversions that DuckDB does differently: decimal division, doubles as text, bases. */
public final class TrinoNumbers {
    private TrinoNumbers() {
    }

    /** Decimal division rounded half up to {@code scale} digits, as Trino's decimal {@code /}. */
    public static String decimalDivide(String dividend, String divisor, int scale) {
        BigDecimal b = new BigDecimal(divisor);
        if (b.signum() == 0) {
            throw Errors.of("DIVISION_BY_ZERO", "Division by zero");
        }
        return new BigDecimal(dividend).divide(b, scale, RoundingMode.HALF_UP).toPlainString();
    }

    /** A double as Trino writes it as text: Java's notation ({@code 1.0E20}, {@code 0.1}, {@code NaN}). */
    public static String doubleText(double value) {
        return Double.toString(value);
    }

    public static String realText(float value) {
        return Float.toString(value);
    }

    public static long fromBase(String text, long radix) {
        checkRadix(radix);
        try {
            return Long.parseLong(text, (int) radix);
        } catch (NumberFormatException e) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", "Not a valid base-" + radix + " number: " + text);
        }
    }

    public static String toBase(long value, long radix) {
        checkRadix(radix);
        return Long.toString(value, (int) radix);
    }

    private static void checkRadix(long radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", "Radix must be between " + Character.MIN_RADIX + " and "
                    + Character.MAX_RADIX);
        }
    }
}
