package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.core.sandbox.engine.SqlPosition;
import dev.athenawizard.core.sandbox.trino.types.Coercions;
import dev.athenawizard.core.sandbox.trino.types.DuckRepresentation;
import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import io.trino.sql.tree.AliasedRelation;
import io.trino.sql.tree.Join;
import io.trino.sql.tree.JoinOn;
import io.trino.sql.tree.JoinUsing;
import io.trino.sql.tree.Lateral;
import io.trino.sql.tree.NaturalJoin;
import io.trino.sql.tree.QueryBody;
import io.trino.sql.tree.SampledRelation;
import io.trino.sql.tree.Table;
import io.trino.sql.tree.TableSubquery;
import io.trino.sql.tree.Unnest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * FROM items: tables (looked up in the catalog: a WITH query of the name first, then the session's database; a view
 * is expanded into its query), aliases, subqueries, joins ({@code USING} merges its columns as Trino does), {@code
 * UNNEST … WITH ORDINALITY}, {@code LATERAL} and {@code TABLESAMPLE}.
 */
final class Relations {
    private final QueryTranslator queries;
    private final Translation tx;

    Relations(QueryTranslator queries) {
        this.queries = queries;
        this.tx = queries.tx;
    }

    Relation from(io.trino.sql.tree.Relation relation, Scope outer) {
        if (relation instanceof Table table) {
            return table(table);
        }
        if (relation instanceof AliasedRelation aliased) {
            return aliased(aliased, outer);
        }
        if (relation instanceof TableSubquery subquery) {
            return derived(queries.query(subquery.getQuery(), outer), List.of());
        }
        if (relation instanceof Join join) {
            return join(join, outer);
        }
        if (relation instanceof Unnest unnest) {
            return Unnests.translate(queries.expressions, unnest, outer, tx);
        }
        if (relation instanceof Lateral lateral) {
            return derived(queries.query(lateral.getQuery(), outer), List.of());
        }
        if (relation instanceof SampledRelation sampled) {
            return sample(sampled, outer);
        }
        if (relation instanceof QueryBody body) {
            return derived(queries.relationAsQuery(body, outer), List.of());
        }
        throw Failures.notSupported(relation);
    }

    /** A query result as a FROM item under a fresh alias. */
    Relation derived(QueryResult result, List<String> qualifier) {
        String alias = Sql.identifier(tx.name("r"));
        return new Relation("(" + result.sql() + ") AS " + alias, result.fieldsVia(alias, qualifier));
    }

    private Relation aliased(AliasedRelation aliased, Scope outer) {
        Relation inner = from(aliased.getRelation(), outer);
        List<String> qualifier = List.of(aliased.getAlias().getValue().toLowerCase(Locale.ROOT));
        List<Field> fields = new ArrayList<>();
        List<Field> visible = inner.fields().stream().filter(Field::inStar).toList();
        List<io.trino.sql.tree.Identifier> names = aliased.getColumnNames() == null ? List.of() : aliased.getColumnNames();
        if (!names.isEmpty() && names.size() != visible.size()) {
            throw Failures.of(aliased, "MISMATCHED_COLUMN_ALIASES", "Column alias list has "
                    + names.size() + " entries but '" + qualifier.get(0) + "' has "
                    + visible.size() + " columns available");
        }
        for (int i = 0; i < visible.size(); i++) {
            Field field = visible.get(i).requalified(qualifier);
            if (!names.isEmpty()) {
                field = field.renamed(Optional.of(names.get(i).getValue().toLowerCase(Locale.ROOT)));
            }
            fields.add(field);
        }
        return new Relation(inner.sql(), fields);
    }

    /** {@code TABLE t} as a query. */
    QueryResult tableQuery(Table table, Scope outer) {
        Relation relation = table(table);
        List<String> items = new ArrayList<>();
        List<QueryResult.Output> outputs = new ArrayList<>();
        for (Field field : relation.fields()) {
            String column = Sql.identifier(tx.name("c"));
            items.add(field.sql() + " AS " + column);
            outputs.add(new QueryResult.Output(field.name(), field.type(), column, field.origins()));
        }
        return new QueryResult("SELECT " + String.join(", ", items) + " FROM " + relation.sql(), outputs);
    }

