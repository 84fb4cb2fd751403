package dev.athenawizard.core.athena;

import dev.athenawizard.core.TypedText;
import dev.athenawizard.core.athena.AthenaFailure.Kind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Athena's explanations of a bad query into an {@link AthenaFailure}: the reason of a FAILED execution
 * ({@code TABLE_NOT_FOUND: line 1:15: Table 'x' does not exist}) and the message of a synchronous syntax error
 * ({@code line 1:8: mismatched input 'FORM'. Expecting: …}).
 */
public final class QueryErrorReasons {
    private static final Pattern ERROR_NAME = Pattern.compile("^\\s*([A-Z][A-Z0-9_]+): (.*)$", Pattern.DOTALL);
    private static final Pattern EXPECTING = Pattern.compile("Expecting: (.*)$", Pattern.DOTALL);
    private static final int EXPECTED_TOKENS_SHOWN = 8;
    /** A piece of the user's SQL that Athena (Trino) quotes in its message: a token, a table or column name. */
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    /** A qualified table name is shown whole up to this many characters; only a pasted blob is cut. */
    private static final int LONGEST_NAME_SHOWN = 300;

    private QueryErrorReasons() {
    }

    /** A FAILED execution's {@code StateChangeReason} (or {@code AthenaError.ErrorMessage}). */
    public static AthenaFailure failedQuery(String reason) {
        String text = reason == null || reason.isBlank() ? "Athena gave no reason." : reason.trim();
        Matcher named = ERROR_NAME.matcher(text);
        String errorName = named.matches() ? named.group(1) : "";
        String detail = named.matches() ? named.group(2) : text;
        Optional<SqlPosition> position = SqlPosition.find(detail);
        String what = readable(SqlPosition.withoutPosition(detail));
        Kind kind = kindOf(errorName, what);
        String message = switch (kind) {
            case TABLE_NOT_FOUND -> what + at(position) + ". Check the table name, and the database the query runs in.";
            case COLUMN_NOT_FOUND -> what + at(position) + ". Check the column name against the table's columns.";
            case DATABASE_NOT_FOUND -> what + at(position) + ". Check the database name; the catalog lists the ones you can read.";
            case SYNTAX_ERROR -> syntaxMessage(what, position);
            default -> "The query failed in Athena: " + text;
        };
        AthenaFailure failure = AthenaFailure.of(kind, message, text, null);
        return position.map(failure::at).orElse(failure);
    }

    /** A synchronous {@code MALFORMED_QUERY} answer of StartQueryExecution. */
    public static AthenaFailure syntaxError(String athenaMessage, Throwable cause) {
        Optional<SqlPosition> position = SqlPosition.find(athenaMessage);
        String message = syntaxMessage(readable(SqlPosition.withoutPosition(athenaMessage)), position);
        AthenaFailure failure = AthenaFailure.of(Kind.SYNTAX_ERROR, message, athenaMessage, cause);
        return position.map(failure::at).orElse(failure);
    }

    private static Kind kindOf(String errorName, String what) {
        switch (errorName) {
            case "TABLE_NOT_FOUND":
                return Kind.TABLE_NOT_FOUND;
            case "COLUMN_NOT_FOUND":
                return Kind.COLUMN_NOT_FOUND;
            case "SCHEMA_NOT_FOUND":
                return Kind.DATABASE_NOT_FOUND;
            case "SYNTAX_ERROR": // engine v2 put most analysis errors under this name
                if (what.matches("(?s)Table .* does not exist.*")) {
                    return Kind.TABLE_NOT_FOUND;
                }
                if (what.matches("(?s)Column .* cannot be resolved.*")) {
                    return Kind.COLUMN_NOT_FOUND;
                }
                if (what.matches("(?s)Schema .* does not exist.*")) {
                    return Kind.DATABASE_NOT_FOUND;
                }
                return Kind.SYNTAX_ERROR;
            default:
                return Kind.QUERY_FAILED;
        }
    }

    /**
     * Athena's words with the user's text they quote escaped as {@link TypedText} shows typed text, and cut when
     * longer than any name: a token of 100,000 characters, a zero-width space or half an emoji pasted into the SQL
     * would make the message unreadable.
     */
    static String readable(String what) {
        Matcher m = QUOTED.matcher(what);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String quoted = m.group(1);
            String shown = quoted.codePointCount(0, quoted.length()) <= LONGEST_NAME_SHOWN
                    ? "'" + TypedText.escaped(quoted) + "'" : TypedText.quoted(quoted, '\'');
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return TypedText.escaped(out.toString());
    }

    private static String syntaxMessage(String what, Optional<SqlPosition> position) {
        return "Syntax error" + position.map(p -> " at " + p).orElse("") + ": " + compactExpecting(what)
                + " Correct the SQL there and run it again.";
    }

    private static String at(Optional<SqlPosition> position) {
        return position.map(p -> " (" + p + ")").orElse("");
    }

    /** Trino lists every token it would accept; a few are enough to see the mistake. */
    static String compactExpecting(String what) {
        Matcher m = EXPECTING.matcher(what);
        if (!m.find()) {
            return what.endsWith(".") ? what : what + ".";
        }
        String[] tokens = m.group(1).trim().split(",\\s+(?=['<])");
        if (tokens.length <= EXPECTED_TOKENS_SHOWN) {
            return what.endsWith(".") ? what : what + ".";
        }
        StringBuilder shown = new StringBuilder(what.substring(0, m.start())).append("Expecting: ");
        for (int i = 0; i < EXPECTED_TOKENS_SHOWN; i++) {
            shown.append(tokens[i]).append(", ");
        }
        return shown.append("… (").append(tokens.length - EXPECTED_TOKENS_SHOWN).append(" more).").toString();
    }
}
