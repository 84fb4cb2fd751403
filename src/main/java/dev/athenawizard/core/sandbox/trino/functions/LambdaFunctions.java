package dev.athenawizard.core.sandbox.trino.functions;

import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import java.util.List;

/**
 * Trino's array functions that take lambdas (docs {@code functions/lambda.md}, {@code array.md}): {@code transform},
 * {@code filter}, {@code reduce} (with its output function), {@code any_match}/{@code all_match}/{@code none_match}
 * (NULL when the answer hinges on a NULL) and {@code zip_with} (the shorter array padded with NULLs).
 */
final class LambdaFunctions {
    private LambdaFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.scalar("transform(array(T), function(T,U)) -> array(U)", c -> c.result("list_transform(" + c.sql(0) + ", "
                + c.sql(1) + ")"));
        b.scalar("filter(array(T), function(T,boolean)) -> array(T)", c -> c.result("list_filter(" + c.sql(0) + ", "
                + c.sql(1) + ")"));
        b.scalar("reduce(array(T), S, function(S,T,S), function(S,R)) -> R", c -> {
            String reduced = "list_reduce(" + c.sql(0) + ", " + c.sql(2) + ", " + c.sql(1) + ")";
            TrinoType state = c.bindings().typeOrUnknown("S");
            return c.result(c.inlineLambda(3, List.of(state), List.of(reduced)));
        });
        b.scalar("any_match(array(T), function(T,boolean)) -> boolean", c -> c.result(match(c, "true", "true", "false")));
        b.scalar("all_match(array(T), function(T,boolean)) -> boolean", c -> c.result(match(c, "false", "false", "true")));
        b.scalar("none_match(array(T), function(T,boolean)) -> boolean", c -> c.result(match(c, "true", "false", "true")));
        b.scalar("zip_with(array(T), array(U), function(T,U,R)) -> array(R)", c -> c.result("list_transform(list_zip("
                + c.sql(0) + ", " + c.sql(1) + "), lambda __z: " + c.inlineLambda(2, List.of(c.type(0).element(),
                c.type(1).element()), List.of("__z[1]", "__z[2]")) + ")"));
    }

    /**
     * {@code decisive} among the predicate's results settles the answer as {@code whenFound}; otherwise a NULL result
     * makes the answer NULL, and no NULL makes it {@code otherwise}.
     */
    private static String match(Invocation c, String decisive, String whenFound, String otherwise) {
        String results = "list_transform(" + c.sql(0) + ", " + c.sql(1) + ")";
        return "(CASE WHEN " + c.sql(0) + " IS NULL THEN NULL WHEN list_contains(" + results + ", " + decisive + ") THEN "
                + whenFound + " WHEN " + ArrayFunctions.hasNull(results) + " THEN NULL ELSE " + otherwise + " END)";
    }
}
