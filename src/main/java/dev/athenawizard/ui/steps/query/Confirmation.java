package dev.athenawizard.ui.steps.query;

import dev.athenawizard.core.sql.SqlAnalysis;
import dev.athenawizard.core.sql.TableReference;

/**
 * What the user is asked before a statement that may change data or tables runs: what it will do, where, and the
 * statement itself. Built from the local analysis, so it names the statement as Athena would.
 *
 * @param title    the dialog's title, e.g. "Run DROP TABLE?"
 * @param message  what it will do and where: "DROP TABLE deletes a table and its definition …"
 * @param sql      the statement exactly as it will be sent
 * @param runLabel the button that runs it, e.g. "Run DROP TABLE"
 */
public record Confirmation(String title, String message, String sql, String runLabel) {

    static Confirmation of(SqlAnalysis analysis, String sentSql, String workgroup, String database) {
        String name = analysis.statementName();
        String where = " It runs in workgroup " + workgroup + (database.isEmpty() ? "" : ", database " + database)
                + ", and the wizard cannot undo it.";
        return new Confirmation("Run " + name + "?", name + " " + effect(analysis) + "." + where, sentSql,
                "Run " + name);
    }

    /** What a statement of this kind does, in a few words. */
    private static String effect(SqlAnalysis analysis) {
        String target = analysis.tables().stream().findFirst().map(TableReference::writtenName).orElse("a table");
        return switch (analysis.kind()) {
            case DELETE -> "removes rows of " + target;
            case UPDATE, MERGE -> "changes rows of " + target;
            case TRUNCATE -> "removes every row of a table";
            case INSERT -> "adds rows to a table";
            case DROP_TABLE -> "deletes a table from the catalog";
            case DROP_VIEW -> "deletes a view from the catalog";
            case DROP_DATABASE -> "deletes a database from the catalog";
            case DROP_OTHER -> "deletes something from the catalog";
            case CREATE_TABLE_AS_SELECT -> "creates a table and writes the query's whole result to S3, billed for "
                    + "everything it scans";
            case CREATE_TABLE, CREATE_VIEW, CREATE_DATABASE, CREATE_OTHER -> "creates something in the catalog";
            case ALTER -> "changes a table's definition";
            case MSCK_REPAIR_TABLE -> "adds the partitions it finds in S3 to the catalog";
            case UNLOAD -> "writes the query's whole result to S3, billed for everything it scans";
            case OPTIMIZE, VACUUM -> "rewrites a table's files";
            case GRANT, REVOKE -> "changes who may do what";
            case EXPLAIN_ANALYZE -> "runs the statement it explains";
            default -> "may change data, tables or settings";
        };
    }
}
