package dev.athenawizard.core.athena.catalog;

import dev.athenawizard.core.athena.AthenaFailure;
import java.util.List;

/**
 * The tables of one database: those that could be read, and those that could not (one broken table must not hide the
 * others).
 *
 * @param tables the readable tables, sorted by name
 * @param broken the unreadable ones, with the reason
 */
public record TableListing(List<TableInfo> tables, List<BrokenTable> broken) {
    public TableListing {
        tables = List.copyOf(tables);
        broken = List.copyOf(broken);
    }

    /**
     * A table whose metadata could not be read.
     *
     * @param name   its name
     * @param reason what went wrong
     */
    public record BrokenTable(String name, AthenaFailure reason) {
    }
}
