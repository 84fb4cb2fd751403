package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.trino.types.Coercions;
import dev.athenawizard.core.sandbox.trino.types.DuckRepresentation;
import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.TrinoType.Kind;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import dev.athenawizard.core.sandbox.trino.types.TypeNames;
import io.trino.sql.tree.ArithmeticBinaryExpression;
import io.trino.sql.tree.ArithmeticUnaryExpression;
import io.trino.sql.tree.Array;
import io.trino.sql.tree.AtTimeZone;
import io.trino.sql.tree.BetweenPredicate;
import io.trino.sql.tree.Cast;
import io.trino.sql.tree.CoalesceExpression;
import io.trino.sql.tree.ComparisonExpression;
import io.trino.sql.tree.CurrentCatalog;
import io.trino.sql.tree.CurrentSchema;
import io.trino.sql.tree.CurrentTime;
import io.trino.sql.tree.DereferenceExpression;
import io.trino.sql.tree.ExistsPredicate;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.Extract;
import io.trino.sql.tree.Format;
import io.trino.sql.tree.FunctionCall;
import io.trino.sql.tree.GroupingOperation;
import io.trino.sql.tree.Identifier;
import io.trino.sql.tree.IfExpression;
import io.trino.sql.tree.InListExpression;
import io.trino.sql.tree.InPredicate;
import io.trino.sql.tree.IsNotNullPredicate;
import io.trino.sql.tree.IsNullPredicate;
import io.trino.sql.tree.LambdaExpression;
import io.trino.sql.tree.LikePredicate;
import io.trino.sql.tree.Literal;
import io.trino.sql.tree.LogicalExpression;
import io.trino.sql.tree.NotExpression;
import io.trino.sql.tree.NullIfExpression;
import io.trino.sql.tree.QuantifiedComparisonExpression;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.Row;
import io.trino.sql.tree.SearchedCaseExpression;
import io.trino.sql.tree.SimpleCaseExpression;
import io.trino.sql.tree.SubqueryExpression;
import io.trino.sql.tree.SubscriptExpression;
import io.trino.sql.tree.Trim;
import io.trino.sql.tree.TryExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates Trino expressions into DuckDB SQL, typing each as Trino does. Names resolve in the scope (nearest
 * first, ambiguity an error), every operator and function follows Trino's semantics, and inside {@code TRY(…)}
 * the errors Trino would turn into NULL become NULL.
 */
final class ExpressionTranslator {
    final Translation tx;
    private final QueryTranslator queries;
    private final FunctionCalls calls;
    private boolean safe;

    ExpressionTranslator(Translation tx, QueryTranslator queries) {
        this.tx = tx;
        this.queries = queries;
        this.calls = new FunctionCalls(this);
    }

    QueryTranslator queries() {
        return queries;
    }

    boolean safe() {
        return safe;
    }

    /** SQL failing at run time with a Trino error, or NULL inside {@code TRY(…)}. */
    String fail(String errorName, String messageSql) {
        return safe ? "NULL" : Sql.fail(errorName, messageSql);
    }

    /** A condition: its type must be boolean, e.g. {@code WHERE clause must evaluate to a boolean}. */
    Typed condition(Expression node, Scope scope, String clause) {
        Typed value = translate(node, scope);
        if (!value.type().is(Kind.BOOLEAN) && !value.type().isUnknown()) {
            throw Failures.typeMismatch(node, clause + " must evaluate to a boolean: actual type " + value.type());
        }
        return value.type().isUnknown() ? Typed.nullOf(TrinoType.BOOLEAN) : value;
    }

