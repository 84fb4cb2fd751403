package dev.athenawizard.core.athena;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 1-based line and column in the SQL the user submitted, as Athena reports it ({@code line 3:14: …}).
 *
 * @param line   1-based line
 * @param column 1-based column
 */
public record SqlPosition(int line, int column) {
    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+):(\\d+)");

    public SqlPosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** The first {@code line L:C} in an Athena message (the same form in FAILED reasons and synchronous errors). */
    public static Optional<SqlPosition> find(String athenaMessage) {
        if (athenaMessage == null) {
            return Optional.empty();
        }
        Matcher m = LINE_COLUMN.matcher(athenaMessage);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SqlPosition(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (IllegalArgumentException e) { // line 0, or digits beyond int
            return Optional.empty();
        }
    }

    /** The message without its leading {@code line L:C: } prefix, for showing next to the position. */
    public static String withoutPosition(String athenaMessage) {
        return athenaMessage == null ? "" : athenaMessage.replaceFirst("^\\s*line \\d+:\\d+:\\s*", "");
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
