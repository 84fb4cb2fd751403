package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.core.sandbox.trino.functions.AggregateClauses;
import dev.athenawizard.core.sandbox.trino.functions.Argument;
import dev.athenawizard.core.sandbox.trino.functions.FunctionRegistry;
import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.TrinoType.Kind;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import dev.athenawizard.core.sandbox.trino.types.ZonedTimestamps;
import dev.athenawizard.core.sandbox.udf.TrinoDateTimes;
import dev.athenawizard.core.sandbox.udf.TrinoUdfs;
import io.trino.sql.tree.AtTimeZone;
import io.trino.sql.tree.CurrentTime;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.Extract;
import io.trino.sql.tree.FrameBound;
import io.trino.sql.tree.FunctionCall;
import io.trino.sql.tree.LambdaArgumentDeclaration;
import io.trino.sql.tree.LambdaExpression;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.OrderBy;
import io.trino.sql.tree.Trim;
import io.trino.sql.tree.WindowFrame;
import io.trino.sql.tree.WindowSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Function calls and the special forms that are calls in disguise ({@code EXTRACT}, {@code CURRENT_TIMESTAMP},
 * {@code AT TIME ZONE}, {@code TRIM}): arguments are translated (lambdas once their parameter types are known),
 * aggregate and window clauses are written, and the function registry picks the overload.
 */
final class FunctionCalls {
    /** What Trino's {@code trim()} removes: whitespace, not only spaces. */
    static final String WHITESPACE = " \t\n\u000B\f\r\u001C\u001D\u001E\u001F";

    private final ExpressionTranslator translator;

    FunctionCalls(ExpressionTranslator translator) {
        this.translator = translator;
    }

    Typed call(FunctionCall node, Scope scope) {
        if (node.getName().getParts().size() > 1) {
            throw Failures.of(node, "FUNCTION_NOT_FOUND", "Function '" + node.getName() + "' not registered");
        }
        String name = node.getName().getSuffix().toLowerCase(Locale.ROOT);
        FunctionRegistry registry = translator.tx.functions;
        Optional<FunctionRegistry.Kind> kind = registry.kind(name);
        boolean aggregateSyntax = node.isDistinct() || node.getFilter().isPresent() || node.getOrderBy().isPresent();
        if (kind.isPresent() && kind.get() == FunctionRegistry.Kind.SCALAR) {
            if (node.getWindow().isPresent()) {
                throw Failures.of(node, "FUNCTION_NOT_WINDOW", "Not a window function: " + name);
            }
            if (aggregateSyntax) {
                throw Failures.of(node, "FUNCTION_NOT_AGGREGATE", "Function '" + name + "' is not an aggregate function");
            }
        }
        if (kind.isPresent() && kind.get() == FunctionRegistry.Kind.WINDOW && node.getWindow().isEmpty()) {
            throw Failures.of(node, "MISSING_WINDOW", "Window function " + name + " requires an OVER clause");
        }
        boolean ignoreNulls = node.getNullTreatment().map(t -> t == FunctionCall.NullTreatment.IGNORE).orElse(false);
        AggregateClauses clauses = new AggregateClauses(node.isDistinct(),
                node.getOrderBy().map(o -> "ORDER BY " + sortItems(o, scope)),
                node.getFilter().map(f -> translator.condition(f, scope, "Filter expression").sql()),
                node.getWindow().map(w -> over(w, scope)), ignoreNulls);
        return call(node, name, node.getArguments(), scope, clauses);
    }

    /** A call by name without aggregate clauses (e.g. {@code format(…)}, which Trino parses as its own node). */
    Typed named(Node node, String name, List<Expression> arguments, Scope scope) {
        return call(node, name, arguments, scope, AggregateClauses.NONE);
    }

    private Typed call(Node node, String name, List<Expression> arguments, Scope scope, AggregateClauses clauses) {
        List<Argument> args = new ArrayList<>();
        for (Expression argument : arguments) {
            if (argument instanceof LambdaExpression lambda) {
                args.add(new Argument.Lambda(lambda.getArguments().size(), new Argument.LambdaBody() {
                    @Override
                    public Argument.TranslatedLambda translate(List<TrinoType> types) {
                        return lambda(lambda, types, scope);
                    }

                    @Override
                    public String inline(List<TrinoType> types, List<String> parameterSql) {
                        Typed body = lambdaBody(lambda, types, parameterSql, scope);
                        return body.type().isUnknown() ? "NULL" : body.sql();
                    }
                }, Failures.at(argument)));
            } else {
                args.add(new Argument.Value(translator.translate(argument, scope), Failures.at(argument)));
            }
        }
        return translator.tx.functions.call(name, args, Failures.at(node), clauses, translator.safe());
    }

