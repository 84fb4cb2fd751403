package dev.athenawizard.core;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write and read them: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, or ISO-8601. */
public final class Durations {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");

    private Durations() {
    }

    /** Parses {@code 500ms}, {@code 30s}, {@code 2.5s}, {@code 5m}, {@code 1h}, a bare number of seconds, or ISO. */
    public static Duration parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Matcher m = SIMPLE.matcher(t);
        if (m.matches()) {
            double amount = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            double millis = switch (unit) {
                case "ms" -> amount;
                case "m", "min" -> amount * 60_000;
                case "h" -> amount * 3_600_000;
                default -> amount * 1000;
            };
            return Duration.ofMillis(Math.round(millis));
        }
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 30s, 5m, 1h or 500ms.");
        }
    }

    /** {@code 250 ms}, {@code 1.25 s}, {@code 30 s}, {@code 5 min}, {@code 1 h 30 min}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, ms % 1000 == 0 ? "%.0f s" : "%.2f s", ms / 1000.0);
        }
        long minutes = d.toMinutes();
        if (minutes < 60) {
            long seconds = d.toSecondsPart();
            return seconds == 0 ? minutes + " min" : minutes + " min " + seconds + " s";
        }
        long minutesPart = d.toMinutesPart();
        return d.toHours() + " h" + (minutesPart == 0 ? "" : " " + minutesPart + " min");
    }
}
