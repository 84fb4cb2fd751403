package dev.athenawizard.core.sandbox.trino;

import java.util.List;

/** A translated FROM item: its DuckDB SQL, alias included ({@code … AS "r3"}), and the columns it offers. */
record Relation(String sql, List<Field> fields) {
    Relation {
        fields = List.copyOf(fields);
    }
}