    private Argument.TranslatedLambda lambda(LambdaExpression lambda, List<TrinoType> types, Scope scope) {
        List<String> duckNames = new ArrayList<>();
        for (int i = 0; i < lambda.getArguments().size(); i++) {
            duckNames.add(translator.tx.name("lp"));
        }
        Typed body = lambdaBody(lambda, types, duckNames, scope);
        String sql = body.type().isUnknown() ? "NULL" : body.sql();
        return new Argument.TranslatedLambda("lambda " + String.join(", ", duckNames) + ": " + sql, body.type());
    }

    /** A lambda's body, each parameter read by the given SQL. */
    private Typed lambdaBody(LambdaExpression lambda, List<TrinoType> types, List<String> parameterSql, Scope scope) {
        List<Field> parameters = new ArrayList<>();
        for (int i = 0; i < lambda.getArguments().size(); i++) {
            LambdaArgumentDeclaration declaration = lambda.getArguments().get(i);
            parameters.add(Field.of(Optional.of(declaration.getName().getValue().toLowerCase(Locale.ROOT)), List.of(),
                    types.get(i), parameterSql.get(i), Set.of()));
        }
        return translator.translate(lambda.getBody(), scope.with(parameters));
    }

    /** {@code expr ASC NULLS LAST, …}: Trino puts NULLs last in either direction unless told otherwise. */
    String sortItems(OrderBy orderBy, Scope scope) {
        List<String> items = new ArrayList<>();
        for (var item : orderBy.getSortItems()) {
            Typed key = translator.translate(item.getSortKey(), scope);
            items.add(sortKey(item.getSortKey(), key) + sortSuffix(item));
        }
        return String.join(", ", items);
    }

    static String sortKey(Node node, Typed key) {
        if (!key.type().isOrderable()) {
            throw Failures.typeMismatch(node, "Type " + key.type() + " is not orderable, and therefore cannot be used in ORDER BY");
        }
        return Comparisons.comparable(key);
    }

    static String sortSuffix(io.trino.sql.tree.SortItem item) {
        String direction = item.getOrdering() == io.trino.sql.tree.SortItem.Ordering.DESCENDING ? " DESC" : " ASC";
        String nulls = item.getNullOrdering() == io.trino.sql.tree.SortItem.NullOrdering.FIRST ? " NULLS FIRST" : " NULLS LAST";
        return direction + nulls;
    }

    private String over(io.trino.sql.tree.Window window, Scope scope) {
        if (!(window instanceof WindowSpecification spec) || spec.getExistingWindowName().isPresent()) {
            throw Failures.notSupported((Node) window, "named windows (the WINDOW clause)");
        }
        List<String> parts = new ArrayList<>();
        if (!spec.getPartitionBy().isEmpty()) {
            List<String> keys = new ArrayList<>();
            spec.getPartitionBy().forEach(p -> keys.add(Comparisons.comparable(translator.translate(p, scope))));
            parts.add("PARTITION BY " + String.join(", ", keys));
        }
        spec.getOrderBy().ifPresent(o -> parts.add("ORDER BY " + sortItems(o, scope)));
        spec.getFrame().ifPresent(frame -> parts.add(frame(frame, scope)));
        return "OVER (" + String.join(" ", parts) + ")";
    }

    private String frame(WindowFrame frame, Scope scope) {
        if (frame.getPattern().isPresent() || !frame.getMeasures().isEmpty()) {
            throw Failures.notSupported(frame, "row pattern recognition in windows");
        }
        String bounds = frame.getEnd().isPresent()
                ? "BETWEEN " + bound(frame.getStart(), scope) + " AND " + bound(frame.getEnd().get(), scope)
                : bound(frame.getStart(), scope);
        return frame.getType().name() + " " + bounds;
    }

    private String bound(FrameBound bound, Scope scope) {
        return switch (bound.getType()) {
            case UNBOUNDED_PRECEDING -> "UNBOUNDED PRECEDING";
            case UNBOUNDED_FOLLOWING -> "UNBOUNDED FOLLOWING";
            case CURRENT_ROW -> "CURRENT ROW";
            case PRECEDING -> translator.translate(bound.getValue().orElseThrow(), scope).sql() + " PRECEDING";
            case FOLLOWING -> translator.translate(bound.getValue().orElseThrow(), scope).sql() + " FOLLOWING";
        };
    }

