package dev.athenawizard.core.athena.catalog;

import dev.athenawizard.core.athena.AthenaFailure;
import java.util.List;
import java.util.Optional;

/**
 * One table as the catalog cache knows it: at least its name; its columns once they were read; or why they cannot be.
 *
 * @param database the database it belongs to
 * @param name     its name
 * @param state    {@link State#READ}: {@code info} holds its columns; {@link State#BROKEN}: {@code failure} says why
 * @param info     its columns and partition keys, once read
 * @param failure  why it could not be read
 */
public record CachedTable(String database, String name, State state, Optional<TableInfo> info,
                           Optional<AthenaFailure> failure) {

    /** Whether the columns are known. */
    public enum State {
        /** Only the name is known: the database was listed through Glue, its columns are read on demand. */
        NAME_ONLY,
        /** Its columns are being read. */
        LOADING,
        READ,
        /** Its definition cannot be read; other tables are unaffected. */
        BROKEN
    }

    public CachedTable {
        info = info == null ? Optional.empty() : info;
        failure = failure == null ? Optional.empty() : failure;
    }

    static CachedTable read(String database, TableInfo info) {
        return new CachedTable(database, info.name(), State.READ, Optional.of(info), Optional.empty());
    }

    static CachedTable nameOnly(String database, String name) {
        return new CachedTable(database, name, State.NAME_ONLY, Optional.empty(), Optional.empty());
    }

    static CachedTable broken(String database, String name, AthenaFailure why) {
        return new CachedTable(database, name, State.BROKEN, Optional.empty(), Optional.of(why));
    }

    CachedTable loading() {
        return new CachedTable(database, name, State.LOADING, info, Optional.empty());
    }

    /** Data columns then partition keys (both are queried as columns); empty until read. */
    public List<TableColumn> allColumns() {
        return info.map(i -> {
            List<TableColumn> all = new java.util.ArrayList<>(i.columns());
            all.addAll(i.partitionKeys());
            return List.copyOf(all);
        }).orElse(List.of());
    }
}