    Typed translate(Expression node, Scope scope) {
        if (node instanceof Literal literal) {
            return Literals.translate(literal);
        }
        if (node instanceof Identifier identifier) {
            return Names.identifier(this, identifier, scope);
        }
        if (node instanceof DereferenceExpression dereference) {
            return Names.dereference(this, dereference, scope);
        }
        if (node instanceof ArithmeticBinaryExpression arithmetic) {
            return Arithmetic.binary(arithmetic, translate(arithmetic.getLeft(), scope),
                    translate(arithmetic.getRight(), scope), safe);
        }
        if (node instanceof ArithmeticUnaryExpression unary) {
            return negate(unary, translate(unary.getValue(), scope));
        }
        if (node instanceof ComparisonExpression comparison) {
            return Comparisons.compare(comparison, comparison.getOperator().getValue(),
                    translate(comparison.getLeft(), scope), translate(comparison.getRight(), scope));
        }
        if (node instanceof LogicalExpression logical) {
            return logical(logical, scope);
        }
        if (node instanceof NotExpression not) {
            Typed value = translate(not.getValue(), scope);
            requireBoolean(not.getValue(), value, "Value of logical NOT expression");
            return Typed.of("(NOT " + value.sql() + ")", TrinoType.BOOLEAN);
        }
        if (node instanceof IsNullPredicate isNull) {
            return Typed.of("(" + translate(isNull.getValue(), scope).sql() + " IS NULL)", TrinoType.BOOLEAN);
        }
        if (node instanceof IsNotNullPredicate isNotNull) {
            return Typed.of("(" + translate(isNotNull.getValue(), scope).sql() + " IS NOT NULL)", TrinoType.BOOLEAN);
        }
        if (node instanceof BetweenPredicate between) {
            List<String> sqls = Comparisons.coerceAll(between, "BETWEEN", List.of(translate(between.getValue(), scope),
                    translate(between.getMin(), scope), translate(between.getMax(), scope)));
            return Typed.of("(" + sqls.get(0) + " BETWEEN " + sqls.get(1) + " AND " + sqls.get(2) + ")", TrinoType.BOOLEAN);
        }
        if (node instanceof InPredicate in) {
            return in(in, scope);
        }
        if (node instanceof LikePredicate like) {
            return like(like, scope);
        }
        if (node instanceof ExistsPredicate exists) {
            Query query = ((SubqueryExpression) exists.getSubquery()).getQuery();
            return Typed.of("(EXISTS (" + queries.subquery(query, scope).sql() + "))", TrinoType.BOOLEAN);
        }
        if (node instanceof QuantifiedComparisonExpression quantified) {
            return quantified(quantified, scope);
        }
        if (node instanceof SearchedCaseExpression || node instanceof SimpleCaseExpression || node instanceof IfExpression
                || node instanceof CoalesceExpression || node instanceof NullIfExpression) {
            return Conditionals.translate(this, node, scope);
        }
        if (node instanceof TryExpression attempt) {
            boolean outer = safe;
            safe = true;
            try {
                return translate(attempt.getInnerExpression(), scope);
            } finally {
                safe = outer;
            }
        }
        if (node instanceof Cast cast) {
            return cast(cast, scope);
        }
        if (node instanceof FunctionCall call) {
            return calls.call(call, scope);
        }
        if (node instanceof Format format) {
            return calls.named(format, "format", format.getArguments(), scope);
        }
        if (node instanceof Extract extract) {
            return calls.extract(extract, scope);
        }
        if (node instanceof CurrentTime current) {
            return calls.currentTime(current);
        }
        if (node instanceof AtTimeZone atTimeZone) {
            return calls.atTimeZone(atTimeZone, scope);
        }
        if (node instanceof Trim trim) {
            return calls.trim(trim, scope);
        }
        if (node instanceof Array array) {
            return array(array, scope);
        }
        if (node instanceof Row row) {
            return row(row, scope);
        }
        if (node instanceof SubscriptExpression subscript) {
            return Subscripts.translate(this, subscript, translate(subscript.getBase(), scope),
                    translate(subscript.getIndex(), scope));
        }
        if (node instanceof SubqueryExpression subquery) {
            return scalarSubquery(subquery, scope);
        }
        if (node instanceof GroupingOperation grouping) {
            List<String> columns = new ArrayList<>();
            grouping.getGroupingColumns().forEach(c -> columns.add(translate(c, scope).sql()));
            return Typed.of(Sql.cast(Sql.call("grouping", columns), "BIGINT"), TrinoType.BIGINT);
        }
        if (node instanceof CurrentCatalog) {
            return Typed.of("'awsdatacatalog'", TrinoType.VARCHAR);
        }
        if (node instanceof CurrentSchema) {
            return Typed.of(Sql.literal(tx.database), TrinoType.VARCHAR);
        }
        if (node instanceof LambdaExpression) {
            throw Failures.typeMismatch(node, "Lambda expression should always be used inside a function");
        }
        throw Failures.notSupported(node);
    }

