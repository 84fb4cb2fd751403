package dev.athenawizard.core.sandbox.trino.functions;

import java.util.Optional;

/**
 * What surrounds an aggregate or window call, already as DuckDB SQL: {@code DISTINCT}, an {@code ORDER BY} inside
 * the call, a {@code FILTER (WHERE …)} condition, an {@code OVER (…)} window and {@code IGNORE NULLS}.
 */
public record AggregateClauses(boolean distinct, Optional<String> orderBy, Optional<String> filter,
                               Optional<String> over, boolean ignoreNulls) {
    public static final AggregateClauses NONE =
            new AggregateClauses(false, Optional.empty(), Optional.empty(), Optional.empty(), false);

    public boolean isEmpty() {
        return !distinct && orderBy.isEmpty() && filter.isEmpty() && over.isEmpty() && !ignoreNulls;
    }
}
