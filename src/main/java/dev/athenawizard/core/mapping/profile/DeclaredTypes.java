package dev.athenawizard.core.mapping.profile;

import dev.athenawizard.core.athena.catalog.TableColumn;
import dev.athenawizard.core.athena.catalog.TableInfo;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Glue/Hive column types for result columns, from the tables the query reads. */
public final class DeclaredTypes {
    private DeclaredTypes() {
    }

    /**
     * Each column name of the tables with its declared type; a name that two tables declare with different types is
     * left out, since the result column could be either. Athena lower-cases column names, so names match
     * case-insensitively, keyed by the lower-case name.
     */
    public static Map<String, String> of(List<TableInfo> tables) {
        Map<String, String> types = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (TableInfo table : tables) {
            for (List<TableColumn> columns : List.of(table.columns(), table.partitionKeys())) {
                for (TableColumn column : columns) {
                    String name = column.name().toLowerCase(Locale.ROOT);
                    String previous = types.putIfAbsent(name, column.type());
                    if (previous != null && !previous.equalsIgnoreCase(column.type())) {
                        ambiguous.add(name);
                    }
                }
            }
        }
        ambiguous.forEach(types::remove);
        return Map.copyOf(types);
    }
}
