package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.trino.types.DuckRepresentation;
import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.TrinoType.Kind;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.Unnest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code UNNEST(a, b, …) [WITH ORDINALITY]}: arrays side by side, the shorter padded with NULLs; an array of rows
 * gives one column per field, a map a key and a value column; the ordinality counts from 1. A NULL or empty array
 * gives no rows.
 */
final class Unnests {
    private Unnests() {
    }

    static Relation translate(ExpressionTranslator expressions, Unnest unnest, Scope scope, Translation tx) {
        List<String> items = new ArrayList<>();
        List<String> lengths = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        String alias = Sql.identifier(tx.name("r"));
        for (Expression expression : unnest.getExpressions()) {
            Typed value = expressions.translate(expression, scope);
            TrinoType type = value.type();
            if (type.is(Kind.ARRAY)) {
                String column = Sql.identifier(tx.name("u"));
                items.add("unnest(" + value.sql() + ") AS " + column);
                lengths.add("len(" + value.sql() + ")");
                TrinoType element = type.element();
                if (element.is(Kind.ROW)) {
                    for (int i = 0; i < element.children().size(); i++) {
                        fields.add(field(Optional.ofNullable(element.fieldNames().get(i)), element.children().get(i),
                                alias + "." + column + "." + Sql.identifier(DuckRepresentation.fieldName(element, i))));
                    }
                } else {
                    fields.add(field(Optional.empty(), element, alias + "." + column));
                }
            } else if (type.is(Kind.MAP)) {
                String keys = Sql.identifier(tx.name("u"));
                String values = Sql.identifier(tx.name("u"));
                items.add("unnest(map_keys(" + value.sql() + ")) AS " + keys);
                items.add("unnest(map_values(" + value.sql() + ")) AS " + values);
                lengths.add("cardinality(" + value.sql() + ")");
                fields.add(field(Optional.empty(), type.key(), alias + "." + keys));
                fields.add(field(Optional.empty(), type.value(), alias + "." + values));
            } else {
                throw Failures.typeMismatch(expression, "Cannot unnest type: " + type);
            }
        }
        if (unnest.isWithOrdinality()) {
            String column = Sql.identifier(tx.name("u"));
            String longest = lengths.size() == 1 ? lengths.get(0) : "greatest(" + String.join(", ", lengths) + ")";
            items.add("unnest(generate_series(1, " + longest + ")) AS " + column);
            fields.add(field(Optional.empty(), TrinoType.BIGINT, alias + "." + column));
        }
        return new Relation("(SELECT " + String.join(", ", items) + ") AS " + alias, fields);
    }

    private static Field field(Optional<String> name, TrinoType type, String sql) {
        return Field.of(name, List.of(), type, sql, Set.of());
    }
}
