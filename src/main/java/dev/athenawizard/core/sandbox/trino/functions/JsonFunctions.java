package dev.athenawizard.core.sandbox.trino.functions;

import java.util.List;

/**
 * Trino's JSON functions (docs {@code functions/json.md}): values stay canonical JSON text ({@code json_parse} sorts
 * object keys and drops whitespace), paths are Trino's JSONPath subset, and each function takes JSON or a string
 * holding JSON. They run in Java inside DuckDB.
 */
final class JsonFunctions {
    private JsonFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.scalar("json_parse(varchar) -> json", c -> c.result("CAST(" + RegexpFunctions.udf(c, "json_parse", c.sql(0)) + " AS JSON)"));
        b.scalar("json_format(json) -> varchar", c -> c.result("CAST(" + c.sql(0) + " AS VARCHAR)"));
        for (String input : List.of("json", "varchar")) {
            b.scalar("json_extract(" + input + ", varchar) -> json", c -> c.result("CAST(" + RegexpFunctions.udf(c,
                    "json_extract", text(c), c.sql(1)) + " AS JSON)"));
            b.scalar("json_extract_scalar(" + input + ", varchar) -> varchar",
                    c -> c.result(RegexpFunctions.udf(c, "json_extract_scalar", text(c), c.sql(1))));
            b.scalar("json_size(" + input + ", varchar) -> bigint",
                    c -> c.result(RegexpFunctions.udf(c, "json_size", text(c), c.sql(1))));
            b.scalar("json_array_length(" + input + ") -> bigint",
                    c -> c.result(RegexpFunctions.udf(c, "json_array_length", text(c))));
            // a string element comes back unquoted, not JSON at all (Trino's documented quirk): kept as text
            b.scalar("json_array_get(" + input + ", bigint) -> json",
                    c -> c.result(RegexpFunctions.udf(c, "json_array_get", text(c), c.sql(1))));
            b.scalar("is_json_scalar(" + input + ") -> boolean", c -> c.result(RegexpFunctions.udf(c, "is_json_scalar", text(c))));
            for (String value : List.of("boolean", "bigint", "double", "varchar")) {
                b.scalar("json_array_contains(" + input + ", " + value + ") -> boolean", c -> c.result(RegexpFunctions.udf(c,
                        "json_array_contains", text(c), "CAST(to_json(" + c.sql(1) + ") AS VARCHAR)")));
            }
        }
    }

    /** The JSON argument as text. */
    private static String text(Invocation c) {
        return "CAST(" + c.sql(0) + " AS VARCHAR)";
    }
}
