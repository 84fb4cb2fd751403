package dev.athenawizard.core.sandbox.trino.functions;

import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.TrinoType.Kind;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import java.util.ArrayList;
import java.util.List;

/**
 * Trino's string functions (docs {@code functions/string.md}, {@code binary.md}, {@code url.md}). {@code concat} and
 * {@code ||} return NULL when any argument is NULL; positions count from 1 and a negative start counts from the end;
 * {@code split_part} beyond the last field is NULL.
 */
final class StringFunctions {
    /** What Trino's {@code trim}, {@code ltrim} and {@code rtrim} remove: whitespace, not only spaces. */
    static final String WHITESPACE = " \t\n\u000B\f\r\u001C\u001D\u001E\u001F";

    private StringFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.scalar("length(varchar(x)) -> bigint", c -> c.result("CAST(length(" + c.sql(0) + ") AS BIGINT)"));
        b.scalar("lower(varchar(x)) -> varchar(x)", c -> c.result("lower(" + c.sql(0) + ")"));
        b.scalar("upper(varchar(x)) -> varchar(x)", c -> c.result("upper(" + c.sql(0) + ")"));
        for (String name : List.of("trim", "ltrim", "rtrim")) {
            b.scalar(name + "(varchar(x)) -> varchar(x)", c -> c.result(name + "(" + c.sql(0) + ", " + Sql.literal(WHITESPACE) + ")"));
            b.scalar(name + "(varchar(x), varchar) -> varchar(x)", c -> c.result(name + "(" + c.sql(0) + ", " + c.sql(1) + ")"));
        }
        b.scalar("substring(varchar(x), bigint) -> varchar(x)", c -> c.result(substring(c, c.sql(0), c.sql(1), null)));
        b.scalar("substring(varchar(x), bigint, bigint) -> varchar(x)",
                c -> c.result(substring(c, c.sql(0), c.sql(1), c.sql(2))));
        b.alias("substr", "substring");
        b.scalar("concat(varchar(x), ...)", StringFunctions::concatStrings);
        b.scalar("concat(array(T), ...) -> array(T)", c -> c.result(nullIfAnyNull(c, "list_concat(" + String.join(", ", c.sqls()) + ")")));
        b.scalar("concat(T, array(T)) -> array(T)", c -> c.result(nullIfAnyNull(c, "list_prepend(" + c.sql(0) + ", " + c.sql(1) + ")")));
        b.scalar("concat(array(T), T) -> array(T)", c -> c.result(nullIfAnyNull(c, "list_append(" + c.sql(0) + ", " + c.sql(1) + ")")));
        b.scalar("concat_ws(varchar, varchar, ...) -> varchar", c -> c.result("concat_ws(" + String.join(", ", c.sqls()) + ")"));
        b.scalar("concat_ws(varchar, array(varchar)) -> varchar", c -> c.result("array_to_string(list_filter(" + c.sql(1)
                + ", lambda __x: __x IS NOT NULL), " + c.sql(0) + ")"));
        b.scalar("replace(varchar(x), varchar) -> varchar(x)", c -> c.result("replace(" + c.sql(0) + ", " + c.sql(1) + ", '')"));
        b.scalar("replace(varchar(x), varchar, varchar) -> varchar", c -> c.result("replace(" + String.join(", ", c.sqls()) + ")"));
        b.scalar("reverse(varchar(x)) -> varchar(x)", c -> c.result("reverse(" + c.sql(0) + ")"));
        b.scalar("reverse(array(T)) -> array(T)", c -> c.result("list_reverse(" + c.sql(0) + ")"));
        for (String name : List.of("lpad", "rpad")) {
            b.scalar(name + "(varchar(x), bigint, varchar) -> varchar", c -> c.result("(CASE WHEN " + c.sql(2) + " = '' THEN "
                    + c.fail("INVALID_FUNCTION_ARGUMENT", "'Padding string must not be empty'") + " WHEN " + c.sql(1)
                    + " < 0 THEN " + c.fail("INVALID_FUNCTION_ARGUMENT", "'Target length must be in the range [0..2147483647]'")
                    + " ELSE " + name + "(" + c.sql(0) + ", CAST(" + c.sql(1) + " AS INTEGER), " + c.sql(2) + ") END)"));
        }
        b.scalar("split(varchar(x), varchar) -> array(varchar(x))", c -> c.result("string_split(" + c.sql(0) + ", " + c.sql(1) + ")"));
        b.scalar("split(varchar(x), varchar, bigint) -> array(varchar(x))",
                c -> c.result("trino_split_limit(" + c.sql(0) + ", " + c.sql(1) + ", " + c.sql(2) + ")::VARCHAR[]"));
        b.scalar("split_part(varchar(x), varchar, bigint) -> varchar(x)", c -> c.result("(CASE WHEN " + c.sql(2) + " <= 0 THEN "
                + c.fail("INVALID_FUNCTION_ARGUMENT", "'Index must be greater than zero'") + " WHEN " + c.sql(2)
                + " > len(string_split(" + c.sql(0) + ", " + c.sql(1) + ")) THEN NULL ELSE split_part(" + c.sql(0) + ", "
                + c.sql(1) + ", CAST(" + c.sql(2) + " AS INTEGER)) END)"));
        b.scalar("strpos(varchar(x), varchar) -> bigint", c -> c.result("CAST(strpos(" + c.sql(0) + ", " + c.sql(1) + ") AS BIGINT)"));
        b.scalar("strpos(varchar(x), varchar, bigint) -> bigint",
                c -> c.result("trino_strpos(" + c.sql(0) + ", " + c.sql(1) + ", " + c.sql(2) + ")"));
        b.scalar("starts_with(varchar(x), varchar) -> boolean", c -> c.result("starts_with(" + c.sql(0) + ", " + c.sql(1) + ")"));
        b.scalar("ends_with(varchar(x), varchar) -> boolean", c -> c.result("ends_with(" + c.sql(0) + ", " + c.sql(1) + ")"));
        b.scalar("chr(bigint) -> varchar(1)", c -> c.result("chr(CAST(" + c.sql(0) + " AS INTEGER))"));
        b.scalar("codepoint(varchar(x)) -> integer", c -> c.result("(CASE WHEN length(" + c.sql(0) + ") <> 1 THEN "
                + c.fail("INVALID_FUNCTION_ARGUMENT", "'Input string must be a single character string'") + " ELSE unicode("
                + c.sql(0) + ") END)"));
        b.scalar("levenshtein_distance(varchar, varchar) -> bigint",
                c -> c.result("CAST(levenshtein(" + c.sql(0) + ", " + c.sql(1) + ") AS BIGINT)"));
        b.scalar("hamming_distance(varchar, varchar) -> bigint", c -> c.result("(CASE WHEN length(" + c.sql(0)
                + ") <> length(" + c.sql(1) + ") THEN " + c.fail("INVALID_FUNCTION_ARGUMENT",
                "'The input strings to hamming_distance function must have the same length'") + " ELSE CAST(hamming("
                + c.sql(0) + ", " + c.sql(1) + ") AS BIGINT) END)"));
        b.scalar("translate(varchar, varchar, varchar) -> varchar", c -> c.result("translate(" + String.join(", ", c.sqls()) + ")"));
        b.scalar("to_utf8(varchar) -> varbinary", c -> c.result("encode(" + c.sql(0) + ")"));
        b.scalar("from_utf8(varbinary) -> varchar", c -> c.result("decode(" + c.sql(0) + ")"));
        b.scalar("to_hex(varbinary) -> varchar", c -> c.result("hex(" + c.sql(0) + ")"));
        b.scalar("from_hex(varchar) -> varbinary", c -> c.result("unhex(" + c.sql(0) + ")"));
        b.scalar("to_base64(varbinary) -> varchar", c -> c.result("to_base64(" + c.sql(0) + ")"));
        b.scalar("from_base64(varchar) -> varbinary", c -> c.result("from_base64(" + c.sql(0) + ")"));
        for (String hash : List.of("md5", "sha1", "sha256")) {
            b.scalar(hash + "(varbinary) -> varbinary", c -> c.result("unhex(" + hash + "(" + c.sql(0) + "))"));
        }
        for (String part : List.of("host", "path", "protocol", "query", "fragment")) {
            b.scalar("url_extract_" + part + "(varchar) -> varchar", c -> c.result("trino_url_extract_" + part + "(" + c.sql(0) + ")"));
        }
        b.scalar("url_extract_port(varchar) -> bigint", c -> c.result("trino_url_extract_port(" + c.sql(0) + ")"));
        b.scalar("url_extract_parameter(varchar, varchar) -> varchar",
                c -> c.result("trino_url_extract_parameter(" + c.sql(0) + ", " + c.sql(1) + ")"));
        b.scalar("url_encode(varchar) -> varchar", c -> c.result("trino_url_encode(" + c.sql(0) + ")"));
        b.scalar("url_decode(varchar) -> varchar", c -> c.result("trino_url_decode(" + c.sql(0) + ")"));
    }

    /** Trino's {@code substr}: from 1, a negative start counting from the end, start 0 or beyond the text empty. */
    private static String substring(Invocation c, String text, String start, String length) {
        String rest = length == null ? "" : ", " + length;
        return "(CASE WHEN " + start + " = 0 OR abs(" + start + ") > length(" + text + ")" + (length == null ? ""
                : " OR " + length + " < 0") + " THEN '' ELSE substring(" + text + ", " + start + rest + ") END)";
    }

    /** {@code concat} of strings: NULL if any is NULL; the length bound is the sum of the arguments'. */
    private static Typed concatStrings(Invocation c) {
        if (c.arity() < 2) {
            throw QueryFailure.of("INVALID_FUNCTION_ARGUMENT", QueryFailure.USER, 1000, // Athena shows no position here
                    "There must be two or more concatenation arguments");
        }
        long length = 0;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < c.arity(); i++) {
            TrinoType original = c.originalType(i);
            int precision = original.isUnknown() ? 0 : original.precision();
            length = precision == TrinoType.UNBOUNDED || length == TrinoType.UNBOUNDED ? TrinoType.UNBOUNDED
                    : Math.min(TrinoType.UNBOUNDED, length + precision);
            parts.add(c.sql(i));
        }
        TrinoType type = length >= TrinoType.UNBOUNDED ? TrinoType.VARCHAR : TrinoType.varchar((int) length);
        return Typed.of("(" + String.join(" || ", parts) + ")", type);
    }

    static String nullIfAnyNull(Invocation c, String sql) {
        return MathFunctions.nullIfAnyNull(c, sql);
    }

    static boolean isArray(TrinoType type) {
        return type.is(Kind.ARRAY);
    }
}