    /** {@code EXTRACT(field FROM x)}: the function of the same meaning ({@code year(x)}, {@code day_of_week(x)}, …). */
    Typed extract(Extract extract, Scope scope) {
        String function = switch (extract.getField()) {
            case DAY_OF_MONTH -> "day";
            case DOW -> "day_of_week";
            case DOY -> "day_of_year";
            case YOW -> "year_of_week";
            default -> extract.getField().name().toLowerCase(Locale.ROOT);
        };
        return named(extract, function, List.of(extract.getExpression()), scope);
    }

    /** {@code CURRENT_DATE}, {@code CURRENT_TIMESTAMP}, {@code LOCALTIMESTAMP}: as of the query's start, in UTC. */
    Typed currentTime(CurrentTime current) {
        int precision = current.getPrecision() == null ? TrinoType.DEFAULT_TIMESTAMP_PRECISION : current.getPrecision();
        return switch (current.getFunction()) {
            case DATE -> Typed.of("CAST(timezone('UTC', get_current_timestamp()) AS DATE)", TrinoType.DATE);
            case TIMESTAMP -> Typed.of(ZonedTimestamps.fromInstant("get_current_timestamp()", "'UTC'"),
                    TrinoType.timestampWithTimeZone(precision));
            case LOCALTIMESTAMP -> Typed.of("timezone('UTC', get_current_timestamp())", TrinoType.timestamp(precision));
            case LOCALTIME -> Typed.of("CAST(timezone('UTC', get_current_timestamp()) AS TIME)", TrinoType.time(precision));
            case TIME -> throw Failures.notSupported(current, "current_time (time with time zone)");
        };
    }

    /** {@code x AT TIME ZONE zone}: the same instant, shown in another zone. */
    Typed atTimeZone(AtTimeZone node, Scope scope) {
        Typed value = translator.translate(node.getValue(), scope);
        Typed zone = translator.translate(node.getTimeZone(), scope);
        if (!value.type().is(Kind.TIMESTAMP) && !value.type().is(Kind.TIMESTAMP_TZ)) {
            throw Failures.typeMismatch(node.getValue(), "Type of value must be a time or timestamp with or without time "
                    + "zone (actual " + value.type() + ")");
        }
        if (!zone.type().isCharacter()) {
            throw Failures.typeMismatch(node.getTimeZone(), "Type of time zone must be a varchar (actual " + zone.type() + ")");
        }
        String instant = value.type().is(Kind.TIMESTAMP) ? "CAST(" + value.sql() + " AS TIMESTAMPTZ)"
                : ZonedTimestamps.instant(value.sql());
        String zoneSql = zoneKey(node.getTimeZone(), zone);
        int precision = value.type().precision();
        return Typed.of(ZonedTimestamps.fromInstant(instant, zoneSql), TrinoType.timestampWithTimeZone(precision));
    }

    /** A time zone name as Trino spells it; an unknown constant zone fails at once. */
    String zoneKey(Node node, Typed zone) {
        if (zone.text().isPresent()) {
            String key = TrinoDateTimes.zoneKey(zone.text().get()).orElseThrow(() -> QueryFailure.of(  // found when run
                    "INVALID_FUNCTION_ARGUMENT", QueryFailure.USER, 1000, "Time zone not supported: " + zone.text().get()));
            return Sql.literal(key);
        }
        return (translator.safe() ? TrinoUdfs.TRY_ZONE_KEY : TrinoUdfs.ZONE_KEY) + "(" + zone.sql() + ")";
    }

    /** {@code TRIM([BOTH|LEADING|TRAILING] [chars] FROM s)}. */
    Typed trim(Trim trim, Scope scope) {
        Typed source = translator.translate(trim.getTrimSource(), scope);
        if (!source.type().isCharacter() && !source.type().isUnknown()) {
            throw Failures.typeMismatch(trim, "Unexpected parameters (" + source.type() + ") for function trim");
        }
        String characters = trim.getTrimCharacter().map(c -> translator.translate(c, scope).sql())
                .orElse(Sql.literal(WHITESPACE));
        String function = switch (trim.getSpecification()) {
            case LEADING -> "ltrim";
            case TRAILING -> "rtrim";
            case BOTH -> "trim";
        };
        TrinoType type = source.type().isUnknown() ? TrinoType.VARCHAR : source.type();
        return Typed.of(function + "(" + source.sql() + ", " + characters + ")", type);
    }
}
