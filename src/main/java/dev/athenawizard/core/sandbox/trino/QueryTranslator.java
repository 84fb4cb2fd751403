package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.trino.types.Coercions;
import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import io.trino.sql.tree.Except;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.FetchFirst;
import io.trino.sql.tree.Intersect;
import io.trino.sql.tree.Limit;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.Offset;
import io.trino.sql.tree.OrderBy;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.QueryBody;
import io.trino.sql.tree.QuerySpecification;
import io.trino.sql.tree.Row;
import io.trino.sql.tree.SetOperation;
import io.trino.sql.tree.Table;
import io.trino.sql.tree.TableSubquery;
import io.trino.sql.tree.Union;
import io.trino.sql.tree.Values;
import io.trino.sql.tree.WithQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Queries: {@code WITH}, set operations (each side converted to the columns' common types), {@code VALUES} lists
 * ({@code VALUES 1, NULL, 2} is one column of three rows), {@code ORDER BY} (NULLs last unless asked otherwise),
 * {@code OFFSET}, {@code LIMIT} and {@code FETCH FIRST}. Each result column of the DuckDB SELECT gets a fresh name;
 * the Trino names travel alongside.
 */
final class QueryTranslator {
    final Translation tx;
    final ExpressionTranslator expressions;
    final Relations relations;
    private final SelectTranslator selects;

    QueryTranslator(Translation tx) {
        this.tx = tx;
        this.expressions = new ExpressionTranslator(tx, this);
        this.relations = new Relations(this);
        this.selects = new SelectTranslator(this);
    }

    /** A query in a subquery position, seeing {@code outer}'s columns (correlation). */
    QueryResult subquery(Query query, Scope outer) {
        return query(query, outer);
    }

    QueryResult query(Query query, Scope outer) {
        if (!query.getFunctions().isEmpty()) {
            throw Failures.notSupported(query, "inline functions (WITH FUNCTION)");
        }
        List<String> ctes = new ArrayList<>();
        tx.enterWith();
        try {
            if (query.getWith().isPresent()) {
                if (query.getWith().get().isRecursive()) {
                    throw Failures.notSupported(query.getWith().get(), "WITH RECURSIVE");
                }
                for (WithQuery with : query.getWith().get().getQueries()) {
                    ctes.add(withQuery(with, outer));
                }
            }
            QueryResult body = body(query.getQueryBody(), outer, query.getOrderBy(), query.getOffset(), query.getLimit());
            String prefix = ctes.isEmpty() ? "" : "WITH " + String.join(", ", ctes) + " ";
            return new QueryResult(prefix + body.sql(), body.outputs());
        } finally {
            tx.exitWith();
        }
    }

    private String withQuery(WithQuery with, Scope outer) {
        QueryResult result = query(with.getQuery(), outer);
        if (with.getColumnNames().isPresent()) {
            result = rename(with, result, with.getColumnNames().get().stream()
                    .map(i -> i.getValue().toLowerCase(Locale.ROOT)).toList());
        }
        String duckName = tx.name("w");
        tx.defineWithQuery(with.getName().getValue().toLowerCase(Locale.ROOT), new Translation.WithQuery(duckName, result));
        return Sql.identifier(duckName) + " AS (" + result.sql() + ")";
    }

    /** The same result with its columns renamed, e.g. by {@code WITH t(a, b) AS …}. */
    static QueryResult rename(Node node, QueryResult result, List<String> names) {
        if (names.size() != result.outputs().size()) {
            throw Failures.of(node, "MISMATCHED_COLUMN_ALIASES", "Column alias list has " + names.size()
                    + " entries but relation has " + result.outputs().size() + " columns");
        }
        List<QueryResult.Output> renamed = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            QueryResult.Output o = result.outputs().get(i);
            renamed.add(new QueryResult.Output(Optional.of(names.get(i)), o.type(), o.column(), o.origins()));
        }
        return new QueryResult(result.sql(), renamed);
    }

    /** A query body with the ORDER BY, OFFSET and LIMIT that the enclosing query adds. */
    QueryResult body(QueryBody body, Scope outer, Optional<OrderBy> orderBy, Optional<Offset> offset,
                     Optional<Node> limit) {
        if (body instanceof QuerySpecification spec) {
            return selects.select(spec, outer, spec.getOrderBy().or(() -> orderBy), spec.getOffset().or(() -> offset),
                    spec.getLimit().or(() -> limit));
        }
        QueryResult inner;
        if (body instanceof TableSubquery subquery) {
            inner = query(subquery.getQuery(), outer);
        } else if (body instanceof SetOperation setOperation) {
            inner = setOperation(setOperation, outer);
        } else if (body instanceof Values values) {
            inner = values(values, outer);
        } else if (body instanceof Table table) {
            inner = relations.tableQuery(table, outer);
        } else {
            throw Failures.notSupported(body);
        }
        return orderBy.isEmpty() && offset.isEmpty() && limit.isEmpty() ? inner
                : wrapped(inner, orderBy, offset, limit, outer);
    }

    /** ORDER BY / OFFSET / LIMIT over a finished result, by its output names. */
    private QueryResult wrapped(QueryResult inner, Optional<OrderBy> orderBy, Optional<Offset> offset,
                                Optional<Node> limit, Scope outer) {
        String alias = Sql.identifier(tx.name("q"));
        List<Field> fields = inner.fieldsVia(alias, List.of());
        StringBuilder sql = new StringBuilder("SELECT * FROM (").append(inner.sql()).append(") AS ").append(alias);
        if (orderBy.isPresent()) {
            Scope scope = Scope.of(fields).inside(outer);
            List<String> keys = new ArrayList<>();
            for (var item : orderBy.get().getSortItems()) {
                Typed key = ordinal(item.getSortKey(), fields).orElseGet(() -> expressions.translate(item.getSortKey(), scope));
                keys.add(FunctionCalls.sortKey(item.getSortKey(), key) + FunctionCalls.sortSuffix(item));
            }
            sql.append(" ORDER BY ").append(String.join(", ", keys));
        }
        sql.append(limitAndOffset(offset, limit));
        return new QueryResult(sql.toString(), inner.outputs());
    }

    /** {@code ORDER BY 2}: the second result column. */
    static Optional<Typed> ordinal(Expression key, List<Field> outputs) {
        if (key instanceof io.trino.sql.tree.LongLiteral literal) {
            long position = literal.getParsedValue();
            if (position < 1 || position > outputs.size()) {
                throw Failures.of(key, "INVALID_COLUMN_REFERENCE", "ORDER BY position " + position + " is not in select list");
            }
            return Optional.of(outputs.get((int) position - 1).typed());
        }
        return Optional.empty();
    }

    String limitAndOffset(Optional<Offset> offset, Optional<Node> limit) {
        StringBuilder sql = new StringBuilder();
        if (limit.isPresent()) {
            Node node = limit.get();
            if (node instanceof Limit l && !(l.getRowCount() instanceof io.trino.sql.tree.AllRows)) {
                sql.append(" LIMIT ").append(count(l.getRowCount()));
            } else if (node instanceof FetchFirst fetch) {
                if (fetch.isWithTies()) {
                    throw Failures.notSupported(fetch, "FETCH FIRST … WITH TIES");
                }
                sql.append(" LIMIT ").append(fetch.getRowCount().map(this::count).orElse("1"));
            }
        }
        offset.ifPresent(o -> sql.append(" OFFSET ").append(count(o.getRowCount())));
        return sql.toString();
    }

    private String count(Expression expression) {
        Typed value = expressions.translate(expression, Scope.EMPTY);
        if (value.integer().isEmpty() || value.integer().get() < 0) {
            throw Failures.typeMismatch(expression, "Row count must be a non-negative integer constant");
        }
        return Long.toString(value.integer().get());
    }

    private QueryResult setOperation(SetOperation node, Scope outer) {
        List<QueryResult> sides = new ArrayList<>();
        for (io.trino.sql.tree.Relation relation : node.getRelations()) {
            sides.add(relationAsQuery(relation, outer));
        }
        String what = node instanceof Union ? "UNION" : node instanceof Intersect ? "INTERSECT" : "EXCEPT";
        int width = sides.get(0).outputs().size();
        for (QueryResult side : sides) {
            if (side.outputs().size() != width) {
                throw Failures.typeMismatch(node, what + " query has different number of fields: " + width + ", "
                        + side.outputs().size());
            }
        }
        List<TrinoType> types = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            TrinoType common = TrinoType.UNKNOWN;
            for (QueryResult side : sides) {
                TrinoType current = common;
                TrinoType next = side.outputs().get(c).type();
                int column = c;
                common = Coercions.commonSuperType(current, next).orElseThrow(() -> Failures.typeMismatch(node,
                        "column " + (column + 1) + " in " + what + " query has incompatible types: " + current + ", " + next));
            }
            types.add(common);
        }
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            columns.add(tx.name("c"));
        }
        List<String> parts = new ArrayList<>();
        List<Set<ColumnRead>> origins = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            origins.add(new HashSet<>());
        }
        for (QueryResult side : sides) {
            String alias = Sql.identifier(tx.name("s"));
            List<String> items = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                QueryResult.Output o = side.outputs().get(c);
                items.add(Coercions.coerce(Typed.of(alias + "." + o.column(), o.type()), types.get(c)).sql() + " AS "
                        + Sql.identifier(columns.get(c)));
                origins.get(c).addAll(o.origins());
            }
            parts.add("(SELECT " + String.join(", ", items) + " FROM (" + side.sql() + ") AS " + alias + ")");
        }
        if (node.isDistinct() || !(node instanceof Union)) {
            origins.forEach(tx::read); // duplicates decide the result: every column is read
        }
        String operator = " " + what + (node.isDistinct() ? " " : " ALL ");
        List<QueryResult.Output> outputs = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            outputs.add(new QueryResult.Output(sides.get(0).outputs().get(c).name(), types.get(c),
                    Sql.identifier(columns.get(c)), origins.get(c)));
        }
        return new QueryResult(String.join(operator, parts), outputs);
    }

    /** A relation that is a query body (a SELECT, parenthesised query, VALUES, TABLE t or set operation). */
    QueryResult relationAsQuery(io.trino.sql.tree.Relation relation, Scope outer) {
        if (relation instanceof QueryBody body) {
            return body(body, outer, Optional.empty(), Optional.empty(), Optional.empty());
        }
        throw Failures.notSupported(relation, Failures.construct(relation) + " in a set operation");
    }

    /** {@code VALUES 1, NULL, 2} or {@code VALUES (1, 'a'), (2, 'b')}: each column in its rows' common type. */
    QueryResult values(Values values, Scope outer) {
        List<List<Typed>> rows = new ArrayList<>();
        for (Expression row : values.getRows()) {
            List<Typed> cells = new ArrayList<>();
            if (row instanceof Row tuple) {
                tuple.getItems().forEach(item -> cells.add(expressions.translate(item, outer)));
            } else {
                cells.add(expressions.translate(row, outer));
            }
            if (!rows.isEmpty() && rows.get(0).size() != cells.size()) {
                throw Failures.typeMismatch(row, "Values rows have mismatched sizes: " + rows.get(0).size() + " vs "
                        + cells.size());
            }
            rows.add(cells);
        }
        int width = rows.get(0).size();
        List<TrinoType> types = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            TrinoType common = TrinoType.UNKNOWN;
            for (List<Typed> row : rows) {
                TrinoType current = common;
                TrinoType next = row.get(c).type();
                common = Coercions.commonSuperType(current, next).orElseThrow(() -> Failures.typeMismatch(values,
                        "Values rows have mismatched types: " + current + " vs " + next));
            }
            types.add(common.isUnknown() ? TrinoType.UNKNOWN : common);
        }
        List<String> rowSqls = new ArrayList<>();
        for (List<Typed> row : rows) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                TrinoType type = types.get(c).isUnknown() ? TrinoType.INTEGER : types.get(c);
                cells.add(Coercions.coerce(row.get(c), type).sql());
            }
            rowSqls.add("(" + String.join(", ", cells) + ")");
        }
        List<String> columns = new ArrayList<>();
        List<QueryResult.Output> outputs = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String column = Sql.identifier(tx.name("c"));
            columns.add(column);
            outputs.add(new QueryResult.Output(Optional.empty(), types.get(c), column, Set.of()));
        }
        String alias = Sql.identifier(tx.name("v"));
        return new QueryResult("SELECT * FROM (VALUES " + String.join(", ", rowSqls) + ") AS " + alias + "("
                + String.join(", ", columns) + ")", outputs);
    }
}
