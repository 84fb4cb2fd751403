package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.trino.functions.FunctionRegistry;
import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.TrinoType.Kind;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import io.trino.sql.tree.AllColumns;
import io.trino.sql.tree.DereferenceExpression;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.FunctionCall;
import io.trino.sql.tree.GroupingElement;
import io.trino.sql.tree.GroupingSets;
import io.trino.sql.tree.Identifier;
import io.trino.sql.tree.LongLiteral;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.Offset;
import io.trino.sql.tree.OrderBy;
import io.trino.sql.tree.QuerySpecification;
import io.trino.sql.tree.SelectItem;
import io.trino.sql.tree.SimpleGroupBy;
import io.trino.sql.tree.SingleColumn;
import io.trino.sql.tree.SubqueryExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code SELECT … FROM … WHERE … GROUP BY … HAVING … ORDER BY … LIMIT}. Result columns are named as Trino names
 * them (the alias, else the column's own name); {@code GROUP BY} may name a result column only by position, as in
 * Trino; {@code ORDER BY} sees result columns before the FROM clause's.
 */
final class SelectTranslator {
    private final QueryTranslator queries;
    private final Translation tx;
    private final ExpressionTranslator expressions;

    SelectTranslator(QueryTranslator queries) {
        this.queries = queries;
        this.tx = queries.tx;
        this.expressions = queries.expressions;
    }

    /** A result column while the SELECT is built: its SQL expression and what it becomes. */
    private record Item(Node node, Typed value, QueryResult.Output output) {
    }

    QueryResult select(QuerySpecification spec, Scope outer, Optional<OrderBy> orderBy, Optional<Offset> offset,
                       Optional<Node> limit) {
        if (!spec.getWindows().isEmpty()) {
            throw Failures.notSupported(spec.getWindows().get(0), "named windows (the WINDOW clause)");
        }
        Optional<Relation> from = spec.getFrom().map(r -> queries.relations.from(r, outer));
        Scope scope = Scope.of(from.map(Relation::fields).orElse(List.of())).inside(outer);
        boolean aggregated = spec.getGroupBy().isPresent() || spec.getHaving().isPresent()
                || spec.getSelect().getSelectItems().stream().anyMatch(i -> i instanceof SingleColumn c
                && containsAggregate(c.getExpression()));
        boolean readsEveryItem = aggregated || spec.getSelect().isDistinct();

        List<Item> items = new ArrayList<>();
        for (SelectItem item : spec.getSelect().getSelectItems()) {
            if (item instanceof AllColumns all) {
                items.addAll(allColumns(all, from, scope, readsEveryItem));
            } else {
                SingleColumn column = (SingleColumn) item;
                items.add(item(column.getExpression(), column.getExpression(), outputName(column), scope, readsEveryItem));
            }
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        if (spec.getSelect().isDistinct()) {
            sql.append("DISTINCT ");
        }
        List<String> selectList = new ArrayList<>();
        for (Item item : items) {
            String value = item.value().type().isUnknown() ? "NULL" : item.value().sql();
            selectList.add(value + " AS " + item.output().column());
        }
        sql.append(String.join(", ", selectList));
        from.ifPresent(f -> sql.append(" FROM ").append(f.sql()));
        spec.getWhere().ifPresent(w -> sql.append(" WHERE ").append(expressions.condition(w, scope, "WHERE clause").sql()));
        spec.getGroupBy().ifPresent(g -> sql.append(" GROUP BY ").append(groupBy(g, items, scope)));
        spec.getHaving().ifPresent(h -> sql.append(" HAVING ").append(expressions.condition(h, scope, "HAVING clause").sql()));
        orderBy.ifPresent(o -> sql.append(" ORDER BY ").append(orderBy(o, items, scope)));
        sql.append(queries.limitAndOffset(offset, limit));
        return new QueryResult(sql.toString(), items.stream().map(Item::output).toList());
    }

    private Item item(Node node, Expression expression, Optional<String> name, Scope scope, boolean readsEveryItem) {
        Translation.Captured<Typed> captured = tx.capture(() -> expressions.translate(expression, scope));
        if (readsEveryItem) {
            tx.read(captured.reads());
        }
        Typed value = captured.value();
        String column = Sql.identifier(tx.name("c"));
        return new Item(node, value, new QueryResult.Output(name, value.type(), column, captured.reads()));
    }

    private static Optional<String> outputName(SingleColumn column) {
        if (column.getAlias().isPresent()) {
            return Optional.of(column.getAlias().get().getValue().toLowerCase(Locale.ROOT));
        }
        Expression expression = column.getExpression();
        if (expression instanceof Identifier identifier) {
            return Optional.of(identifier.getValue().toLowerCase(Locale.ROOT));
        }
        if (expression instanceof DereferenceExpression dereference && dereference.getField().isPresent()) {
            return Optional.of(dereference.getField().get().getValue().toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    private List<Item> allColumns(AllColumns all, Optional<Relation> from, Scope scope, boolean readsEveryItem) {
        List<Field> fields = new ArrayList<>();
        if (all.getTarget().isEmpty()) {
            if (from.isEmpty()) {
                throw Failures.of(all, "COLUMN_NOT_FOUND", "SELECT * not allowed in queries without FROM clause");
            }
            from.get().fields().stream().filter(Field::inStar).forEach(fields::add);
        } else {
            Optional<List<String>> prefix = Names.parts(all.getTarget().get());
            if (prefix.isPresent()) {
                from.ifPresent(f -> f.fields().stream().filter(Field::inStar)
                        .filter(field -> field.qualifiedBy(prefix.get())).forEach(fields::add));
            }
            if (fields.isEmpty()) {
                return rowFields(all, scope, readsEveryItem);
            }
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            Optional<String> name = i < all.getAliases().size()
                    ? Optional.of(all.getAliases().get(i).getValue().toLowerCase(Locale.ROOT)) : field.name();
            tx.read(readsEveryItem ? field.origins() : Set.of());
            items.add(new Item(all, field.typed(), new QueryResult.Output(name, field.type(),
                    Sql.identifier(tx.name("c")), field.origins())));
        }
        return items;
    }

    /** {@code SELECT r.*} where {@code r} is a row-typed value: one column per field. */
    private List<Item> rowFields(AllColumns all, Scope scope, boolean readsEveryItem) {
        Translation.Captured<Typed> captured = tx.capture(() -> expressions.translate(all.getTarget().get(), scope));
        Typed row = captured.value();
        if (!row.type().is(Kind.ROW)) {
            throw Failures.typeMismatch(all, "Unable to resolve reference " + all.getTarget().get());
        }
        if (readsEveryItem) {
            tx.read(captured.reads());
        }
        List<Item> items = new ArrayList<>();
        TrinoType type = row.type();
        for (int i = 0; i < type.children().size(); i++) {
            Optional<String> name = i < all.getAliases().size()
                    ? Optional.of(all.getAliases().get(i).getValue().toLowerCase(Locale.ROOT))
                    : Optional.ofNullable(type.fieldNames().get(i));
            Typed field = Subscripts.translate(expressions, new io.trino.sql.tree.SubscriptExpression(
                    all.getTarget().get(), new LongLiteral(Long.toString(i + 1))), row, Typed.constant(Long.toString(i + 1),
                    TrinoType.BIGINT, (long) i + 1));
            items.add(new Item(all, field, new QueryResult.Output(name, field.type(), Sql.identifier(tx.name("c")),
                    captured.reads())));
        }
        return items;
    }

    private String groupBy(io.trino.sql.tree.GroupBy groupBy, List<Item> items, Scope scope) {
        if (groupBy.isDistinct()) {
            throw Failures.notSupported(groupBy, "GROUP BY DISTINCT");
        }
        List<String> elements = new ArrayList<>();
        for (GroupingElement element : groupBy.getGroupingElements()) {
            if (element instanceof SimpleGroupBy simple) {
                simple.getExpressions().forEach(e -> elements.add(groupKey(e, items, scope)));
            } else if (element instanceof GroupingSets sets) {
                List<String> rendered = new ArrayList<>();
                for (List<Expression> set : sets.getSets()) {
                    List<String> keys = new ArrayList<>();
                    set.forEach(e -> keys.add(groupKey(e, items, scope)));
                    rendered.add(sets.getType() == GroupingSets.Type.EXPLICIT ? "(" + String.join(", ", keys) + ")"
                            : String.join(", ", keys));
                }
                elements.add(switch (sets.getType()) {
                    case CUBE -> "CUBE (" + String.join(", ", rendered) + ")";
                    case ROLLUP -> "ROLLUP (" + String.join(", ", rendered) + ")";
                    case EXPLICIT -> "GROUPING SETS (" + String.join(", ", rendered) + ")";
                });
            } else {
                throw Failures.notSupported(element);
            }
        }
        return elements.isEmpty() ? "()" : String.join(", ", elements);
    }

    /** A grouping key: an expression over the FROM clause, or {@code 2} for the second result column. */
    private String groupKey(Expression key, List<Item> items, Scope scope) {
        if (key instanceof LongLiteral literal) {
            long position = literal.getParsedValue();
            if (position < 1 || position > items.size()) {
                throw Failures.of(key, "INVALID_COLUMN_REFERENCE", "GROUP BY position " + position + " is not in select list");
            }
            Typed value = items.get((int) position - 1).value();
            tx.read(items.get((int) position - 1).output().origins());
            return value.sql();
        }
        Typed value = expressions.translate(key, scope);
        if (!value.type().isComparable()) {
            throw Failures.typeMismatch(key, value.type() + " is not comparable, and therefore cannot be used in GROUP BY");
        }
        return value.sql();
    }

    private String orderBy(OrderBy orderBy, List<Item> items, Scope scope) {
        List<Field> outputs = new ArrayList<>();
        for (Item item : items) {
            outputs.add(Field.of(item.output().name(), List.of(), item.value().type(), item.value().sql(),
                    item.output().origins()));
        }
        Scope orderScope = Scope.of(outputs).inside(scope);
        List<String> keys = new ArrayList<>();
        for (var sortItem : orderBy.getSortItems()) {
            Expression key = sortItem.getSortKey();
            Optional<Typed> byPosition = QueryTranslator.ordinal(key, outputs);
            Typed value = byPosition.orElseGet(() -> expressions.translate(key, orderScope));
            if (byPosition.isPresent()) {
                tx.read(outputs.get((int) ((LongLiteral) key).getParsedValue() - 1).origins());
            }
            keys.add(FunctionCalls.sortKey(key, value) + FunctionCalls.sortSuffix(sortItem));
        }
        return String.join(", ", keys);
    }

    /** Whether an expression calls an aggregate function outside a window (subqueries aside). */
    private boolean containsAggregate(Node node) {
        if (node instanceof SubqueryExpression) {
            return false;
        }
        if (node instanceof FunctionCall call && call.getWindow().isEmpty()
                && tx.functions.kind(call.getName().getSuffix()).map(k -> k == FunctionRegistry.Kind.AGGREGATE).orElse(false)) {
            return true;
        }
        return node.getChildren().stream().anyMatch(this::containsAggregate);
    }
}
