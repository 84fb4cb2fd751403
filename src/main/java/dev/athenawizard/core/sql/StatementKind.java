package dev.athenawizard.core.sql;

/**
 * What a statement does, in the words a user reads in a message ({@link #label()}), and whether it may run by itself.
 *
 * <p>Only {@link #SELECT} (which includes {@code WITH …} and {@code TABLE t}), {@link #VALUES}, {@link #SHOW},
 * {@link #DESCRIBE} and {@link #EXPLAIN} are read-only. {@link #EXPLAIN_ANALYZE} runs the statement it explains, so it
 * is read-only exactly when that statement is ({@link SqlAnalysis#readOnly()} decides). Everything else may change
 * data, tables, grants or the session, and never runs without the user asking for it.
 */
public enum StatementKind {
    SELECT("SELECT", true),
    VALUES("VALUES", true),
    SHOW("SHOW", true),
    DESCRIBE("DESCRIBE", true),
    EXPLAIN("EXPLAIN", true),
    EXPLAIN_ANALYZE("EXPLAIN ANALYZE", false),
    INSERT("INSERT", false),
    DELETE("DELETE", false),
    UPDATE("UPDATE", false),
    MERGE("MERGE", false),
    CREATE_TABLE("CREATE TABLE", false),
    CREATE_TABLE_AS_SELECT("CREATE TABLE AS SELECT", false),
    CREATE_VIEW("CREATE VIEW", false),
    CREATE_DATABASE("CREATE DATABASE", false),
    CREATE_OTHER("CREATE", false),
    DROP_TABLE("DROP TABLE", false),
    DROP_VIEW("DROP VIEW", false),
    DROP_DATABASE("DROP DATABASE", false),
    DROP_OTHER("DROP", false),
    ALTER("ALTER", false),
    TRUNCATE("TRUNCATE", false),
    MSCK_REPAIR_TABLE("MSCK REPAIR TABLE", false),
    UNLOAD("UNLOAD", false),
    OPTIMIZE("OPTIMIZE", false),
    VACUUM("VACUUM", false),
    GRANT("GRANT", false),
    REVOKE("REVOKE", false),
    PREPARE("PREPARE", false),
    EXECUTE("EXECUTE", false),
    DEALLOCATE("DEALLOCATE", false),
    USE("USE", false),
    SET("SET", false),
    /** Any other statement; {@link SqlAnalysis#statementName()} gives its first word. */
    OTHER("statement", false);

    private final String label;
    private final boolean readOnly;

    StatementKind(String label, boolean readOnly) {
        this.label = label;
        this.readOnly = readOnly;
    }

    /** How a message names it: {@code DROP TABLE}, {@code SELECT}, {@code MSCK REPAIR TABLE}. */
    public String label() {
        return label;
    }

    /**
     * Whether a statement of this kind only reads. For {@link #EXPLAIN_ANALYZE} this says false; ask
     * {@link SqlAnalysis#readOnly()}, which looks at the statement it explains.
     */
    public boolean readOnly() {
        return readOnly;
    }

    /** A query that returns rows and can take a LIMIT: SELECT, WITH, VALUES, TABLE t. */
    public boolean isQuery() {
        return this == SELECT || this == VALUES;
    }
}
