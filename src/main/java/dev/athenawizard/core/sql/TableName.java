package dev.athenawizard.core.sql;

import java.util.Locale;
import java.util.Objects;

/**
 * A table's full name as Athena resolves it: catalog, database and table, lower-cased (Glue keeps names lower-case
 * and Athena matches them case-insensitively, quoted or not).
 *
 * @param catalog  the data catalog, e.g. {@code awsdatacatalog}
 * @param database the database; empty when the table was written without one and no default database was given
 * @param table    the table (or view)
 */
public record TableName(String catalog, String database, String table) {
    public TableName {
        catalog = lower(catalog);
        database = lower(database);
        table = lower(Objects.requireNonNull(table, "table"));
    }

    public static TableName of(String catalog, String database, String table) {
        return new TableName(catalog, database, table);
    }

    /** {@code database.table}, or just {@code table} when the database is unknown. */
    public String shortName() {
        return database.isEmpty() ? table : database + "." + table;
    }

    private static String lower(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return catalog + "." + shortName();
    }
}