    private Relation table(Table table) {
        if (table.getQueryPeriod().isPresent()) {
            throw Failures.notSupported(table, "time travel (FOR TIMESTAMP/VERSION AS OF)");
        }
        List<String> parts = table.getName().getParts().stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        if (parts.size() == 1) {
            Optional<Translation.WithQuery> with = tx.withQuery(parts.get(0));
            if (with.isPresent()) {
                String alias = Sql.identifier(tx.name("r"));
                return new Relation(Sql.identifier(with.get().duckName()) + " AS " + alias,
                        with.get().result().fieldsVia(alias, parts));
            }
        }
        SqlPosition position = Failures.at(table);
        if (parts.size() == 3 && !parts.get(0).equals("awsdatacatalog")) {
            throw QueryFailure.at(position, "CATALOG_NOT_FOUND", 1301, "Catalog '" + parts.get(0) + "' does not exist");
        }
        String database = parts.size() >= 2 ? parts.get(parts.size() - 2) : tx.database;
        String name = parts.get(parts.size() - 1);
        if (!tx.catalog.hasDatabase(database)) {
            throw QueryFailure.at(position, "SCHEMA_NOT_FOUND", 1301, "Schema '" + database + "' does not exist");
        }
        List<String> qualifier = List.of("awsdatacatalog", database, name);
        Optional<TrinoCatalog.View> view = tx.catalog.view(database, name);
        if (view.isPresent()) {
            return Views.expand(queries, table, view.get(), qualifier);
        }
        TrinoCatalog.Table found = tx.catalog.table(database, name).orElseThrow(() -> QueryFailure.at(position,
                "TABLE_NOT_FOUND", 1301, "Table 'awsdatacatalog." + database + "." + name + "' does not exist"));
        tx.tables.add(new Translation.TableRef(database, name));
        String alias = Sql.identifier(tx.name("r"));
        List<Field> fields = new ArrayList<>();
        for (TrinoCatalog.Column column : found.columns()) {
            TrinoType type = DuckRepresentation.ofColumn(column.duckType());
            String sql = alias + "." + Sql.identifier(column.name());
            if (DuckRepresentation.needsConversion(column.duckType())) {
                sql = column.duckType().isTimestampWithTimeZone() ? "timezone('UTC', " + sql + ")" : Sql.cast(sql, type);
            }
            fields.add(Field.of(Optional.of(column.name().toLowerCase(Locale.ROOT)), qualifier, type, sql,
                    Set.of(new ColumnRead(database, name, column.name()))));
        }
        return new Relation(found.duckRelation() + " AS " + alias, fields);
    }

    private Relation join(Join join, Scope outer) {
        Relation left = from(join.getLeft(), outer);
        Scope leftScope = Scope.of(left.fields()).inside(outer);
        boolean lateral = join.getRight() instanceof Unnest || join.getRight() instanceof Lateral
                || join.getRight() instanceof AliasedRelation a && (a.getRelation() instanceof Unnest
                || a.getRelation() instanceof Lateral);
        Relation right = from(join.getRight(), lateral ? leftScope : outer);
        String type = switch (join.getType()) {
            case CROSS, IMPLICIT -> "CROSS JOIN";
            case INNER -> "INNER JOIN";
            case LEFT -> "LEFT JOIN";
            case RIGHT -> "RIGHT JOIN";
            case FULL -> "FULL JOIN";
        };
        String rightSql = lateral ? "LATERAL " + right.sql() : right.sql();
        List<Field> fields = new ArrayList<>(left.fields());
        fields.addAll(right.fields());
        if (join.getCriteria().isEmpty()) {
            return new Relation(left.sql() + " " + type + " " + rightSql, fields);
        }
        if (join.getCriteria().get() instanceof NaturalJoin) {
            throw Failures.notSupportedByTrino(join, "Natural join not supported");
        }
        if (join.getCriteria().get() instanceof JoinOn on) {
            Scope both = Scope.of(fields).inside(outer);
            String condition = queries.expressions.condition(on.getExpression(), both, "JOIN ON clause").sql();
            return new Relation(left.sql() + " " + type + " " + rightSql + " ON " + condition, fields);
        }
        return using(join, (JoinUsing) join.getCriteria().get(), left, right, type, rightSql);
    }

