package dev.athenawizard.ui.controls.sql;

import java.util.Objects;

/**
 * Something wrong at a place in the query, to underline there with {@code message} on hover: a syntax error from
 * the local parser, or an error Athena reported, mapped back to the user's own text.
 *
 * <p>Lines and columns are 1-based, as Trino and Athena report them ({@code line 3:14}); a column counts characters.
 * The range ends before {@code endLine:endColumn}. A problem given by one position only ({@link #at}) underlines the
 * word that starts there, or one character.
 *
 * @param line      1-based line of the first character
 * @param column    1-based column of the first character
 * @param endLine   1-based line of the end
 * @param endColumn 1-based column just after the last character; equal to the start for "the word here"
 * @param message   what is wrong, in the user's words, shown on hover
 */
public record SqlProblem(int line, int column, int endLine, int endColumn, String message) {
    public SqlProblem {
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1 || endLine < line || endLine == line && endColumn < column) {
            throw new IllegalArgumentException("Not a range of 1-based positions: " + line + ":" + column + " to "
                    + endLine + ":" + endColumn);
        }
    }

    /** A problem at one position: the word that starts there is underlined. */
    public static SqlProblem at(int line, int column, String message) {
        return new SqlProblem(line, column, line, column, message);
    }

    /** Whether only a position was given, not a range. */
    public boolean isPoint() {
        return line == endLine && column == endColumn;
    }
}
