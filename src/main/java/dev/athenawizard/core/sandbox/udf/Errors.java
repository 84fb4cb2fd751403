package dev.athenawizard.core.sandbox.udf;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an error raised inside DuckDB on purpose (by the translated SQL's {@code error()} calls or by the sandbox's
 * Java functions) names the Trino error Athena would report: the message carries {@code TRINO_ERROR[NAME]: text},
 * which the sandbox finds again in DuckDB's error message.
 */
public final class Errors {
    public static final String PREFIX = "TRINO_ERROR[";
    public static final String SEPARATOR = "]: ";
    private static final Pattern MARKED = Pattern.compile("TRINO_ERROR\\[([A-Z_]+)]: (.*)", Pattern.DOTALL);

    private Errors() {
    }

    /** A Trino error named in an engine message. */
    public record Marked(String errorName, String message) {
    }

    /** An exception for a Java function to throw, e.g. {@code of("INVALID_FUNCTION_ARGUMENT", "…")}. */
    public static IllegalArgumentException of(String errorName, String message) {
        return new IllegalArgumentException(PREFIX + errorName + SEPARATOR + message);
    }

    public static Optional<Marked> find(String engineMessage) {
        Matcher m = MARKED.matcher(engineMessage);
        if (!m.find()) {
            return Optional.empty();
        }
        String message = m.group(2);
        int end = message.indexOf('\n');
        return Optional.of(new Marked(m.group(1), (end < 0 ? message : message.substring(0, end)).strip()));
    }
}
