package dev.athenawizard.core.sandbox.engine;

import dev.athenawizard.core.sandbox.udf.Errors;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the errors DuckDB raises while running a translated query into the Trino error names and messages
 * Athena reports. Errors the translated SQL raises on purpose carry their Trino name (see {@link Errors}); DuckDB's
 * own ones — integer overflow, division by zero, out-of-range casts — are renamed. Like Athena's, errors found while
 * running carry no position; those a query's analysis finds carry the user's line and column.
 */
public final class EngineErrors {
    private static final Pattern KIND = Pattern.compile("^([A-Za-z ]+?) Error: (.*)", Pattern.DOTALL);
    private static final Pattern OVERFLOW = Pattern.compile(
            "Overflow in (addition|subtraction|multiplication|division|negation) of (INT8|INT16|INT32|INT64|INT128)"
                    + "(?: \\((.*)\\))?!?");
    private static final Pattern OVERFLOW_DIVISION = Pattern.compile("Overflow in division of (.*)");
    private static final Pattern CAST_RANGE = Pattern.compile(
            "Type \\w+ with value (\\S+) can't be cast because the value is out of range for the destination type (\\w+)");
    private static final Pattern DECIMAL_RANGE = Pattern.compile("Casting value \"([^\"]*)\" to type (DECIMAL\\([^)]*\\)) failed");
    private static final Pattern NOT_AGGREGATE = Pattern.compile(
            "column \"([^\"]+)\" must appear in the GROUP BY clause or must be part of an aggregate function");
    private static final Pattern UNKNOWN_ZONE = Pattern.compile("Unknown TimeZone '([^']*)'");
    private static final Map<String, String> INTEGER_NAMES = Map.of("INT8", "tinyint", "INT16", "smallint",
            "INT32", "integer", "INT64", "bigint", "INT128", "decimal");
    private static final Map<String, Integer> ERROR_TYPES = Map.of("DIVISION_BY_ZERO", 1001, "TYPE_MISMATCH", 1002,
            "COLUMN_NOT_FOUND", 1006, "INVALID_CAST_ARGUMENT", 1100, "NOT_SUPPORTED", 1200, "TABLE_NOT_FOUND", 1301,
            "SCHEMA_NOT_FOUND", 1301, "FUNCTION_NOT_FOUND", 1303);

    private EngineErrors() {
    }

    /** Athena's {@code ErrorType} for an error name (1000, a user error, for most). */
    public static int errorType(String errorName) {
        return ERROR_TYPES.getOrDefault(errorName, 1000);
    }

    /** Whether DuckDB stopped because the query was interrupted (StopQueryExecution). */
    public static boolean isInterrupt(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.startsWith("INTERRUPT") || message.contains("Interrupted");
    }

    public static QueryFailure translate(SQLException e, ParsedStatement statement) {
        String raw = String.valueOf(e.getMessage());
        Optional<Errors.Marked> marked = Errors.find(raw);
        if (marked.isPresent()) {
            return runtime(marked.get().errorName(), marked.get().message());
        }
        Matcher kind = KIND.matcher(raw);
        String type = kind.matches() ? kind.group(1) : "";
        String text = firstLine(kind.matches() ? kind.group(2) : raw);
        if (text.startsWith("Division by zero")) {
            return runtime("DIVISION_BY_ZERO", "Division by zero");
        }
        Matcher m = OVERFLOW.matcher(text);
        if (m.find()) {
            String operands = m.group(3) == null ? "" : ": " + m.group(3);
            return runtime("NUMERIC_VALUE_OUT_OF_RANGE", INTEGER_NAMES.get(m.group(2)) + " " + m.group(1) + " overflow"
                    + operands);
        }
        m = OVERFLOW_DIVISION.matcher(text);
        if (m.find()) {
            return runtime("NUMERIC_VALUE_OUT_OF_RANGE", "division overflow: " + m.group(1));
        }
        m = CAST_RANGE.matcher(text);
        if (m.find()) {
            String target = INTEGER_NAMES.getOrDefault(m.group(2), m.group(2).toLowerCase(Locale.ROOT));
            return runtime("NUMERIC_VALUE_OUT_OF_RANGE", "Out of range for " + target + ": " + m.group(1));
        }
        m = DECIMAL_RANGE.matcher(text);
        if (m.find()) {
            return runtime("NUMERIC_VALUE_OUT_OF_RANGE", "Cannot cast '" + m.group(1) + "' to "
                    + m.group(2).toLowerCase(Locale.ROOT).replace(" ", ""));
        }
        if (text.startsWith("Map keys must be unique")) {
            return runtime("INVALID_FUNCTION_ARGUMENT", "Duplicate map keys are not allowed");
        }
        if (text.startsWith("More than one row returned by a subquery")) {
            return runtime("SUBQUERY_MULTIPLE_ROWS", "Scalar sub-query has returned multiple rows");
        }
        m = UNKNOWN_ZONE.matcher(text);
        if (m.find()) {
            return runtime("INVALID_FUNCTION_ARGUMENT", "Time zone not supported: " + m.group(1));
        }
        m = NOT_AGGREGATE.matcher(text);
        if (m.find()) {
            String column = m.group(1);
            column = column.contains(".") ? column.substring(column.lastIndexOf('.') + 1) : column;
            SqlPosition position = statement.columnPosition(null, column).orElse(SqlPosition.START);
            return QueryFailure.at(position, "EXPRESSION_NOT_AGGREGATE", 1000, "'" + column
                    + "' must be an aggregate expression or appear in GROUP BY clause");
        }
        return switch (type) {
            case "Conversion" -> runtime("INVALID_CAST_ARGUMENT", text);
            case "Invalid Input" -> runtime("INVALID_FUNCTION_ARGUMENT", text);
            case "Out of Range" -> runtime("NUMERIC_VALUE_OUT_OF_RANGE", text);
            case "Binder", "Parser", "Not implemented", "Catalog" -> QueryFailure.of("NOT_SUPPORTED", QueryFailure.USER,
                    1200, "The sandbox's engine (DuckDB) cannot run this query as written: " + text
                            + ". Athena may run it; try it on Athena");
            case "Permission" -> QueryFailure.of("PERMISSION_DENIED", QueryFailure.USER, 1000, text);
            case "Out of Memory" -> QueryFailure.of("EXCEEDED_LOCAL_MEMORY_LIMIT", QueryFailure.SYSTEM, 0,
                    "Query exhausted resources at this scale factor");
            default -> QueryFailure.of("GENERIC_INTERNAL_ERROR", QueryFailure.SYSTEM, 200, text);
        };
    }

    /** An error found while running, named as Trino names it; Athena shows no position for these. */
    private static QueryFailure runtime(String errorName, String message) {
        return QueryFailure.of(errorName, QueryFailure.USER, errorType(errorName), message);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
