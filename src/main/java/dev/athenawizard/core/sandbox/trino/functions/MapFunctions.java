package dev.athenawizard.core.sandbox.trino.functions;

import dev.athenawizard.core.sandbox.trino.types.DuckRepresentation;
import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import java.util.Arrays;
import java.util.List;

/**
 * Trino's map functions (docs {@code functions/map.md}): {@code map(keys, values)} refuses duplicate or NULL keys,
 * {@code map_entries} gives rows, and the lambda functions ({@code map_filter}, {@code transform_keys},
 * {@code transform_values}) see each key and value.
 */
final class MapFunctions {
    private MapFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.scalar("map()", c -> Typed.of("MAP {}", TrinoType.map(TrinoType.UNKNOWN, TrinoType.UNKNOWN)));
        b.scalar("map(array(K), array(V)) -> map(K,V)", c -> c.result("(CASE WHEN len(" + c.sql(0) + ") <> len(" + c.sql(1)
                + ") THEN " + c.fail("INVALID_FUNCTION_ARGUMENT", "'Key and value arrays must be the same length'") + " WHEN "
                + ArrayFunctions.hasNull(c.sql(0)) + " THEN " + c.fail("INVALID_FUNCTION_ARGUMENT", "'map key cannot be null'")
                + " ELSE map(" + c.sql(0) + ", " + c.sql(1) + ") END)"));
        b.scalar("map_keys(map(K,V)) -> array(K)", c -> c.result("map_keys(" + c.sql(0) + ")"));
        b.scalar("map_values(map(K,V)) -> array(V)", c -> c.result("map_values(" + c.sql(0) + ")"));
        b.scalar("map_entries(map(K,V))", c -> {
            TrinoType row = TrinoType.row(Arrays.asList(null, null), List.of(c.type(0).key(), c.type(0).value()));
            return Typed.of("list_transform(map_entries(" + c.sql(0) + "), lambda __e: struct_pack(field0 := __e.key, "
                    + "field1 := __e.value))", TrinoType.array(row));
        });
        b.scalar("map_from_entries(array(T))", c -> {
            TrinoType row = c.type(0).element();
            if (!row.is(TrinoType.Kind.ROW) || row.children().size() != 2) {
                throw c.failure("FUNCTION_NOT_FOUND", "Unexpected parameters (" + c.type(0) + ") for function "
                        + "map_from_entries. Expected: map_from_entries(array(row(K,V)))");
            }
            return Typed.of("map_from_entries(list_transform(" + c.sql(0) + ", lambda __e: struct_pack(key := __e."
                    + Sql.identifier(DuckRepresentation.fieldName(row, 0)) + ", value := __e."
                    + Sql.identifier(DuckRepresentation.fieldName(row, 1)) + ")))",
                    TrinoType.map(row.children().get(0), row.children().get(1)));
        });
        b.scalar("map_concat(map(K,V), ...) -> map(K,V)", c -> c.result("map_concat(" + String.join(", ", c.sqls()) + ")"));
        b.scalar("map_filter(map(K,V), function(K,V,boolean)) -> map(K,V)", c -> c.result("map_from_entries(list_filter("
                + "map_entries(" + c.sql(0) + "), lambda __e: " + entryLambda(c) + "))"));
        b.scalar("transform_keys(map(K,V), function(K,V,R)) -> map(R,V)", c -> c.result("map_from_entries(list_transform("
                + "map_entries(" + c.sql(0) + "), lambda __e: struct_pack(key := " + entryLambda(c) + ", value := __e.value)))"));
        b.scalar("transform_values(map(K,V), function(K,V,R)) -> map(K,R)", c -> c.result("map_from_entries(list_transform("
                + "map_entries(" + c.sql(0) + "), lambda __e: struct_pack(key := __e.key, value := " + entryLambda(c) + ")))"));
    }

    /** The lambda (argument 1) over one entry {@code __e} of the map (argument 0). */
    private static String entryLambda(Invocation c) {
        TrinoType map = c.type(0);
        return c.inlineLambda(1, List.of(map.key(), map.value()), List.of("__e.key", "__e.value"));
    }
}
