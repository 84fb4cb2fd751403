package dev.athenawizard.core.sandbox.engine;

/** Quoting for the few SQL statements the sandbox writes itself. */
public final class SqlText {
    private SqlText() {
    }

    public static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
