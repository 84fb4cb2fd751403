package dev.athenawizard.core.sandbox.trino.functions;

import java.util.List;

/** Trino's ranking and value window functions (docs {@code functions/window.md}). */
final class WindowFunctions {
    private WindowFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        for (String name : List.of("row_number", "rank", "dense_rank")) {
            b.window(name + "() -> bigint", c -> c.result(c.aggregate(name)));
        }
        b.window("percent_rank() -> double", c -> c.result(c.aggregate("percent_rank")));
        b.window("cume_dist() -> double", c -> c.result(c.aggregate("cume_dist")));
        b.window("ntile(bigint) -> bigint", c -> c.result(c.aggregate("ntile", c.sql(0))));
        for (String name : List.of("lag", "lead")) {
            b.window(name + "(T) -> T", c -> c.result(c.aggregate(name, c.sql(0))));
            b.window(name + "(T, bigint) -> T", c -> c.result(c.aggregate(name, c.sql(0), c.sql(1))));
            b.window(name + "(T, bigint, T) -> T", c -> c.result(c.aggregate(name, c.sql(0), c.sql(1), c.sql(2))));
        }
        b.window("first_value(T) -> T", c -> c.result(c.aggregate("first_value", c.sql(0))));
        b.window("last_value(T) -> T", c -> c.result(c.aggregate("last_value", c.sql(0))));
        b.window("nth_value(T, bigint) -> T", c -> c.result(c.aggregate("nth_value", c.sql(0), c.sql(1))));
    }
}
