package dev.athenawizard.core.sandbox.engine;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates DuckDB's errors into the Trino error names, messages and positions Athena reports, e.g. DuckDB's
 * {@code Binder Error: Referenced column "foo" not found} into
 * {@code COLUMN_NOT_FOUND: line 1:8: Column 'foo' cannot be resolved or requester is not authorized to access requested resources}.
 */
public final class EngineErrors {
    private static final Pattern KIND = Pattern.compile("^([A-Za-z ]+?) Error: (.*)", Pattern.DOTALL);
    private static final Pattern MISSING_COLUMN = Pattern.compile("Referenced column \"?([^\"]+?)\"? not found");
    private static final Pattern MISSING_QUALIFIED_COLUMN =
            Pattern.compile("\"([^\"]+)\" does not have a column named \"([^\"]+)\"");
    private static final Pattern MISSING_FUNCTION = Pattern.compile("Function with name \"?([^\"\\s!]+)\"? does not exist");
    private static final Pattern NO_MATCHING_FUNCTION =
            Pattern.compile("No function matches the given name and argument types '([^(]+)\\(([^)]*)\\)'");
    private static final Pattern MISSING_TABLE = Pattern.compile("Table with name \"?([^\"\\s!]+)\"? does not exist");
    private static final Pattern CARET = Pattern.compile("LINE (\\d+): (.*)\\n( *)\\^");

    private EngineErrors() {
    }

    /** Whether DuckDB stopped because the query was interrupted (StopQueryExecution). */
    public static boolean isInterrupt(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.startsWith("INTERRUPT") || message.contains("Interrupted");
    }

    public static QueryFailure translate(SQLException e, ParsedStatement statement) {
        String raw = String.valueOf(e.getMessage());
        Matcher kind = KIND.matcher(raw);
        String type = kind.matches() ? kind.group(1) : "";
        String text = firstLine(kind.matches() ? kind.group(2) : raw);
        SqlPosition caret = caretPosition(raw, statement.sql()).orElse(SqlPosition.START);

        Matcher m = MISSING_QUALIFIED_COLUMN.matcher(text);
        if (m.find()) {
            return columnNotFound(statement.columnPosition(m.group(1), m.group(2)).orElse(caret), m.group(1) + "." + m.group(2));
        }
        m = MISSING_COLUMN.matcher(text);
        if (m.find()) {
            return columnNotFound(statement.columnPosition(null, m.group(1)).orElse(caret), m.group(1));
        }
        m = MISSING_FUNCTION.matcher(text);
        if (m.find()) {
            return QueryFailure.at(statement.functionPosition(m.group(1)).orElse(caret), "FUNCTION_NOT_FOUND", 1303,
                    "Function '" + m.group(1).toLowerCase(java.util.Locale.ROOT) + "' not registered");
        }
        m = NO_MATCHING_FUNCTION.matcher(text);
        if (m.find()) {
            return QueryFailure.at(statement.functionPosition(m.group(1)).orElse(caret), "FUNCTION_NOT_FOUND", 1303,
                    "Unexpected parameters (" + m.group(2).toLowerCase(java.util.Locale.ROOT) + ") for function "
                            + m.group(1));
        }
        m = MISSING_TABLE.matcher(text);
        if (m.find()) {
            return QueryFailure.at(caret, "TABLE_NOT_FOUND", 1301, "Table '" + m.group(1) + "' does not exist");
        }
        return switch (type) {
            case "Conversion" -> QueryFailure.at(caret, "INVALID_CAST_ARGUMENT", 1100, text);
            case "Invalid Input" -> text.startsWith("Division by zero")
                    ? QueryFailure.at(caret, "DIVISION_BY_ZERO", 1001, "Division by zero")
                    : QueryFailure.at(caret, "INVALID_FUNCTION_ARGUMENT", 1000, text);
            case "Out of Range" -> QueryFailure.at(caret, "NUMERIC_VALUE_OUT_OF_RANGE", 1000, text);
            case "Binder" -> text.contains("type") || text.contains("cast")
                    ? QueryFailure.at(caret, "TYPE_MISMATCH", 1002, text)
                    : QueryFailure.at(caret, "GENERIC_USER_ERROR", 1000, text);
            case "Parser", "Not implemented" -> QueryFailure.at(caret, "NOT_SUPPORTED", 1200,
                    "The sandbox's engine (DuckDB) cannot run this statement: " + text);
            case "Permission" -> QueryFailure.at(caret, "PERMISSION_DENIED", 1000, text);
            case "Out of Memory" -> QueryFailure.of("EXCEEDED_LOCAL_MEMORY_LIMIT", QueryFailure.SYSTEM, 0,
                    "Query exhausted resources at this scale factor");
            default -> QueryFailure.of("GENERIC_INTERNAL_ERROR", QueryFailure.SYSTEM, 200, text);
        };
    }

    private static QueryFailure columnNotFound(SqlPosition position, String column) {
        return QueryFailure.at(position, "COLUMN_NOT_FOUND", 1006, "Column '" + column
                + "' cannot be resolved or requester is not authorized to access requested resources");
    }

    /**
     * The position DuckDB's caret points at. DuckDB shows the offending line, shortened with "..." when long, and a
     * caret under it; finding the shown snippet in the submitted line gives the column.
     */
    static Optional<SqlPosition> caretPosition(String message, String sql) {
        Matcher m = CARET.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        int line = Integer.parseInt(m.group(1));
        String shown = m.group(2);
        int caretInShown = m.group(3).length() - ("LINE " + m.group(1) + ": ").length();
        String[] lines = sql.split("\n", -1);
        if (line < 1 || line > lines.length || caretInShown < 0) {
            return Optional.empty();
        }
        boolean cutAtStart = shown.startsWith("...");
        String snippet = cutAtStart ? shown.substring(3) : shown;
        if (snippet.endsWith("...")) {
            snippet = snippet.substring(0, snippet.length() - 3);
        }
        int snippetStart = lines[line - 1].indexOf(snippet);
        if (snippetStart < 0) {
            return Optional.empty();
        }
        return Optional.of(new SqlPosition(line, snippetStart + caretInShown - (cutAtStart ? 3 : 0) + 1));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
