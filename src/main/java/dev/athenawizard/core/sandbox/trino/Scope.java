package dev.athenawizard.core.sandbox.trino;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns an expression may name: those of the FROM clause being translated, then (for a correlated subquery
 * or a lambda) those of the enclosing scope.
 */
final class Scope {
    static final Scope EMPTY = new Scope(List.of(), Optional.empty());

    private final List<Field> fields;
    private final Optional<Scope> outer;

    Scope(List<Field> fields, Optional<Scope> outer) {
        this.fields = List.copyOf(fields);
        this.outer = outer;
    }

    static Scope of(List<Field> fields) {
        return new Scope(fields, Optional.empty());
    }

    Scope inside(Scope enclosing) {
        return new Scope(fields, Optional.of(enclosing));
    }

    /** A nested scope (lambda parameters) whose names shadow this one's. */
    Scope with(List<Field> innerFields) {
        return new Scope(innerFields, Optional.of(this));
    }

    List<Field> fields() {
        return fields;
    }

    Optional<Scope> outer() {
        return outer;
    }

    /** The fields named {@code name}, nearest scope first; empty if no scope has one. */
    List<Field> resolve(String name) {
        List<Field> found = new ArrayList<>();
        for (Field f : fields) {
            if (f.unqualified() && f.name().map(name::equals).orElse(false)) {
                found.add(f);
            }
        }
        if (found.isEmpty() && outer.isPresent()) {
            return outer.get().resolve(name);
        }
        return found;
    }

    /** The fields named {@code name} in a relation named {@code qualifier}, nearest scope first. */
    List<Field> resolve(List<String> qualifier, String name) {
        List<Field> found = new ArrayList<>();
        for (Field f : fields) {
            if (f.name().map(name::equals).orElse(false) && f.qualifiedBy(qualifier)) {
                found.add(f);
            }
        }
        if (found.isEmpty() && outer.isPresent()) {
            return outer.get().resolve(qualifier, name);
        }
        return found;
    }

    /** Whether some relation in reach is named {@code qualifier}. */
    boolean hasRelation(List<String> qualifier) {
        return fields.stream().anyMatch(f -> f.qualifiedBy(qualifier))
                || outer.map(o -> o.hasRelation(qualifier)).orElse(false);
    }
}
