package dev.athenawizard.core.sql.completion;

/** A table of the catalog, by database and name. */
public record TableName(String database, String table) {
}
