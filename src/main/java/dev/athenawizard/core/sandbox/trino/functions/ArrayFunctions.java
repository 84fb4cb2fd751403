package dev.athenawizard.core.sandbox.trino.functions;

import dev.athenawizard.core.sandbox.trino.types.DuckRepresentation;
import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.TrinoType.Kind;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import java.util.ArrayList;
import java.util.List;

/**
 * Trino's array functions without lambdas (docs {@code functions/array.md}): {@code element_at} is NULL beyond the
 * end and counts back from the end for a negative index; {@code array_max} is NULL if any element is; functions
 * returning sets keep the order of first appearance; {@code sequence} counts down when the start is larger.
 */
final class ArrayFunctions {
    private static final int MAX_SEQUENCE = 10_000;

    private ArrayFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.scalar("cardinality(array(E)) -> bigint", c -> c.result("CAST(len(" + c.sql(0) + ") AS BIGINT)"));
        b.scalar("cardinality(map(K,V)) -> bigint", c -> c.result("CAST(cardinality(" + c.sql(0) + ") AS BIGINT)"));
        b.scalar("element_at(array(E), bigint) -> E", c -> c.result("(CASE WHEN " + c.sql(1) + " = 0 THEN "
                + c.fail("INVALID_FUNCTION_ARGUMENT", "'SQL array indices start at 1'") + " ELSE list_extract(" + c.sql(0)
                + ", " + c.sql(1) + ") END)"));
        b.scalar("element_at(map(K,V), K) -> V", c -> c.result(c.sql(0) + "[" + c.sql(1) + "]"));
        b.scalar("contains(array(T), T) -> boolean", c -> c.result("(CASE WHEN " + c.sql(0) + " IS NULL OR " + c.sql(1)
                + " IS NULL THEN NULL WHEN list_contains(" + c.sql(0) + ", " + c.sql(1) + ") THEN true WHEN "
                + hasNull(c.sql(0)) + " THEN NULL ELSE false END)"));
        b.scalar("array_position(array(T), T) -> bigint", c -> c.result("CAST(coalesce(list_position(" + c.sql(0) + ", "
                + c.sql(1) + "), 0) AS BIGINT)"));
        b.scalar("array_distinct(array(T)) -> array(T)", c -> c.result(distinct(c.sql(0))));
        b.scalar("array_sort(array(T)) -> array(T)", c -> c.result("list_sort(" + c.sql(0) + ", 'ASC', 'NULLS LAST')"));
        b.scalar("array_sort(array(T), function(T,T,integer)) -> array(T)", c -> {
            throw c.failure("NOT_SUPPORTED", "The sandbox cannot run array_sort with a comparator; Athena can. Try this "
                    + "query on Athena, or sort with array_sort(x) and reverse");
        });
        for (String name : List.of("array_max", "array_min")) {
            String duck = name.equals("array_max") ? "list_max" : "list_min";
            b.scalar(name + "(array(T)) -> T", c -> c.result("(CASE WHEN " + hasNull(c.sql(0)) + " THEN NULL ELSE "
                    + duck + "(" + c.sql(0) + ") END)"));
        }
        b.scalar("array_join(array(T), varchar) -> varchar", c -> c.result("array_to_string(" + texts(c.sql(0), c.type(0).element())
                + ", " + c.sql(1) + ")"));
        b.scalar("array_join(array(T), varchar, varchar) -> varchar", c -> c.result("array_to_string(list_transform("
                + texts(c.sql(0), c.type(0).element()) + ", lambda __x: coalesce(__x, " + c.sql(2) + ")), " + c.sql(1) + ")"));
        b.scalar("array_remove(array(T), T) -> array(T)", c -> c.result("list_filter(" + c.sql(0)
                + ", lambda __x: __x IS NULL OR __x <> " + c.sql(1) + ")"));
        b.scalar("array_intersect(array(T), array(T)) -> array(T)", c -> c.result(distinct("list_filter(" + c.sql(0)
                + ", lambda __x: list_contains(" + c.sql(1) + ", __x))")));
        b.scalar("array_union(array(T), array(T)) -> array(T)", c -> c.result(distinct("list_concat(" + c.sql(0) + ", "
                + c.sql(1) + ")")));
        b.scalar("array_except(array(T), array(T)) -> array(T)", c -> c.result(distinct("list_filter(" + c.sql(0)
                + ", lambda __x: NOT coalesce(list_contains(" + c.sql(1) + ", __x), false))")));
        b.scalar("arrays_overlap(array(T), array(T)) -> boolean", c -> c.result("(CASE WHEN " + c.sql(0) + " IS NULL OR "
                + c.sql(1) + " IS NULL THEN NULL WHEN list_has_any(" + c.sql(0) + ", " + c.sql(1) + ") THEN true WHEN "
                + hasNull(c.sql(0)) + " OR " + hasNull(c.sql(1)) + " THEN NULL ELSE false END)"));
        b.scalar("flatten(array(array(T))) -> array(T)", c -> c.result("flatten(" + c.sql(0) + ")"));
        b.scalar("sequence(bigint, bigint) -> array(bigint)", c -> c.result(sequence(c, c.sql(0), c.sql(1),
                "CASE WHEN " + c.sql(0) + " <= " + c.sql(1) + " THEN 1 ELSE -1 END")));
        b.scalar("sequence(bigint, bigint, bigint) -> array(bigint)", c -> c.result(sequence(c, c.sql(0), c.sql(1), c.sql(2))));
        b.scalar("sequence(date, date) -> array(date)", c -> c.result("CAST(generate_series(CAST(" + c.sql(0)
                + " AS TIMESTAMP), CAST(" + c.sql(1) + " AS TIMESTAMP), CASE WHEN " + c.sql(0) + " <= " + c.sql(1)
                + " THEN to_days(1) ELSE to_days(-1) END) AS DATE[])"));
        b.scalar("sequence(date, date, interval day to second) -> array(date)", c -> c.result("CAST(generate_series(CAST("
                + c.sql(0) + " AS TIMESTAMP), CAST(" + c.sql(1) + " AS TIMESTAMP), " + c.sql(2) + ") AS DATE[])"));
        b.scalar("sequence(date, date, interval year to month) -> array(date)", c -> c.result("CAST(generate_series(CAST("
                + c.sql(0) + " AS TIMESTAMP), CAST(" + c.sql(1) + " AS TIMESTAMP), " + c.sql(2) + ") AS DATE[])"));
        b.scalar("sequence(timestamp(p), timestamp(p), interval day to second) -> array(timestamp(p))",
                c -> c.result("generate_series(" + c.sql(0) + ", " + c.sql(1) + ", " + c.sql(2) + ")"));
        b.scalar("sequence(timestamp(p), timestamp(p), interval year to month) -> array(timestamp(p))",
                c -> c.result("generate_series(" + c.sql(0) + ", " + c.sql(1) + ", " + c.sql(2) + ")"));
        b.scalar("slice(array(E), bigint, bigint) -> array(E)", ArrayFunctions::slice);
        b.scalar("repeat(T, bigint) -> array(T)", c -> c.result("(CASE WHEN " + c.sql(1) + " < 0 THEN "
                + c.fail("INVALID_FUNCTION_ARGUMENT", "'count argument of repeat function must be greater than or equal to 0'")
                + " WHEN " + c.sql(1) + " > " + MAX_SEQUENCE + " THEN " + c.fail("INVALID_FUNCTION_ARGUMENT",
                "'count argument of repeat function must be less than or equal to 10000'") + " ELSE list_transform(range("
                + c.sql(1) + "), lambda __i: " + c.sql(0) + ") END)"));
        b.scalar("trim_array(array(E), bigint) -> array(E)", c -> c.result("(CASE WHEN " + c.sql(1) + " < 0 OR " + c.sql(1)
                + " > len(" + c.sql(0) + ") THEN " + c.fail("INVALID_FUNCTION_ARGUMENT",
                "'size must not be negative or greater than the array length'") + " ELSE list_slice(" + c.sql(0)
                + ", 1, len(" + c.sql(0) + ") - " + c.sql(1) + ") END)"));
        b.scalar("zip(array(T), array(U))", ArrayFunctions::zip);
        b.scalar("zip(array(T), array(U), array(V))", ArrayFunctions::zip);
    }

    /** Whether the (non-NULL) array holds a NULL element. */
    static String hasNull(String array) {
        return "(list_count(" + array + ") < len(" + array + "))";
    }

    /** Distinct elements in order of first appearance, a NULL element kept once. */
    static String distinct(String array) {
        return "list_filter(" + array + ", lambda __x, __i: list_position(" + array + ", __x) = __i)";
    }

    /** Elements as Trino casts them to varchar (a double as {@code 1.5}, {@code 1.0E20}). */
    static String texts(String array, TrinoType element) {
        return switch (element.kind()) {
            case VARCHAR, CHAR -> array;
            case DOUBLE -> "list_transform(" + array + ", lambda __x: trino_double_to_varchar(__x))";
            case REAL -> "list_transform(" + array + ", lambda __x: trino_real_to_varchar(__x))";
            default -> "CAST(" + array + " AS VARCHAR[])";
        };
    }

    private static String sequence(Invocation c, String start, String stop, String step) {
        String count = "((" + stop + " - " + start + ") // " + step + " + 1)";
        return "(CASE WHEN " + step + " = 0 THEN " + c.fail("INVALID_FUNCTION_ARGUMENT", "'step must not be zero'")
                + " WHEN " + step + " > 0 AND " + start + " > " + stop + " OR " + step + " < 0 AND " + start + " < " + stop
                + " THEN " + c.fail("INVALID_FUNCTION_ARGUMENT", "'sequence stop value should be greater than or equal to "
                + "start value if step is greater than zero otherwise stop should be less than or equal to start'")
                + " WHEN " + count + " > " + MAX_SEQUENCE + " THEN " + c.fail("INVALID_FUNCTION_ARGUMENT",
                "'result of sequence function must not have more than 10000 entries'")
                + " ELSE generate_series(" + start + ", " + stop + ", " + step + ") END)";
    }

    /** Trino's slice: from {@code start} (negative counts from the end) for {@code length} elements. */
    private static Typed slice(Invocation c) {
        String array = c.sql(0);
        String start = c.sql(1);
        String length = c.sql(2);
        String from = "(CASE WHEN " + start + " > 0 THEN " + start + " ELSE len(" + array + ") + " + start + " + 1 END)";
        return c.result("(CASE WHEN " + start + " = 0 THEN " + c.fail("INVALID_FUNCTION_ARGUMENT",
                "'SQL array indices start at 1'") + " WHEN " + length + " < 0 THEN " + c.fail("INVALID_FUNCTION_ARGUMENT",
                "'length must be greater than or equal to 0'") + " WHEN " + from + " < 1 THEN [] ELSE list_slice(" + array
                + ", " + from + ", " + from + " + " + length + " - 1) END)");
    }

    /** {@code zip}: rows of the arrays' elements side by side, the shorter arrays padded with NULLs. */
    private static Typed zip(Invocation c) {
        List<String> names = new ArrayList<>();
        List<TrinoType> types = new ArrayList<>();
        for (int i = 0; i < c.arity(); i++) {
            names.add(null);
            types.add(c.type(i).element());
        }
        TrinoType row = TrinoType.row(names, types);
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < c.arity(); i++) {
            fields.add(Sql.identifier(DuckRepresentation.fieldName(row, i)) + " := __z[" + (i + 1) + "]");
        }
        return Typed.of("list_transform(list_zip(" + String.join(", ", c.sqls()) + "), lambda __z: struct_pack("
                + String.join(", ", fields) + "))", TrinoType.array(row));
    }

    static boolean isArray(TrinoType type) {
        return type.is(Kind.ARRAY);
    }
}
