package dev.athenawizard.core.sandbox.trino.functions;

import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.core.sandbox.engine.SqlPosition;
import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A resolved call, handed to a function's implementation: the arguments converted to the overload's parameter
 * types (a lambda argument's SQL is the DuckDB lambda), the bound type variables, the declared result type if the
 * signature has one, where the call is written, and its aggregate clauses.
 */
public final class Invocation {
    private final String name;
    private final List<Typed> args;
    private final Bindings bindings;
    private final TrinoType declaredResult;
    private final SqlPosition position;
    private final AggregateClauses clauses;
    private final boolean safe;
    private final List<TrinoType> originalTypes;
    private final List<Argument> raw;

    Invocation(String name, List<Typed> args, List<Argument> raw, List<TrinoType> originalTypes, Bindings bindings,
               TrinoType declaredResult, SqlPosition position, AggregateClauses clauses, boolean safe) {
        this.name = name;
        this.raw = List.copyOf(raw);
        this.originalTypes = List.copyOf(originalTypes);
        this.args = List.copyOf(args);
        this.bindings = bindings;
        this.declaredResult = declaredResult;
        this.position = position;
        this.clauses = clauses;
        this.safe = safe;
    }

    public String name() {
        return name;
    }

    public int arity() {
        return args.size();
    }

    public Typed arg(int index) {
        return args.get(index);
    }

    public String sql(int index) {
        return args.get(index).sql();
    }

    public TrinoType type(int index) {
        return args.get(index).type();
    }

    /** An argument's type as written, before conversion to the parameter's type. */
    public TrinoType originalType(int index) {
        return originalTypes.get(index);
    }

    public List<Typed> args() {
        return args;
    }

    public List<String> sqls() {
        List<String> sqls = new ArrayList<>();
        args.forEach(a -> sqls.add(a.sql()));
        return sqls;
    }

    public Bindings bindings() {
        return bindings;
    }

    /** The result type the signature declares. */
    public TrinoType resultType() {
        if (declaredResult == null) {
            throw new IllegalStateException(name + " declares no result type");
        }
        return declaredResult;
    }

    public SqlPosition position() {
        return position;
    }

    public AggregateClauses clauses() {
        return clauses;
    }

    /**
     * The body of lambda argument {@code index} with its parameters standing for {@code parameterSql}; the parameter
     * types are those the overload resolved.
     */
    public String inlineLambda(int index, List<TrinoType> parameterTypes, List<String> parameterSql) {
        return ((Argument.Lambda) raw.get(index)).body().inline(parameterTypes, parameterSql);
    }

    /** The declared result, computed by {@code sql}. */
    public Typed result(String sql) {
        return Typed.of(sql, resultType());
    }

    /** A constant string argument, or a failure naming what Trino requires. */
    public String constantText(int index, String what) {
        return args.get(index).text().orElseThrow(() -> failure("INVALID_FUNCTION_ARGUMENT",
                what + " must be a constant"));
    }

    public Optional<String> textIfConstant(int index) {
        return args.get(index).text();
    }

    /**
     * An aggregate or window call with this call's clauses: {@code name(DISTINCT args ORDER BY …) FILTER (WHERE …)
     * OVER (…)}.
     */
    public String aggregate(String duckName, String... argSqls) {
        StringBuilder call = new StringBuilder(duckName).append('(');
        if (clauses.distinct()) {
            call.append("DISTINCT ");
        }
        call.append(String.join(", ", argSqls));
        clauses.orderBy().ifPresent(order -> call.append(' ').append(order));
        if (clauses.ignoreNulls()) {
            call.append(" IGNORE NULLS");
        }
        call.append(')');
        clauses.filter().ifPresent(filter -> call.append(" FILTER (WHERE ").append(filter).append(')'));
        clauses.over().ifPresent(over -> call.append(' ').append(over));
        return call.toString();
    }

    /**
     * SQL that fails the query at run time with a Trino error, or is NULL inside {@code TRY(…)}, where Trino turns
     * such errors into NULL.
     */
    public String fail(String errorName, String messageSql) {
        return safe ? "NULL" : Sql.fail(errorName, messageSql);
    }

    /** Whether the call is inside {@code TRY(…)}. */
    public boolean safe() {
        return safe;
    }

    /**
     * An error Trino finds only while running (a bad unit or zone among constant arguments, say): Athena shows it
     * without a position.
     */
    public QueryFailure runtimeFailure(String errorName, String message) {
        return QueryFailure.of(errorName, QueryFailure.USER, 1000, message);
    }

    /** A user error at this call, e.g. {@code INVALID_FUNCTION_ARGUMENT}. */
    public QueryFailure failure(String errorName, String message) {
        return QueryFailure.at(position, errorName, errorName.equals("NOT_SUPPORTED") ? 1200 : 1000, message);
    }
}
