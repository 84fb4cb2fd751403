package dev.athenawizard.core.sandbox.trino.functions;

import dev.athenawizard.core.sandbox.trino.types.DuckRepresentation;
import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import java.util.List;

/**
 * Trino's aggregate functions (docs {@code functions/aggregate.md}), with their result types: {@code sum} of
 * integers is a bigint (overflow an error), {@code avg} of integers a double and of decimals a decimal rounded half
 * up, {@code count_if} and {@code approx_distinct} bigints. {@code approx_distinct} and {@code approx_percentile}
 * answer exactly where Athena estimates: the estimate's own error bound covers that answer.
 */
final class AggregateFunctions {
    private static final List<String> INTEGRAL = List.of("tinyint", "smallint", "integer", "bigint");

    private AggregateFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.aggregate("count() -> bigint", c -> c.result(c.aggregate("count", "*")));
        b.aggregate("count(any) -> bigint", c -> c.result(c.aggregate("count", c.sql(0))));
        b.aggregate("count_if(boolean) -> bigint", c -> c.result(Sql.cast(c.aggregate("count_if", c.sql(0)), "BIGINT")));
        INTEGRAL.forEach(t -> b.aggregate("sum(" + t + ") -> bigint", c -> c.result(Sql.cast(c.aggregate("sum", c.sql(0)), "BIGINT"))));
        b.aggregate("sum(decimal(p,s))", c -> {
            TrinoType type = TrinoType.decimal(38, c.type(0).scale());
            return Typed.of(Sql.cast(c.aggregate("sum", c.sql(0)), type), type);
        });
        b.aggregate("sum(real) -> real", c -> c.result(Sql.cast(c.aggregate("sum", c.sql(0)), "FLOAT")));
        b.aggregate("sum(double) -> double", c -> c.result(c.aggregate("sum", c.sql(0))));
        b.aggregate("sum(interval day to second) -> interval day to second", c -> c.result(c.aggregate("sum", c.sql(0))));
        INTEGRAL.forEach(t -> b.aggregate("avg(" + t + ") -> double", c -> c.result(c.aggregate("avg", c.sql(0)))));
        b.aggregate("avg(decimal(p,s)) -> decimal(p,s)", c -> c.result(Sql.cast("trino_decimal_divide(CAST("
                + c.aggregate("sum", c.sql(0)) + " AS VARCHAR), CAST(" + c.aggregate("count", c.sql(0)) + " AS VARCHAR), "
                + c.type(0).scale() + ")", c.resultType())));
        b.aggregate("avg(real) -> real", c -> c.result(Sql.cast(c.aggregate("avg", c.sql(0)), "FLOAT")));
        b.aggregate("avg(double) -> double", c -> c.result(c.aggregate("avg", c.sql(0))));
        b.aggregate("avg(interval day to second) -> interval day to second", c -> c.result(c.aggregate("avg", c.sql(0))));
        for (String name : List.of("min", "max")) {
            b.aggregate(name + "(T) -> T", c -> c.result(c.aggregate(name, c.sql(0))));
            b.aggregate(name + "(T, bigint) -> array(T)", c -> c.result(c.aggregate(name, c.sql(0), c.sql(1))));
        }
        b.aggregate("max_by(T, U) -> T", c -> c.result(c.aggregate("arg_max_null", c.sql(0), c.sql(1))));
        b.aggregate("min_by(T, U) -> T", c -> c.result(c.aggregate("arg_min_null", c.sql(0), c.sql(1))));
        b.aggregate("max_by(T, U, bigint) -> array(T)", c -> c.result(c.aggregate("arg_max", c.sql(0), c.sql(1), c.sql(2))));
        b.aggregate("min_by(T, U, bigint) -> array(T)", c -> c.result(c.aggregate("arg_min", c.sql(0), c.sql(1), c.sql(2))));
        b.aggregate("arbitrary(T) -> T", c -> c.result(c.aggregate("any_value", c.sql(0))));
        b.alias("any_value", "arbitrary");
        b.aggregate("array_agg(T) -> array(T)", c -> c.result(c.aggregate("list", c.sql(0))));
        b.aggregate("bool_and(boolean) -> boolean", c -> c.result(c.aggregate("bool_and", c.sql(0))));
        b.aggregate("bool_or(boolean) -> boolean", c -> c.result(c.aggregate("bool_or", c.sql(0))));
        b.alias("every", "bool_and");
        b.aggregate("approx_distinct(any) -> bigint", c -> c.result(distinctCount(c)));
        b.aggregate("approx_distinct(any, double) -> bigint", c -> c.result(distinctCount(c)));
        b.aggregate("approx_percentile(T, double) -> T", c -> c.result(c.aggregate("quantile_disc", c.sql(0), c.sql(1))));
        b.aggregate("approx_percentile(T, array(double)) -> array(T)",
                c -> c.result(c.aggregate("quantile_disc", c.sql(0), c.sql(1))));
        b.aggregate("histogram(T) -> map(T,bigint)", c -> c.result(Sql.cast(c.aggregate("histogram", c.sql(0)),
                "MAP(" + DuckRepresentation.sqlType(c.type(0)) + ", BIGINT)")));
        b.aggregate("map_agg(K, V) -> map(K,V)", c -> c.result("map_from_entries(" + c.aggregate("list",
                "struct_pack(key := " + c.sql(0) + ", value := " + c.sql(1) + ")") + ")"));
        for (String name : List.of("stddev", "stddev_samp", "stddev_pop", "variance", "var_samp", "var_pop", "kurtosis",
                "skewness")) {
            b.aggregate(name + "(double) -> double", c -> c.result(c.aggregate(name, c.sql(0))));
        }
        for (String name : List.of("corr", "covar_pop", "covar_samp", "regr_slope", "regr_intercept")) {
            b.aggregate(name + "(double, double) -> double", c -> c.result(c.aggregate(name, c.sql(0), c.sql(1))));
        }
        b.aggregate("geometric_mean(double) -> double", c -> c.result("exp(" + c.aggregate("avg", "ln(" + c.sql(0) + ")") + ")"));
        b.aggregate("listagg(varchar, varchar, boolean, varchar, boolean) -> varchar",
                c -> c.result(c.aggregate("string_agg", c.sql(0), c.sql(1))));
    }

    /** {@code approx_distinct}: the exact count of distinct non-NULL values (0 when there are none). */
    private static String distinctCount(Invocation c) {
        AggregateClauses clauses = c.clauses();
        if (clauses.over().isPresent()) {
            return c.aggregate("approx_count_distinct", c.sql(0));
        }
        String filter = clauses.filter().map(f -> " FILTER (WHERE " + f + ")").orElse("");
        return "count(DISTINCT " + c.sql(0) + ")" + filter;
    }
}
