package dev.athenawizard.core.sandbox.trino.types;

import dev.athenawizard.core.sandbox.engine.SqlText;
import dev.athenawizard.core.sandbox.udf.Errors;
import java.util.List;

/** Pieces of the DuckDB SQL the translator writes: quoting, calls and casts. */
public final class Sql {
    private Sql() {
    }

    public static String identifier(String name) {
        return SqlText.identifier(name);
    }

    public static String literal(String text) {
        return SqlText.literal(text);
    }

    /** {@code name(arg, arg, …)}. */
    public static String call(String name, String... args) {
        return name + "(" + String.join(", ", args) + ")";
    }

    public static String call(String name, List<String> args) {
        return name + "(" + String.join(", ", args) + ")";
    }

    public static String cast(String sql, TrinoType type) {
        return "CAST(" + sql + " AS " + DuckRepresentation.sqlType(type) + ")";
    }

    public static String cast(String sql, String duckType) {
        return "CAST(" + sql + " AS " + duckType + ")";
    }

    /**
     * Fails the query at run time with a Trino error: DuckDB's {@code error()} carries a marker that the sandbox
     * turns back into the error name and message (see {@code EngineErrors}). {@code messageSql} is a SQL string
     * expression, so the message can show the offending value.
     */
    public static String fail(String errorName, String messageSql) {
        return "error(" + literal(Errors.PREFIX + errorName + Errors.SEPARATOR)
                + " || " + messageSql + ")";
    }

    /** {@link #fail} with a fixed message. */
    public static String failWith(String errorName, String message) {
        return fail(errorName, literal(message));
    }
}