    /** {@code JOIN … USING (k)}: one column {@code k} first, then the rest of each side; the sides' own copies hidden. */
    private Relation using(Join join, JoinUsing using, Relation left, Relation right, String type, String rightSql) {
        List<String> conditions = new ArrayList<>();
        List<Field> merged = new ArrayList<>();
        List<Field> leftRest = new ArrayList<>(left.fields());
        List<Field> rightRest = new ArrayList<>(right.fields());
        for (var identifier : using.getColumns()) {
            String name = identifier.getValue().toLowerCase(Locale.ROOT);
            Field l = single(left.fields(), name, identifier);
            Field r = single(right.fields(), name, identifier);
            TrinoType common = Comparisons.commonType(identifier, "=", List.of(l.type(), r.type()));
            String ls = Coercions.coerce(l.typed(), common).sql();
            String rs = Coercions.coerce(r.typed(), common).sql();
            conditions.add(ls + " = " + rs);
            tx.read(l.origins());
            tx.read(r.origins());
            String sql = switch (join.getType()) {
                case RIGHT -> rs;
                case FULL -> "coalesce(" + ls + ", " + rs + ")";
                default -> ls;
            };
            Set<ColumnRead> origins = new java.util.HashSet<>(l.origins());
            origins.addAll(r.origins());
            merged.add(Field.of(Optional.of(name), List.of(), common, sql, origins));
            leftRest.set(leftRest.indexOf(l), l.hidden());
            rightRest.set(rightRest.indexOf(r), r.hidden());
        }
        List<Field> fields = new ArrayList<>(merged);
        fields.addAll(leftRest);
        fields.addAll(rightRest);
        return new Relation(left.sql() + " " + type + " " + rightSql + " ON " + String.join(" AND ", conditions), fields);
    }

    private static Field single(List<Field> fields, String name, io.trino.sql.tree.Node node) {
        List<Field> found = fields.stream().filter(f -> f.unqualified() && f.name().map(name::equals).orElse(false)).toList();
        if (found.size() != 1) {
            throw found.isEmpty() ? Failures.columnNotFound(node, name) : Failures.ambiguous(node, name);
        }
        return found.get(0);
    }

    /** {@code TABLESAMPLE BERNOULLI (p)} / {@code SYSTEM (p)}: DuckDB's sampling of the same kind. */
    private Relation sample(SampledRelation sampled, Scope outer) {
        Relation inner = from(sampled.getRelation(), outer);
        Typed percentage = queries.expressions.translate(sampled.getSamplePercentage(), Scope.EMPTY);
        double value = percentage.constant().filter(Number.class::isInstance).map(n -> ((Number) n).doubleValue())
                .orElseThrow(() -> Failures.typeMismatch(sampled.getSamplePercentage(),
                        "Sample percentage must be a constant number"));
        if (value < 0 || value > 100) {
            throw Failures.of(sampled.getSamplePercentage(), "NUMERIC_VALUE_OUT_OF_RANGE",
                    "Sample percentage must be between 0 and 100");
        }
        String method = sampled.getType() == SampledRelation.Type.BERNOULLI ? "bernoulli" : "system";
        List<String> items = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        String alias = Sql.identifier(tx.name("r"));
        for (Field field : inner.fields()) {
            String column = Sql.identifier(tx.name("c"));
            items.add(field.sql() + " AS " + column);
            fields.add(field.withSql(alias + "." + column));
        }
        return new Relation("(SELECT " + String.join(", ", items) + " FROM " + inner.sql() + " USING SAMPLE "
                + value + " PERCENT (" + method + ")) AS " + alias, fields);
    }
}