    private Typed negate(ArithmeticUnaryExpression unary, Typed value) {
        if (unary.getSign() == ArithmeticUnaryExpression.Sign.PLUS) {
            return value;
        }
        if (!value.type().isNumeric() && !value.type().isInterval() && !value.type().isUnknown()) {
            throw Failures.typeMismatch(unary, "Cannot negate " + value.type());
        }
        TrinoType type = value.type().isUnknown() ? TrinoType.INTEGER : value.type();
        return Typed.of(Sql.cast("(-" + value.sql() + ")", type), type);
    }

    private void requireBoolean(Expression node, Typed value, String what) {
        if (!value.type().is(Kind.BOOLEAN) && !value.type().isUnknown()) {
            throw Failures.typeMismatch(node, what + " must evaluate to a boolean (actual: " + value.type() + ")");
        }
    }

    private Typed logical(LogicalExpression logical, Scope scope) {
        List<String> terms = new ArrayList<>();
        for (Expression term : logical.getTerms()) {
            Typed value = translate(term, scope);
            requireBoolean(term, value, "Logical expression term");
            terms.add(value.type().isUnknown() ? "CAST(NULL AS BOOLEAN)" : value.sql());
        }
        String op = logical.getOperator() == LogicalExpression.Operator.AND ? " AND " : " OR ";
        return Typed.of("(" + String.join(op, terms) + ")", TrinoType.BOOLEAN);
    }

    private Typed in(InPredicate in, Scope scope) {
        Typed value = translate(in.getValue(), scope);
        if (in.getValueList() instanceof InListExpression list) {
            List<Typed> all = new ArrayList<>(List.of(value));
            list.getValues().forEach(v -> all.add(translate(v, scope)));
            List<String> sqls = Comparisons.coerceAll(in, "IN", all);
            return Typed.of("(" + sqls.get(0) + " IN (" + String.join(", ", sqls.subList(1, sqls.size())) + "))",
                    TrinoType.BOOLEAN);
        }
        QueryResult sub = queries.subquery(((SubqueryExpression) in.getValueList()).getQuery(), scope);
        if (sub.outputs().size() != 1) {
            throw Failures.notSupported(in.getValueList(), "a subquery with " + sub.outputs().size() + " columns in IN");
        }
        return Typed.of("(" + quantifiedSides(in, value, sub, "=") + " IN " + quantifiedSubquery(in, value, sub) + ")",
                TrinoType.BOOLEAN);
    }

    private Typed quantified(QuantifiedComparisonExpression node, Scope scope) {
        Typed value = translate(node.getValue(), scope);
        QueryResult sub = queries.subquery(((SubqueryExpression) node.getSubquery()).getQuery(), scope);
        String op = node.getOperator().getValue();
        return Typed.of("(" + quantifiedSides(node, value, sub, op) + " " + op + " "
                + node.getQuantifier().name() + " " + quantifiedSubquery(node, value, sub) + ")", TrinoType.BOOLEAN);
    }

