package dev.athenawizard.core.athena.catalog;

import dev.athenawizard.core.athena.AthenaFailure;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One database as the catalog cache knows it, with its tables once listed. Immutable.
 *
 * @param name           its name
 * @param description    free text; empty when none
 * @param tablesState    whether its tables were listed
 * @param failure        why its tables could not be listed ({@link LoadState#FAILED})
 * @param listingFailure why Athena could not list it in one call, when its table names came from Glue instead
 */
public record CachedDatabase(String name, String description, LoadState tablesState, Optional<AthenaFailure> failure,
                              Optional<AthenaFailure> listingFailure, TablesByName tables) {

    public CachedDatabase {
        failure = failure == null ? Optional.empty() : failure;
        listingFailure = listingFailure == null ? Optional.empty() : listingFailure;
        tables = tables == null ? TablesByName.EMPTY : tables;
    }

    static CachedDatabase unlisted(DatabaseInfo info) {
        return new CachedDatabase(info.name(), info.description(), LoadState.NOT_LOADED, Optional.empty(),
                Optional.empty(), TablesByName.EMPTY);
    }

    CachedDatabase withState(LoadState state, Optional<AthenaFailure> why) {
        return new CachedDatabase(name, description, state, why, listingFailure, tables);
    }

    CachedDatabase listed(TableListing listing) {
        TreeMap<String, CachedTable> byName = new TreeMap<>();
        listing.tables().forEach(t -> byName.put(key(t.name()), CachedTable.read(name, t)));
        listing.unread().forEach(n -> byName.put(key(n), CachedTable.nameOnly(name, n)));
        listing.broken().forEach(b -> byName.put(key(b.name()), CachedTable.broken(name, b.name(), b.reason())));
        return new CachedDatabase(name, description, LoadState.LOADED, Optional.empty(), listing.listingFailure(),
                new TablesByName(byName));
    }

    CachedDatabase withTable(CachedTable table) {
        TreeMap<String, CachedTable> byName = new TreeMap<>(tables.byName);
        byName.put(key(table.name()), table);
        return new CachedDatabase(name, description, tablesState, failure, listingFailure, new TablesByName(byName));
    }

    /** Its tables sorted by name; empty until listed. */
    public Collection<CachedTable> tableList() {
        return tables.byName.values();
    }

    /** A table by name, in any case (Athena lower-cases names). */
    public Optional<CachedTable> table(String tableName) {
        return Optional.ofNullable(tables.byName.get(key(tableName)));
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A database's tables by lower-case name, in name order. */
    public static final class TablesByName {
        static final TablesByName EMPTY = new TablesByName(new TreeMap<>());
        private final java.util.NavigableMap<String, CachedTable> byName;

        TablesByName(TreeMap<String, CachedTable> byName) {
            this.byName = Collections.unmodifiableNavigableMap(byName);
        }

        public int size() {
            return byName.size();
        }

        /** The tables whose lower-case name starts with {@code prefix}, in name order. */
        public Collection<CachedTable> startingWith(String prefix) {
            String p = key(prefix);
            return byName.subMap(p, true, p + Character.MAX_VALUE, false).values();
        }

        public List<CachedTable> all() {
            return List.copyOf(byName.values());
        }
    }
}
