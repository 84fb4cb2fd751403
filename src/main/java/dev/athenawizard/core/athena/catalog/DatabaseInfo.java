package dev.athenawizard.core.athena.catalog;

/**
 * A database (schema) in a data catalog.
 *
 * @param name        its name
 * @param description free text; empty when none
 */
public record DatabaseInfo(String name, String description) {
    public DatabaseInfo {
        description = description == null ? "" : description;
    }
}
