package dev.athenawizard.core.mapping.profile;

import dev.athenawizard.core.athena.query.ResultColumn;
import dev.athenawizard.core.athena.query.ResultTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A preview result with a profile of each column: what the Mapping step works on. Immutable; build a new one for a
 * new preview (its profiles, suggestions and checks belong to that preview only).
 *
 * <p>Profiling 2,000 columns of 100 rows takes tens of milliseconds: build it off the FX thread.
 */
public final class PreviewProfile {
    private final ResultTable table;
    private final List<ColumnProfile> columns;
    private final Map<String, Integer> indexByName;
    private final List<String> duplicateNames;

    private PreviewProfile(ResultTable table, List<ColumnProfile> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
        Map<String, Integer> byName = new HashMap<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (ColumnProfile c : columns) {
            if (byName.putIfAbsent(c.name(), c.index()) != null) {
                duplicates.add(c.name());
            }
        }
        this.indexByName = byName;
        this.duplicateNames = List.copyOf(duplicates);
    }

    public static PreviewProfile of(ResultTable table) {
        return of(table, Map.of());
    }

    /**
     * Profiles every column of the preview.
     *
     * @param declaredTypes Glue/Hive types by result column name ({@code embeddings → array<double>}), for columns
     *                      known to come straight from a table column; see {@link DeclaredTypes}
     */
    public static PreviewProfile of(ResultTable table, Map<String, String> declaredTypes) {
        List<ColumnProfile> profiles = new ArrayList<>(table.columns().size());
        for (int i = 0; i < table.columns().size(); i++) {
            ResultColumn column = table.columns().get(i);
            profiles.add(ColumnProfiler.profile(i, column, declared(declaredTypes, column.name()), table.rows()));
        }
        return new PreviewProfile(table, profiles);
    }

    private static String declared(Map<String, String> types, String column) {
        String exact = types.get(column);
        return exact != null ? exact : types.get(column.toLowerCase(Locale.ROOT));
    }

    public ResultTable table() {
        return table;
    }

    /** Every column, in result order. */
    public List<ColumnProfile> columns() {
        return columns;
    }

    /** The column of that name; the first one when the result repeats a name. */
    public Optional<ColumnProfile> column(String name) {
        Integer i = indexByName.get(name);
        return i == null ? Optional.empty() : Optional.of(columns.get(i));
    }

    public boolean has(String name) {
        return indexByName.containsKey(name);
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnProfile::name).toList();
    }

    /** Names the result holds more than once ({@code SELECT a, a}): Aporia reads columns by name. */
    public List<String> duplicateNames() {
        return duplicateNames;
    }

    public int rowCount() {
        return table.rows().size();
    }

    /** Whether the query has rows beyond the preview's. */
    public boolean hasMore() {
        return table.hasMore();
    }

    /** The value of a column in a row (0-based), null for SQL NULL. */
    public String value(int row, String column) {
        Integer i = indexByName.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        List<String> values = table.rows().get(row);
        return i < values.size() ? values.get(i) : null;
    }

    /** The first rows (at most {@code limit}) whose value of the column matches, in row order. */
    public List<RowValue> rowsWhere(String column, Predicate<String> test, int limit) {
        Integer i = indexByName.get(column);
        List<RowValue> found = new ArrayList<>();
        if (i == null) {
            return found;
        }
        List<List<String>> rows = table.rows();
        for (int r = 0; r < rows.size() && found.size() < limit; r++) {
            String v = i < rows.get(r).size() ? rows.get(r).get(i) : null;
            if (test.test(v)) {
                found.add(new RowValue(r + 1, v));
            }
        }
        return found;
    }

    /** The first row whose non-null value of the column matches, if any. */
    public Optional<RowValue> firstNonNullWhere(String column, Predicate<String> test) {
        List<RowValue> found = rowsWhere(column, v -> v != null && test.test(v), 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every value of a column, row by row, nulls included. */
    public List<String> values(String column) {
        Integer i = indexByName.get(column);
        if (i == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            values.add(i < row.size() ? row.get(i) : null);
        }
        return Collections.unmodifiableList(values);
    }
}
