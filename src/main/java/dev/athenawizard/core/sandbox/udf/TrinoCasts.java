package dev.athenawizard.core.sandbox.udf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Trino's casts from text, which are stricter than DuckDB's: {@code '1.5'} is not an integer, {@code ' 12'} is not a
 * bigint, {@code '2021-06-06-23:38:46'} is not a timestamp. Failures name the value as Trino does.
 */
public final class TrinoCasts {
    private TrinoCasts() {
    }

    public static long toBigint(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw Errors.of("INVALID_CAST_ARGUMENT", "Cannot cast '" + text + "' to BIGINT");
        }
    }

    public static double toDouble(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw Errors.of("INVALID_CAST_ARGUMENT", "Cannot cast '" + text + "' to DOUBLE");
        }
    }

    public static boolean toBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "t", "1" -> true;
            case "false", "f", "0" -> false;
            default -> throw Errors.of("INVALID_CAST_ARGUMENT", "Cannot cast '" + text + "' to BOOLEAN");
        };
    }

    public static LocalDate toDate(String text) {
        return TrinoDateTimes.parseDate(text).orElseThrow(() -> Errors.of("INVALID_CAST_ARGUMENT",
                "Value cannot be cast to date: " + text));
    }

    public static LocalDateTime toTimestamp(String text) {
        TrinoDateTimes.ParsedTimestamp parsed = TrinoDateTimes.parseTimestamp(text)
                .filter(p -> p.zone().isEmpty())
                .orElseThrow(() -> Errors.of("INVALID_CAST_ARGUMENT", "Value cannot be cast to timestamp: " + text));
        return parsed.local();
    }

    /** The instant of text cast to {@code timestamp with time zone} (no zone: Athena's session zone, UTC). */
    public static OffsetDateTime toInstant(String text) {
        TrinoDateTimes.ParsedTimestamp parsed = TrinoDateTimes.parseTimestamp(text).orElseThrow(() -> Errors.of(
                "INVALID_CAST_ARGUMENT", "Value cannot be cast to timestamp with time zone: " + text));
        return parsed.local().atZone(TrinoDateTimes.zoneId(parsed.zone().orElse("UTC"))).toOffsetDateTime();
    }

    public static String toZone(String text) {
        return TrinoDateTimes.parseTimestamp(text).map(p -> p.zone().orElse("UTC")).orElse(null);
    }

    /** A time zone name as Trino spells it, or Trino's error. */
    public static String zoneKey(String zone) {
        return TrinoDateTimes.zoneKey(zone).orElseThrow(() -> Errors.of("INVALID_FUNCTION_ARGUMENT",
                "Time zone not supported: " + zone));
    }

    /** The zone of a fixed offset in hours and minutes, e.g. {@code +05:30}. */
    public static String offsetZone(long hours, long minutes) {
        String sign = hours < 0 || minutes < 0 ? "-" : "+";
        return zoneKey(String.format(Locale.ROOT, "%s%02d:%02d", sign, Math.abs(hours), Math.abs(minutes)));
    }
}
