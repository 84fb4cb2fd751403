package dev.athenawizard.core.sandbox.udf;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.SignStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Trino's {@code date_format} and {@code date_parse}, with MySQL's format specifiers as Trino's documentation lists
 * them ({@code %Y-%m-%d %H:%i:%s}; {@code %D %U %u %V %w %X} are refused as in Trino).
 */
public final class MySqlDateFormats {
    private static final String UNSUPPORTED = "DUuVwX";
    private static final Map<String, DateTimeFormatter> PARSERS = new ConcurrentHashMap<>();

    private MySqlDateFormats() {
    }

    public static String format(LocalDateTime t, String format) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char spec = format.charAt(++i);
            if (UNSUPPORTED.indexOf(spec) >= 0) {
                throw Errors.of("INVALID_FUNCTION_ARGUMENT", "%" + spec + " not supported in date format string");
            }
            out.append(switch (spec) {
                case 'a' -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                case 'b' -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                case 'c' -> Integer.toString(t.getMonthValue());
                case 'd' -> two(t.getDayOfMonth());
                case 'e' -> Integer.toString(t.getDayOfMonth());
                case 'f' -> String.format(Locale.ROOT, "%06d", t.getNano() / 1_000_000 * 1000);
                case 'H' -> two(t.getHour());
                case 'h', 'I' -> two(clockHour(t));
                case 'i' -> two(t.getMinute());
                case 'j' -> String.format(Locale.ROOT, "%03d", t.getDayOfYear());
                case 'k' -> Integer.toString(t.getHour());
                case 'l' -> Integer.toString(clockHour(t));
                case 'M' -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case 'm' -> two(t.getMonthValue());
                case 'p' -> t.getHour() < 12 ? "AM" : "PM";
                case 'r' -> two(clockHour(t)) + ":" + two(t.getMinute()) + ":" + two(t.getSecond()) + " "
                        + (t.getHour() < 12 ? "AM" : "PM");
                case 'S', 's' -> two(t.getSecond());
                case 'T' -> two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond());
                case 'v' -> two(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case 'W' -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case 'x' -> String.format(Locale.ROOT, "%04d", t.get(IsoFields.WEEK_BASED_YEAR));
                case 'Y' -> String.format(Locale.ROOT, "%04d", t.getYear());
                case 'y' -> two(Math.floorMod(t.getYear(), 100));
                default -> Character.toString(spec);
            });
        }
        return out.toString();
    }

    public static LocalDateTime parse(String text, String format) {
        DateTimeFormatter parser = PARSERS.computeIfAbsent(format, MySqlDateFormats::parser);
        try {
            return LocalDateTime.parse(text, parser);
        } catch (DateTimeParseException e) {
            int at = e.getErrorIndex();
            String detail = at <= 0 ? "" : at >= text.length() ? " is too short" : " is malformed at \"" + text.substring(at) + "\"";
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", "Invalid format: \"" + text + "\"" + detail);
        } catch (DateTimeException e) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", e.getMessage());
        }
    }

    private static DateTimeFormatter parser(String format) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                b.appendLiteral(c);
                continue;
            }
            char spec = format.charAt(++i);
            if (UNSUPPORTED.indexOf(spec) >= 0) {
                throw Errors.of("INVALID_FUNCTION_ARGUMENT", "%" + spec + " not supported in date format string");
            }
            seen.add(spec);
            switch (spec) {
                case 'a' -> b.appendText(ChronoField.DAY_OF_WEEK, TextStyle.SHORT);
                case 'b' -> b.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT);
                case 'c', 'm' -> b.appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE);
                case 'd', 'e' -> b.appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE);
                case 'f' -> b.appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, false);
                case 'H', 'k' -> b.appendValue(ChronoField.HOUR_OF_DAY, 1, 2, SignStyle.NOT_NEGATIVE);
                case 'h', 'I', 'l' -> b.appendValue(ChronoField.CLOCK_HOUR_OF_AMPM, 1, 2, SignStyle.NOT_NEGATIVE);
                case 'i' -> b.appendValue(ChronoField.MINUTE_OF_HOUR, 1, 2, SignStyle.NOT_NEGATIVE);
                case 'j' -> b.appendValue(ChronoField.DAY_OF_YEAR, 1, 3, SignStyle.NOT_NEGATIVE);
                case 'M' -> b.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.FULL);
                case 'p' -> b.appendText(ChronoField.AMPM_OF_DAY, TextStyle.SHORT);
                case 'r' -> b.appendPattern("hh:mm:ss a");
                case 'S', 's' -> b.appendValue(ChronoField.SECOND_OF_MINUTE, 1, 2, SignStyle.NOT_NEGATIVE);
                case 'T' -> b.appendPattern("HH:mm:ss");
                case 'v' -> b.appendValue(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1, 2, SignStyle.NOT_NEGATIVE);
                case 'W' -> b.appendText(ChronoField.DAY_OF_WEEK, TextStyle.FULL);
                case 'x' -> b.appendValue(IsoFields.WEEK_BASED_YEAR, 4);
                case 'Y' -> b.appendValue(ChronoField.YEAR, 4);
                case 'y' -> b.appendValueReduced(ChronoField.YEAR, 2, 2, 1970);
                default -> b.appendLiteral(spec);
            }
        }
        boolean year = seen.contains('Y') || seen.contains('y') || seen.contains('x');
        if (!year) {
            b.parseDefaulting(ChronoField.YEAR, 1970);
        }
        if (!seen.contains('j') && !seen.contains('v')) {
            if (!seen.contains('m') && !seen.contains('c') && !seen.contains('M') && !seen.contains('b')) {
                b.parseDefaulting(ChronoField.MONTH_OF_YEAR, 1);
            }
            if (!seen.contains('d') && !seen.contains('e')) {
                b.parseDefaulting(ChronoField.DAY_OF_MONTH, 1);
            }
        }
        boolean twelveHour = seen.contains('h') || seen.contains('I') || seen.contains('l') || seen.contains('r');
        boolean hour = seen.contains('H') || seen.contains('k') || seen.contains('T') || twelveHour;
        if (!hour) {
            b.parseDefaulting(ChronoField.HOUR_OF_DAY, 0);
        } else if (twelveHour && !seen.contains('p') && !seen.contains('r')) {
            b.parseDefaulting(ChronoField.AMPM_OF_DAY, 0);
        }
        if (!seen.contains('i') && !seen.contains('T') && !seen.contains('r')) {
            b.parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0);
        }
        if (!seen.contains('s') && !seen.contains('S') && !seen.contains('T') && !seen.contains('r')) {
            b.parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0);
        }
        return b.toFormatter(Locale.ENGLISH);
    }

    private static int clockHour(LocalDateTime t) {
        int hour = t.getHour() % 12;
        return hour == 0 ? 12 : hour;
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