    private String quantifiedSides(Expression node, Typed value, QueryResult sub, String op) {
        TrinoType common = Comparisons.commonType(node, op, List.of(value.type(), sub.outputs().get(0).type()));
        return Comparisons.comparable(Coercions.coerce(value, common));
    }

    private String quantifiedSubquery(Expression node, Typed value, QueryResult sub) {
        QueryResult.Output column = sub.outputs().get(0);
        TrinoType common = Coercions.commonSuperType(value.type(), column.type()).orElseThrow();
        String inner = Comparisons.comparable(Coercions.coerce(Typed.of("__s." + column.column(), column.type()), common));
        return "(SELECT " + inner + " FROM (" + sub.sql() + ") AS __s)";
    }

    private Typed like(LikePredicate like, Scope scope) {
        Typed value = translate(like.getValue(), scope);
        Typed pattern = translate(like.getPattern(), scope);
        for (Typed side : List.of(value, pattern)) {
            if (!side.type().isCharacter() && !side.type().isUnknown()) {
                throw Failures.typeMismatch(like, "Left side of LIKE expression must evaluate to a varchar (actual: "
                        + value.type() + ")");
            }
        }
        String escape = like.getEscape().map(e -> " ESCAPE " + translate(e, scope).sql()).orElse("");
        return Typed.of("(" + value.sql() + " LIKE " + pattern.sql() + escape + ")", TrinoType.BOOLEAN);
    }

    private Typed cast(Cast cast, Scope scope) {
        TrinoType target;
        try {
            target = TypeNames.of(cast.getType());
        } catch (TypeNames.UnknownTypeException e) {
            throw Failures.of(cast.getType(), "TYPE_NOT_FOUND", e.getMessage());
        }
        return Casts.cast(cast, translate(cast.getExpression(), scope), target, cast.isSafe() || safe);
    }

    private Typed array(Array array, Scope scope) {
        List<Typed> values = new ArrayList<>();
        array.getValues().forEach(v -> values.add(translate(v, scope)));
        TrinoType element = TrinoType.UNKNOWN;
        for (int i = 0; i < values.size(); i++) {
            TrinoType current = element;
            TrinoType next = values.get(i).type();
            element = Coercions.commonSuperType(current, next).orElseThrow(() -> Failures.typeMismatch(array,
                    "All ARRAY elements must be the same type: " + current + ", " + next));
        }
        List<String> sqls = new ArrayList<>();
        for (Typed v : values) {
            sqls.add(Coercions.coerce(v, element).sql());
        }
        TrinoType type = TrinoType.array(element);
        if (values.isEmpty()) {
            return Typed.of("[]", type);
        }
        return Typed.of(element.isUnknown() ? Sql.cast("[" + String.join(", ", sqls) + "]", "INTEGER[]")
                : "[" + String.join(", ", sqls) + "]", type);
    }

    private Typed row(Row row, Scope scope) {
        List<String> names = new ArrayList<>();
        List<Typed> values = new ArrayList<>();
        for (Expression item : row.getItems()) {
            values.add(translate(item, scope));
            names.add(null);
        }
        TrinoType type = TrinoType.row(names, values.stream().map(Typed::type).toList());
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String sql = values.get(i).type().isUnknown() ? "NULL" : values.get(i).sql();
            fields.add(Sql.identifier(DuckRepresentation.fieldName(type, i)) + " := " + sql);
        }
        return Typed.of("struct_pack(" + String.join(", ", fields) + ")", type);
    }

    private Typed scalarSubquery(SubqueryExpression subquery, Scope scope) {
        QueryResult sub = queries.subquery(subquery.getQuery(), scope);
        if (sub.outputs().size() != 1) {
            throw Failures.notSupported(subquery, "a scalar subquery with " + sub.outputs().size() + " columns");
        }
        QueryResult.Output column = sub.outputs().get(0);
        return Typed.of("(SELECT __s." + column.column() + " FROM (" + sub.sql() + ") AS __s)", column.type());
    }
}
