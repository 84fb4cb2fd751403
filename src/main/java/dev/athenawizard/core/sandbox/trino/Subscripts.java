package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.trino.types.Coercions;
import dev.athenawizard.core.sandbox.trino.types.DuckRepresentation;
import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.TrinoType.Kind;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import io.trino.sql.tree.SubscriptExpression;

/**
 * {@code a[i]}, {@code m[k]} and {@code r[i]} with Trino's checks: array indexes start at 1 and must lie within
 * the array ({@code Array subscript must be less than or equal to array length: 5 > 3}), and a map key must be
 * present ({@code Key not present in map: x}); DuckDB would answer NULL for both.
 */
final class Subscripts {
    private Subscripts() {
    }

    static Typed translate(ExpressionTranslator translator, SubscriptExpression node, Typed base, Typed index) {
        TrinoType type = base.type();
        if (type.is(Kind.ARRAY)) {
            if (!index.type().isIntegral() && !index.type().isUnknown()) {
                throw Failures.typeMismatch(node, "Cannot use " + index.type() + " for subscript of " + type);
            }
            return array(translator, base, Coercions.coerce(index, TrinoType.BIGINT));
        }
        if (type.is(Kind.MAP)) {
            if (!Coercions.canCoerce(index.type(), type.key())) {
                throw Failures.typeMismatch(node, "Cannot use " + index.type() + " for subscript of " + type);
            }
            String key = Coercions.coerce(index, type.key()).sql();
            String missing = translator.fail("INVALID_FUNCTION_ARGUMENT", "'Key not present in map: ' || "
                    + Casts.toText(node, key, type.key(), true));
            return Typed.of("(CASE WHEN " + base.sql() + " IS NULL OR " + key + " IS NULL THEN NULL WHEN NOT map_contains("
                    + base.sql() + ", " + key + ") THEN " + missing + " ELSE " + base.sql() + "[" + key + "] END)", type.value());
        }
        if (type.is(Kind.ROW)) {
            long position = index.integer().orElseThrow(() -> Failures.typeMismatch(node,
                    "Subscript expression on ROW requires a constant index"));
            if (position < 1 || position > type.children().size()) {
                throw Failures.of(node, "INVALID_FUNCTION_ARGUMENT", "Invalid subscript index: " + position
                        + ". ROW indices start at 1 and must be less than or equal to the number of fields: "
                        + type.children().size());
            }
            int i = (int) position - 1;
            return Typed.of("(" + base.sql() + ")." + Sql.identifier(DuckRepresentation.fieldName(type, i)),
                    type.children().get(i));
        }
        throw Failures.typeMismatch(node, "Cannot use " + index.type() + " for subscript of " + type);
    }

    private static Typed array(ExpressionTranslator translator, Typed base, Typed index) {
        String a = base.sql();
        String i = index.sql();
        String fail = translator.safe() ? "NULL" : null;
        String zero = fail != null ? fail : Sql.failWith("INVALID_FUNCTION_ARGUMENT", "SQL array indices start at 1");
        String negative = fail != null ? fail : Sql.fail("INVALID_FUNCTION_ARGUMENT",
                "'Array subscript is negative: ' || CAST(" + i + " AS VARCHAR)");
        String beyond = fail != null ? fail : Sql.fail("INVALID_FUNCTION_ARGUMENT",
                "'Array subscript must be less than or equal to array length: ' || CAST(" + i + " AS VARCHAR) || ' > ' || "
                        + "CAST(len(" + a + ") AS VARCHAR)");
        return Typed.of("(CASE WHEN " + a + " IS NULL OR " + i + " IS NULL THEN NULL WHEN " + i + " = 0 THEN " + zero
                + " WHEN " + i + " < 0 THEN " + negative + " WHEN " + i + " > len(" + a + ") THEN " + beyond
                + " ELSE " + a + "[" + i + "] END)", base.type().element());
    }
}
