package dev.athenawizard.core.sandbox.udf;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trino's {@code format_datetime}/{@code parse_datetime} (Joda-Time patterns, which mostly read as java.time's:
 * Joda's {@code y} is java.time's {@code u}, its {@code Z}/{@code ZZ} offsets {@code xx}/{@code xxx}) and the ISO 8601
 * functions {@code from_iso8601_timestamp}, {@code from_iso8601_date} and {@code to_iso8601}.
 */
public final class JodaDateFormats {
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();
    private static final Pattern ISO_TIMESTAMP = Pattern.compile("(?<date>[+-]?\\d{4}(?:-\\d{2}(?:-\\d{2})?|-\\d{3}|-W\\d{2}(?:-\\d)?)?)"
            + "(?:T(?<time>\\d{2}(?::?\\d{2}(?::?\\d{2}(?:[.,]\\d+)?)?)?)(?<offset>Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

    private JodaDateFormats() {
    }

    /** A zoned value parsed from text: its instant and its zone as Trino names it. */
    public record Zoned(OffsetDateTime instant, String zone) {
    }

    public static String format(LocalDateTime local, String zone, String pattern) {
        DateTimeFormatter formatter = formatter(pattern);
        return formatter.format(local.atZone(TrinoDateTimes.zoneId(zone)));
    }

    public static Zoned parse(String text, String pattern) {
        DateTimeFormatter formatter = formatter(pattern);
        try {
            TemporalAccessor parsed = formatter.parse(text);
            ZoneId zone = parsed.query(TemporalQueries.zone());
            LocalDateTime local = LocalDateTime.of(
                    parsed.isSupported(ChronoField.YEAR) ? parsed.get(ChronoField.YEAR) : 1970,
                    parsed.isSupported(ChronoField.MONTH_OF_YEAR) ? parsed.get(ChronoField.MONTH_OF_YEAR) : 1,
                    parsed.isSupported(ChronoField.DAY_OF_MONTH) ? parsed.get(ChronoField.DAY_OF_MONTH) : 1,
                    parsed.isSupported(ChronoField.HOUR_OF_DAY) ? parsed.get(ChronoField.HOUR_OF_DAY) : 0,
                    parsed.isSupported(ChronoField.MINUTE_OF_HOUR) ? parsed.get(ChronoField.MINUTE_OF_HOUR) : 0,
                    parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0,
                    parsed.isSupported(ChronoField.MILLI_OF_SECOND) ? parsed.get(ChronoField.MILLI_OF_SECOND) * 1_000_000 : 0);
            String trinoZone = zone == null ? "UTC" : zoneName(zone);
            ZonedDateTime zoned = local.atZone(zone == null ? ZoneOffset.UTC : zone);
            return new Zoned(zoned.toOffsetDateTime(), trinoZone);
        } catch (DateTimeParseException e) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", "Invalid format: \"" + text + "\"");
        }
    }

    private static DateTimeFormatter formatter(String pattern) {
        return FORMATTERS.computeIfAbsent(pattern, p -> {
            try {
                return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(javaPattern(p))
                        .toFormatter(Locale.ENGLISH);
            } catch (IllegalArgumentException e) {
                throw Errors.of("INVALID_FUNCTION_ARGUMENT", "Invalid pattern: " + p);
            }
        });
    }

    /** A Joda pattern in java.time's letters. */
    static String javaPattern(String joda) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < joda.length()) {
            char c = joda.charAt(i);
            if (c == '\'') {
                int end = joda.indexOf('\'', i + 1);
                end = end < 0 ? joda.length() - 1 : end;
                out.append(joda, i, end + 1);
                i = end + 1;
                continue;
            }
            int run = 1;
            while (i + run < joda.length() && joda.charAt(i + run) == c) {
                run++;
            }
            String letters = Character.toString(c).repeat(run);
            out.append(switch (c) {
                case 'y' -> "u".repeat(run);
                case 'Y' -> "y".repeat(run);
                case 'x' -> "Y".repeat(run);
                case 'Z' -> run == 1 ? "xx" : run == 2 ? "xxx" : "VV";
                default -> letters;
            });
            i += run;
        }
        return out.toString();
    }

    /** {@code from_iso8601_timestamp}: the instant and zone of ISO 8601 text (no offset: Athena's session zone, UTC). */
    public static Zoned iso8601Timestamp(String text) {
        Matcher m = ISO_TIMESTAMP.matcher(text.strip());
        if (!m.matches()) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", "Invalid format: \"" + text + "\"");
        }
        try {
            LocalDateTime local = iso8601Date(m.group("date")).atStartOfDay();
            if (m.group("time") != null) {
                local = local.with(time(m.group("time")));
            }
            String offset = m.group("offset");
            String zone = offset == null ? "UTC" : TrinoDateTimes.zoneKey(offset.equals("Z") ? "UTC" : offset).orElseThrow();
            return new Zoned(local.atZone(TrinoDateTimes.zoneId(zone)).toOffsetDateTime(), zone);
        } catch (DateTimeException | java.util.NoSuchElementException e) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", "Invalid format: \"" + text + "\"");
        }
    }

    private static java.time.LocalTime time(String text) {
        String digits = text.replace(":", "");
        int hour = Integer.parseInt(digits.substring(0, 2));
        int minute = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        int second = digits.length() >= 6 ? Integer.parseInt(digits.substring(4, 6)) : 0;
        int nanos = 0;
        if (digits.length() > 7) {
            String fraction = (digits.substring(7) + "000000000").substring(0, 9);
            nanos = Integer.parseInt(fraction) / 1_000_000 * 1_000_000;
        }
        return java.time.LocalTime.of(hour, minute, second, nanos);
    }

    /** {@code from_iso8601_date}: a calendar date, a year-month, a year, an ordinal date or an ISO week date. */
    public static java.time.LocalDate iso8601Date(String text) {
        String t = text.strip();
        try {
            if (t.matches("[+-]?\\d{4}")) {
                return java.time.LocalDate.of(Integer.parseInt(t), 1, 1);
            }
            if (t.matches("[+-]?\\d{4}-\\d{2}")) {
                return java.time.LocalDate.parse(t + "-01");
            }
            if (t.matches("[+-]?\\d{4}-\\d{3}")) {
                return java.time.LocalDate.parse(t, DateTimeFormatter.ISO_ORDINAL_DATE);
            }
            if (t.matches("[+-]?\\d{4}-W\\d{2}")) {
                return java.time.LocalDate.parse(t + "-1", DateTimeFormatter.ISO_WEEK_DATE);
            }
            if (t.matches("[+-]?\\d{4}-W\\d{2}-\\d")) {
                return java.time.LocalDate.parse(t, DateTimeFormatter.ISO_WEEK_DATE);
            }
            return java.time.LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", "Invalid format: \"" + text + "\"");
        }
    }

    /** {@code to_iso8601} of a zoned timestamp: local date-time, fraction to {@code precision}, offset or Z. */
    public static String toIso8601(LocalDateTime local, String zone, int precision) {
        ZoneOffset offset = local.atZone(TrinoDateTimes.zoneId(zone)).getOffset();
        String text = local.toLocalDate() + "T" + String.format(Locale.ROOT, "%02d:%02d:%02d", local.getHour(),
                local.getMinute(), local.getSecond()) + TrinoDateTimes.fraction(local, precision);
        return text + (offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
    }

    private static String zoneName(ZoneId zone) {
        if (zone instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : offset.getId();
        }
        return TrinoDateTimes.zoneKey(zone.getId()).orElse(zone.getId());
    }
}
