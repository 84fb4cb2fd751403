package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.trino.types.DuckRepresentation;
import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.TrinoType.Kind;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import io.trino.sql.tree.DereferenceExpression;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.Identifier;
import io.trino.sql.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Column references as Trino resolves them: names are case-insensitive; {@code a.b} is first a column {@code b} of
 * a relation named {@code a}, and only then field {@code b} of a row-typed column {@code a}; a name two relations
 * share is ambiguous.
 */
final class Names {
    private Names() {
    }

    static Typed identifier(ExpressionTranslator translator, Identifier identifier, Scope scope) {
        String name = identifier.getValue().toLowerCase(Locale.ROOT);
        List<Field> found = scope.resolve(name);
        if (found.isEmpty()) {
            throw Failures.columnNotFound(identifier, identifier.getValue());
        }
        if (found.size() > 1) {
            throw Failures.ambiguous(identifier, identifier.getValue());
        }
        return use(translator, found.get(0));
    }

    static Typed dereference(ExpressionTranslator translator, DereferenceExpression node, Scope scope) {
        Optional<List<String>> parts = parts(node);
        if (parts.isPresent()) {
            List<String> names = parts.get();
            for (int split = names.size() - 1; split >= 1; split--) {
                List<Field> found = scope.resolve(names.subList(0, split), names.get(split));
                if (found.size() > 1) {
                    throw Failures.ambiguous(node, String.join(".", names.subList(0, split + 1)));
                }
                if (found.size() == 1) {
                    Typed value = use(translator, found.get(0));
                    for (String field : names.subList(split + 1, names.size())) {
                        value = field(node, value, field);
                    }
                    return value;
                }
            }
            if (scope.resolve(names.get(0)).isEmpty() && scope.hasRelation(names.subList(0, names.size() - 1))) {
                throw Failures.columnNotFound(node, String.join(".", names));
            }
        }
        Typed base = translator.translate(node.getBase(), scope);
        String field = node.getField().map(Identifier::getValue).orElseThrow();
        return field(node, base, field.toLowerCase(Locale.ROOT));
    }

    /** Field {@code name} of a row value. */
    static Typed field(Node node, Typed row, String name) {
        if (!row.type().is(Kind.ROW)) {
            throw Failures.typeMismatch(node, "Expression " + row.type() + " is not of type ROW");
        }
        TrinoType type = row.type();
        for (int i = 0; i < type.fieldNames().size(); i++) {
            if (name.equals(type.fieldNames().get(i))) {
                return Typed.of("(" + row.sql() + ")." + Sql.identifier(DuckRepresentation.fieldName(type, i)),
                        type.children().get(i));
            }
        }
        throw Failures.columnNotFound(node, name);
    }

    private static Typed use(ExpressionTranslator translator, Field field) {
        translator.tx.read(field.origins());
        return field.typed();
    }

    /** The names of a chain {@code a.b.c} of identifiers; empty if the base is some other expression. */
    static Optional<List<String>> parts(Expression expression) {
        List<String> parts = new ArrayList<>();
        Expression current = expression;
        while (current instanceof DereferenceExpression dereference) {
            if (dereference.getField().isEmpty()) {
                return Optional.empty();
            }
            parts.add(0, dereference.getField().get().getValue().toLowerCase(Locale.ROOT));
            current = dereference.getBase();
        }
        if (!(current instanceof Identifier identifier)) {
            return Optional.empty();
        }
        parts.add(0, identifier.getValue().toLowerCase(Locale.ROOT));
        return Optional.of(parts);
    }
}
