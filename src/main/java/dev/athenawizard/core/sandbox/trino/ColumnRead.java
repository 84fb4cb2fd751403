package dev.athenawizard.core.sandbox.trino;

/** A table column a query reads (Athena scans, and bills, only the columns a query reads). */
public record ColumnRead(String database, String table, String column) {
}
