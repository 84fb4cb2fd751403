package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A column visible in a scope: its Trino name (empty for an unnamed expression), the relation names that may
 * qualify it, its type, the DuckDB SQL that reads it, and the table columns it is computed from.
 *
 * @param inStar     whether {@code *} expands to it (a column merged by {@code JOIN … USING} appears once)
 * @param unqualified whether a bare name finds it (the sides' own copies of a USING column need a qualifier)
 */
record Field(Optional<String> name, List<String> qualifier, TrinoType type, String sql, Set<ColumnRead> origins,
             boolean inStar, boolean unqualified) {

    Field {
        qualifier = List.copyOf(qualifier);
        origins = Set.copyOf(origins);
    }

    static Field of(Optional<String> name, List<String> qualifier, TrinoType type, String sql, Set<ColumnRead> origins) {
        return new Field(name, qualifier, type, sql, origins, true, true);
    }

    Typed typed() {
        return Typed.of(sql, type);
    }

    Field requalified(List<String> newQualifier) {
        return new Field(name, newQualifier, type, sql, origins, inStar, unqualified);
    }

    Field renamed(Optional<String> newName) {
        return new Field(newName, qualifier, type, sql, origins, inStar, unqualified);
    }

    Field withSql(String newSql) {
        return new Field(name, qualifier, type, newSql, origins, inStar, unqualified);
    }

    Field hidden() {
        return new Field(name, qualifier, type, sql, origins, false, false);
    }

    /** Whether {@code parts} (lower case) names this field's relation: the whole qualifier or its tail. */
    boolean qualifiedBy(List<String> parts) {
        return parts.size() <= qualifier.size()
                && qualifier.subList(qualifier.size() - parts.size(), qualifier.size()).equals(parts);
    }
}
