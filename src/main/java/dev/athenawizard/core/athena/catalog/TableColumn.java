package dev.athenawizard.core.athena.catalog;

/**
 * A column as the catalog declares it.
 *
 * @param name    the column name
 * @param type    a Hive DDL type string ({@code string}, {@code array<double>}, {@code decimal(10,2)}); these are
 *                not the names query results use ({@code varchar}, {@code array})
 * @param comment free text; empty when none
 */
public record TableColumn(String name, String type, String comment) {
    public TableColumn {
        type = type == null ? "" : type;
        comment = comment == null ? "" : comment;
    }
}
