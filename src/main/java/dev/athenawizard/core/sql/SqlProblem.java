package dev.athenawizard.core.sql;

import dev.athenawizard.core.athena.SqlPosition;
import java.util.Objects;

/**
 * Why a statement cannot run as it is, or was not checked, and where in the user's text.
 *
 * @param kind     what kind of problem
 * @param message  a sentence for the user, naming the line and column
 * @param position 1-based line and column, as Athena would report it
 * @param start    offset of the first character to underline
 * @param end      offset just after the last character to underline ({@code >= start}; equal only in empty text)
 */
public record SqlProblem(Kind kind, String message, SqlPosition position, int start, int end) {

    public enum Kind {
        /** The text does not parse; Athena would refuse it with this message. An error. */
        SYNTAX_ERROR,
        /** The text holds a second statement; Athena runs one at a time. An error. */
        MULTIPLE_STATEMENTS,
        /**
         * Athena's own syntax that Trino's parser does not know (Hive DDL, {@code MSCK}, {@code UNLOAD}, backquoted
         * names in DDL), or brackets nested too deep to parse quickly: not an error, but nothing is known about it,
         * and it never runs by itself.
         */
        NOT_CHECKED
    }

    public SqlProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(position, "position");
        if (end < start) {
            throw new IllegalArgumentException("end before start: " + start + ".." + end);
        }
    }

    public boolean isError() {
        return kind != Kind.NOT_CHECKED;
    }
}
