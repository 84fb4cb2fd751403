package dev.athenawizard.core.sandbox.udf;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trino's readings of date-time text: timestamp literals and casts ({@code 2024-01-01 10:00:00[.fff] [zone]}, with a
 * space before the time: Athena engine v3 refuses {@code 2021-06-06-23:38:46}), date casts, and time zone names
 * (IANA names matched regardless of case, fixed offsets written {@code +01:00}, every spelling of UTC as
 * {@code UTC}).
 */
public final class TrinoDateTimes {
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?<year>[-+]?\\d{4,})-(?<month>\\d{1,2})-(?<day>\\d{1,2})"
                    + "(?: (?<hour>\\d{1,2}):(?<minute>\\d{1,2})(?::(?<second>\\d{1,2})(?:\\.(?<fraction>\\d+))?)?)?"
                    + "\\s*(?<zone>.+)?");
    private static final Pattern DATE = Pattern.compile("(?<year>[-+]?\\d{4,})-(?<month>\\d{1,2})-(?<day>\\d{1,2})");
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,2})(?::?(\\d{2}))?");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final Map<String, String> ZONES_BY_LOWER_CASE = new HashMap<>();

    static {
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZONES_BY_LOWER_CASE.put(id.toLowerCase(Locale.ROOT), id);
        }
        for (String utc : new String[] {"utc", "z", "zulu", "gmt", "ut", "uct", "universal", "etc/utc", "etc/gmt",
                "etc/uct", "etc/universal", "etc/zulu", "gmt0", "etc/gmt0", "greenwich", "etc/greenwich"}) {
            ZONES_BY_LOWER_CASE.put(utc, "UTC");
        }
    }

    private TrinoDateTimes() {
    }

    /** A parsed timestamp: the local date-time, how many fraction digits were written, and the zone if any. */
    public record ParsedTimestamp(LocalDateTime local, int fractionDigits, Optional<String> zone) {
    }

    /** Reads a timestamp as Trino's literals and casts do; empty if Trino would refuse it. */
    public static Optional<ParsedTimestamp> parseTimestamp(String text) {
        Matcher m = TIMESTAMP.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            String fraction = m.group("fraction") == null ? "" : m.group("fraction");
            int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group("year")),
                    Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day")),
                    m.group("hour") == null ? 0 : Integer.parseInt(m.group("hour")),
                    m.group("minute") == null ? 0 : Integer.parseInt(m.group("minute")),
                    m.group("second") == null ? 0 : Integer.parseInt(m.group("second")), nanos);
            if (m.group("zone") == null) {
                return Optional.of(new ParsedTimestamp(local, fraction.length(), Optional.empty()));
            }
            Optional<String> zone = zoneKey(m.group("zone").strip());
            return zone.map(z -> new ParsedTimestamp(local, fraction.length(), Optional.of(z)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Reads a date as Trino's {@code CAST(varchar AS date)} does; empty if Trino would refuse it. */
    public static Optional<LocalDate> parseDate(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
                    Integer.parseInt(m.group("day"))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Trino's name for a time zone, or empty if Trino knows no such zone. */
    public static Optional<String> zoneKey(String zone) {
        String trimmed = zone.strip();
        Matcher offset = OFFSET.matcher(trimmed);
        if (offset.matches()) {
            int hours = Integer.parseInt(offset.group(2));
            int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
            if (hours > 14 || minutes > 59) {
                return Optional.empty();
            }
            if (hours == 0 && minutes == 0) {
                return Optional.of("UTC");
            }
            return Optional.of(String.format(Locale.ROOT, "%s%02d:%02d", offset.group(1), hours, minutes));
        }
        return Optional.ofNullable(ZONES_BY_LOWER_CASE.get(trimmed.toLowerCase(Locale.ROOT)));
    }

    /** The java.time zone of a Trino zone name. */
    public static ZoneId zoneId(String trinoZone) {
        return trinoZone.equals("UTC") ? ZoneOffset.UTC : ZoneId.of(trinoZone);
    }

    /** A local date-time in the form DuckDB's TIMESTAMP casts read, to the microsecond. */
    public static String isoLocal(LocalDateTime local) {
        return LOCAL.format(local.withNano(local.getNano() / 1000 * 1000));
    }

    /** The fraction of a second with {@code digits} digits, e.g. {@code .123} for 3. */
    public static String fraction(LocalDateTime local, int digits) {
        if (digits <= 0) {
            return "";
        }
        String nanos = String.format(Locale.ROOT, "%09d", local.get(ChronoField.NANO_OF_SECOND));
        return "." + nanos.substring(0, Math.min(9, digits));
    }
}
