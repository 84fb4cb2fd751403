package dev.athenawizard.core.athena.catalog;

import dev.athenawizard.core.athena.AthenaFailure;
import java.util.List;
import java.util.Optional;

/**
 * The tables of one database: those that could be read, and those that could not (one broken table must not hide the
 * others).
 *
 * @param tables         the readable tables, sorted by name
 * @param broken         the unreadable ones, with the reason
 * @param unread         names of tables whose columns were not read, sorted: when Athena could not list the database
 *                       in one call, the names come from the Glue catalog and each table is described on its own
 *                       ({@link CatalogService#table}), so the one that breaks the listing breaks only itself
 * @param listingFailure why the one-call listing failed, when {@code unread} came from that fallback
 */
public record TableListing(List<TableInfo> tables, List<BrokenTable> broken, List<String> unread,
                           Optional<AthenaFailure> listingFailure) {
    public TableListing {
        tables = List.copyOf(tables);
        broken = List.copyOf(broken);
        unread = List.copyOf(unread);
        listingFailure = listingFailure == null ? Optional.empty() : listingFailure;
    }

    /** A listing Athena gave in one go. */
    public TableListing(List<TableInfo> tables, List<BrokenTable> broken) {
        this(tables, broken, List.of(), Optional.empty());
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
