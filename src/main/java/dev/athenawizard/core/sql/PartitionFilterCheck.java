package dev.athenawizard.core.sql;

import io.trino.sql.tree.DereferenceExpression;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.Identifier;
import io.trino.sql.tree.Join;
import io.trino.sql.tree.JoinOn;
import io.trino.sql.tree.JoinUsing;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.QuerySpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the partitioned tables a query reads without a filter on any of their partition columns: such a query reads
 * every partition, which is what makes Athena slow and expensive, so the Query step warns about it.
 *
 * <p>A table counts as filtered when a WHERE or JOIN condition anywhere in the statement names one of its partition
 * columns, unqualified or qualified by the table's own name or alias (or by the name of a WITH query or subquery,
 * through which Athena pushes the filter down); a column qualified by another table's alias does not count. The
 * check leans towards silence: any condition on a partition column counts, even one that prunes nothing
 * ({@code dt IS NOT NULL}), and an unqualified name counts for every table with such a partition column. A filter on a
 * column renamed in a WITH query is not followed, so that case may warn although Athena prunes.
 */
public final class PartitionFilterCheck {

    /**
     * A read of a partitioned table with no condition on its partition columns.
     *
     * @param reference     where the table is named in the query
     * @param table         its full name
     * @param partitionKeys its partition columns
     */
    public record UnfilteredRead(TableReference reference, TableName table, List<String> partitionKeys) {
        public UnfilteredRead {
            partitionKeys = List.copyOf(partitionKeys);
        }
    }

    private PartitionFilterCheck() {
    }

    /**
     * @param analysis        the query
     * @param defaultCatalog  the catalog unqualified table names resolve in
     * @param defaultDatabase the database unqualified table names resolve in
     * @param partitionKeys   the partition columns of tables the query may read (from Glue or the catalog); a table
     *                        missing here counts as not partitioned
     * @return the unfiltered reads of partitioned tables, in the order written; empty when the statement was not
     *         parsed
     */
    public static List<UnfilteredRead> unfilteredReads(SqlAnalysis analysis, String defaultCatalog,
            String defaultDatabase, Map<TableName, List<String>> partitionKeys) {
        if (analysis.tree().isEmpty()) {
            return List.of();
        }
        List<ColumnRef> filtered = new ArrayList<>();
        collectFilters(analysis.tree().get(), filtered);
        List<TableReference> tables = analysis.tables();
        List<UnfilteredRead> unfiltered = new ArrayList<>();
        for (TableReference read : tables) {
            TableName name = read.resolve(defaultCatalog, defaultDatabase);
            List<String> keys = partitionKeys.getOrDefault(name, List.of());
            if (!keys.isEmpty() && !isFiltered(read, keys, filtered, otherNames(read, tables))) {
                unfiltered.add(new UnfilteredRead(read, name, keys));
            }
        }
        return List.copyOf(unfiltered);
    }

    /** A column named in a condition: {@code dt} or {@code p.dt}. */
    private record ColumnRef(Optional<String> qualifier, String column) {
    }

    private static boolean isFiltered(TableReference read, List<String> keys, List<ColumnRef> filtered,
            Set<String> otherTables) {
        Set<String> partitionColumns = new HashSet<>();
        keys.forEach(k -> partitionColumns.add(lower(k)));
        String ownName = lower(read.alias().orElse(read.table()));
        for (ColumnRef ref : filtered) {
            if (partitionColumns.contains(ref.column()) && ref.qualifier()
                    .map(q -> q.equals(ownName) || !otherTables.contains(q)).orElse(true)) {
                return true;
            }
        }
        return false;
    }

    /** The names by which the query's other table reads are qualified. */
    private static Set<String> otherNames(TableReference read, List<TableReference> tables) {
        Set<String> names = new HashSet<>();
        for (TableReference other : tables) {
            if (other != read) {
                names.add(lower(other.alias().orElse(other.table())));
            }
        }
        names.remove(lower(read.alias().orElse(read.table())));
        return names;
    }

    private static void collectFilters(Node node, List<ColumnRef> refs) {
        if (node instanceof QuerySpecification select) {
            select.getWhere().ifPresent(where -> columnsOf(where, refs));
        } else if (node instanceof Join join && join.getCriteria().isPresent()) {
            if (join.getCriteria().get() instanceof JoinOn on) {
                columnsOf(on.getExpression(), refs);
            } else if (join.getCriteria().get() instanceof JoinUsing using) {
                using.getColumns().forEach(c -> refs.add(new ColumnRef(Optional.empty(), lower(c.getValue()))));
            }
        }
        for (Node child : node.getChildren()) {
            collectFilters(child, refs);
        }
    }

    private static void columnsOf(Node expression, List<ColumnRef> refs) {
        if (expression instanceof DereferenceExpression dereference && dereference.getField().isPresent()) {
            Expression base = dereference.getBase();
            Optional<String> qualifier = base instanceof Identifier id ? Optional.of(lower(id.getValue()))
                    : base instanceof DereferenceExpression inner ? inner.getField().map(f -> lower(f.getValue()))
                    : Optional.empty();
            refs.add(new ColumnRef(qualifier, lower(dereference.getField().get().getValue())));
            if (!(base instanceof Identifier) && !(base instanceof DereferenceExpression)) {
                columnsOf(base, refs); // a field of an expression, e.g. (a.b).c: look inside
            }
            return;
        }
        if (expression instanceof Identifier id) {
            refs.add(new ColumnRef(Optional.empty(), lower(id.getValue())));
            return;
        }
        for (Node child : expression.getChildren()) {
            columnsOf(child, refs);
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
