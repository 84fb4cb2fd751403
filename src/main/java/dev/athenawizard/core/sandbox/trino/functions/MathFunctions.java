package dev.athenawizard.core.sandbox.trino.functions;

import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.TrinoType.Kind;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import java.util.List;

/**
 * Trino's mathematical functions (docs {@code functions/math.md}). Integer arguments keep their type
 * ({@code abs}, {@code round}, {@code floor} of an integer are integers); decimals follow Trino's result types
 * ({@code round(decimal(p,s))} is {@code decimal(p-s+min(s,1),0)}, {@code round(decimal(p,s), d)} is
 * {@code decimal(p+1,s)}); doubles round half away from zero.
 */
final class MathFunctions {
    private static final List<String> EXACT = List.of("tinyint", "smallint", "integer", "bigint");
    private static final List<String> FLOATING = List.of("real", "double");

    private MathFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        for (String type : List.of("tinyint", "smallint", "integer", "bigint", "real", "double")) {
            b.scalar("abs(" + type + ") -> " + type, c -> cast("abs(" + c.sql(0) + ")", c.resultType()));
        }
        b.scalar("abs(decimal(p,s)) -> decimal(p,s)", c -> cast("abs(" + c.sql(0) + ")", c.resultType()));
        for (String name : List.of("ceiling", "floor")) {
            String duck = name.equals("ceiling") ? "ceil" : "floor";
            EXACT.forEach(t -> b.scalar(name + "(" + t + ") -> " + t, c -> c.result(c.sql(0))));
            FLOATING.forEach(t -> b.scalar(name + "(" + t + ") -> " + t, c -> cast(duck + "(" + c.sql(0) + ")", c.resultType())));
            b.scalar(name + "(decimal(p,s))", c -> integralDecimal(c, duck + "(" + c.sql(0) + ")", false));
        }
        b.alias("ceil", "ceiling");
        EXACT.forEach(t -> b.scalar("round(" + t + ") -> " + t, c -> c.result(c.sql(0))));
        FLOATING.forEach(t -> b.scalar("round(" + t + ") -> " + t, c -> cast("round(" + c.sql(0) + ")", c.resultType())));
        b.scalar("round(decimal(p,s))", c -> integralDecimal(c, "round(" + c.sql(0) + ")", false));
        EXACT.forEach(t -> b.scalar("round(" + t + ", integer) -> " + t, c -> c.result(c.sql(0))));
        FLOATING.forEach(t -> b.scalar("round(" + t + ", integer) -> " + t,
                c -> cast("round(" + c.sql(0) + ", " + c.sql(1) + ")", c.resultType())));
        b.scalar("round(decimal(p,s), integer)", c -> {
            TrinoType in = c.type(0);
            TrinoType out = TrinoType.decimal(Math.min(38, in.precision() + 1), in.scale());
            return Typed.of(Sql.cast("round(" + Sql.cast(c.sql(0), out) + ", " + c.sql(1) + ")", out), out);
        });
        b.scalar("truncate(double) -> double", c -> c.result("trunc(" + c.sql(0) + ")"));
        b.scalar("truncate(real) -> real", c -> cast("trunc(" + c.sql(0) + ")", c.resultType()));
        b.scalar("truncate(decimal(p,s))", c -> integralDecimal(c, "trunc(" + c.sql(0) + ")", true));
        b.scalar("truncate(double, integer) -> double",
                c -> c.result("(trunc(" + c.sql(0) + " * pow(10, " + c.sql(1) + ")) / pow(10, " + c.sql(1) + "))"));
        b.scalar("truncate(decimal(p,s), integer) -> decimal(p,s)", c -> cast("trunc(" + c.sql(0) + " * pow(10, " + c.sql(1)
                + ")) / pow(10, " + c.sql(1) + ")", c.resultType()));
        for (String type : List.of("tinyint", "smallint", "integer", "bigint", "real", "double")) {
            b.scalar("sign(" + type + ") -> " + type, c -> cast("sign(" + c.sql(0) + ")", c.resultType()));
        }
        b.scalar("sign(decimal(p,s)) -> decimal(1,0)", c -> cast("sign(" + c.sql(0) + ")", c.resultType()));
        for (String name : List.of("sqrt", "exp", "ln", "log2", "log10", "sin", "cos", "tan", "asin", "acos",
                "atan", "sinh", "cosh", "tanh", "degrees", "radians")) {
            b.scalar(name + "(double) -> double", c -> c.result(name + "(" + c.sql(0) + ")"));
        }
        b.scalar("cbrt(double) -> double", c -> c.result("trino_cbrt(" + c.sql(0) + ")"));
        b.scalar("log(double, double) -> double", c -> c.result("(ln(" + c.sql(1) + ") / ln(" + c.sql(0) + "))"));
        b.scalar("atan2(double, double) -> double", c -> c.result("atan2(" + c.sql(0) + ", " + c.sql(1) + ")"));
        b.scalar("power(double, double) -> double", c -> c.result("pow(" + c.sql(0) + ", " + c.sql(1) + ")"));
        b.alias("pow", "power");
        for (String type : List.of("tinyint", "smallint", "integer", "bigint")) {
            b.scalar("mod(" + type + ", " + type + ") -> " + type, c -> cast("(" + c.sql(0) + " % " + c.sql(1) + ")",
                    c.resultType()));
        }
        FLOATING.forEach(t -> b.scalar("mod(" + t + ", " + t + ") -> " + t,
                c -> cast("(" + c.sql(0) + " % " + c.sql(1) + ")", c.resultType())));
        b.scalar("mod(decimal(p,s), decimal(p,s)) -> decimal(p,s)", c -> cast("(" + c.sql(0) + " % " + c.sql(1) + ")",
                c.resultType()));
        b.scalar("pi() -> double", c -> c.result("pi()"));
        b.scalar("e() -> double", c -> c.result("exp(1)"));
        b.scalar("infinity() -> double", c -> c.result("CAST('Infinity' AS DOUBLE)"));
        b.scalar("nan() -> double", c -> c.result("CAST('NaN' AS DOUBLE)"));
        b.scalar("is_nan(double) -> boolean", c -> c.result("isnan(" + c.sql(0) + ")"));
        b.scalar("is_finite(double) -> boolean", c -> c.result("isfinite(" + c.sql(0) + ")"));
        b.scalar("is_infinite(double) -> boolean", c -> c.result("isinf(" + c.sql(0) + ")"));
        b.scalar("random() -> double", c -> c.result("random()"));
        EXACT.forEach(t -> b.scalar("random(" + t + ") -> " + t, c -> {
            String bound = c.sql(0);
            String check = "CASE WHEN " + bound + " <= 0 THEN " + c.fail("INVALID_FUNCTION_ARGUMENT", "'bound must be positive'")
                    + " ELSE floor(random() * " + bound + ") END";
            return cast(check, c.resultType());
        }));
        b.alias("rand", "random");
        for (String name : List.of("greatest", "least")) {
            b.scalar(name + "(T, ...) -> T", c -> c.result(nullIfAnyNull(c, name + "(" + String.join(", ", c.sqls()) + ")")));
        }
        b.scalar("width_bucket(double, double, double, bigint) -> bigint", c -> c.result("CAST(CASE WHEN " + c.sql(0)
                + " < " + c.sql(1) + " THEN 0 WHEN " + c.sql(0) + " >= " + c.sql(2) + " THEN " + c.sql(3) + " + 1 ELSE floor(("
                + c.sql(0) + " - " + c.sql(1) + ") / ((" + c.sql(2) + " - " + c.sql(1) + ") / " + c.sql(3) + ")) + 1 END AS BIGINT)"));
        b.scalar("from_base(varchar, bigint) -> bigint", c -> c.result("trino_from_base(" + c.sql(0) + ", " + c.sql(1) + ")"));
        b.scalar("to_base(bigint, bigint) -> varchar", c -> c.result("trino_to_base(" + c.sql(0) + ", " + c.sql(1) + ")"));
        b.scalar("bitwise_and(bigint, bigint) -> bigint", c -> c.result("(" + c.sql(0) + " & " + c.sql(1) + ")"));
        b.scalar("bitwise_or(bigint, bigint) -> bigint", c -> c.result("(" + c.sql(0) + " | " + c.sql(1) + ")"));
        b.scalar("bitwise_xor(bigint, bigint) -> bigint", c -> c.result("xor(" + c.sql(0) + ", " + c.sql(1) + ")"));
        b.scalar("bitwise_not(bigint) -> bigint", c -> c.result("(~" + c.sql(0) + ")"));
        b.scalar("cosine_similarity(array(double), array(double)) -> double",
                c -> c.result("list_cosine_similarity(" + c.sql(0) + ", " + c.sql(1) + ")"));
    }

    /** Trino's {@code greatest}/{@code least}: NULL when any argument is NULL (DuckDB's skip NULLs). */
    static String nullIfAnyNull(Invocation c, String sql) {
        StringBuilder anyNull = new StringBuilder();
        for (String arg : c.sqls()) {
            anyNull.append(anyNull.length() == 0 ? "" : " OR ").append(arg).append(" IS NULL");
        }
        return "(CASE WHEN " + anyNull + " THEN NULL ELSE " + sql + " END)";
    }

    private static Typed cast(String sql, TrinoType type) {
        return Typed.of(Sql.cast(sql, type), type);
    }

    /** A decimal rounded to an integer: {@code decimal(p-s+min(s,1),0)}, or {@code decimal(max(1,p-s),0)} for truncate. */
    private static Typed integralDecimal(Invocation c, String sql, boolean truncate) {
        TrinoType in = c.type(0);
        int precision = truncate ? Math.max(1, in.precision() - in.scale())
                : Math.min(38, in.precision() - in.scale() + Math.min(in.scale(), 1));
        return cast(sql, TrinoType.decimal(precision, 0));
    }

    static boolean isDecimal(TrinoType type) {
        return type.is(Kind.DECIMAL);
    }
}
