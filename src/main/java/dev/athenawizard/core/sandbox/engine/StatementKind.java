package dev.athenawizard.core.sandbox.engine;

import io.trino.sql.tree.CreateSchema;
import io.trino.sql.tree.CreateTable;
import io.trino.sql.tree.CreateTableAsSelect;
import io.trino.sql.tree.CreateView;
import io.trino.sql.tree.Delete;
import io.trino.sql.tree.DropSchema;
import io.trino.sql.tree.DropTable;
import io.trino.sql.tree.DropView;
import io.trino.sql.tree.Explain;
import io.trino.sql.tree.ExplainAnalyze;
import io.trino.sql.tree.Insert;
import io.trino.sql.tree.Merge;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.ShowColumns;
import io.trino.sql.tree.ShowCreate;
import io.trino.sql.tree.ShowSchemas;
import io.trino.sql.tree.ShowTables;
import io.trino.sql.tree.Statement;
import io.trino.sql.tree.Update;

/** Athena's {@code StatementType} (DML, DDL, UTILITY) and {@code SubstatementType} of a statement. */
public record StatementKind(String statementType, String substatementType) {
    public static final StatementKind SELECT = new StatementKind("DML", "SELECT");

    public boolean isSelect() {
        return equals(SELECT);
    }

    public static StatementKind of(Statement statement) {
        if (statement instanceof Query) {
            return SELECT;
        }
        if (statement instanceof Explain || statement instanceof ExplainAnalyze) {
            return new StatementKind("DML", "EXPLAIN");
        }
        if (statement instanceof Insert) {
            return new StatementKind("DML", "INSERT");
        }
        if (statement instanceof Update) {
            return new StatementKind("DML", "UPDATE");
        }
        if (statement instanceof Delete) {
            return new StatementKind("DML", "DELETE");
        }
        if (statement instanceof Merge) {
            return new StatementKind("DML", "MERGE");
        }
        if (statement instanceof ShowTables) {
            return new StatementKind("UTILITY", "SHOW_TABLES");
        }
        if (statement instanceof ShowSchemas) {
            return new StatementKind("UTILITY", "SHOW_DATABASES");
        }
        if (statement instanceof ShowColumns) {
            return new StatementKind("UTILITY", "DESCRIBE_TABLE");
        }
        if (statement instanceof ShowCreate) {
            return new StatementKind("UTILITY", "SHOW_CREATE_TABLE");
        }
        if (statement instanceof CreateTableAsSelect) {
            return new StatementKind("DDL", "CREATE_TABLE_AS_SELECT");
        }
        if (statement instanceof CreateTable) {
            return new StatementKind("DDL", "CREATE_TABLE");
        }
        if (statement instanceof CreateView) {
            return new StatementKind("DDL", "CREATE_VIEW");
        }
        if (statement instanceof DropTable) {
            return new StatementKind("DDL", "DROP_TABLE");
        }
        if (statement instanceof DropView) {
            return new StatementKind("DDL", "DROP_VIEW");
        }
        if (statement instanceof CreateSchema) {
            return new StatementKind("DDL", "CREATE_DATABASE");
        }
        if (statement instanceof DropSchema) {
            return new StatementKind("DDL", "DROP_DATABASE");
        }
        return new StatementKind("DDL", "UNKNOWN");
    }
}
