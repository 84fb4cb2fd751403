package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.trino.functions.FunctionRegistry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The state of translating one statement: where unqualified tables are looked up, the functions, fresh names for
 * the relations and columns of the DuckDB SQL, the WITH queries in reach, and the table columns read so far.
 */
final class Translation {
    final TrinoCatalog catalog;
    final FunctionRegistry functions;
    final String database;
    /** Shared with the translations of the views a query expands, so every name in the SQL is unique. */
    private final int[] nextName;
    private final Deque<Map<String, WithQuery>> withQueries = new ArrayDeque<>();
    private final Deque<Set<ColumnRead>> reads = new ArrayDeque<>();
    /** The tables a query reads, as database and table name (Athena reads their files as the caller). */
    final Set<TableRef> tables = new HashSet<>();
    /** Views being expanded, so a view that reads itself fails instead of looping. */
    final Set<String> expandingViews = new HashSet<>();

    Translation(TrinoCatalog catalog, FunctionRegistry functions, String database) {
        this(catalog, functions, database, new int[1]);
    }

    private Translation(TrinoCatalog catalog, FunctionRegistry functions, String database, int[] nextName) {
        this.catalog = catalog;
        this.functions = functions;
        this.database = database;
        this.nextName = nextName;
        reads.push(new HashSet<>());
    }

    /** A translation of a view's query: in the view's database, without the outer WITH queries. */
    Translation forDatabase(String viewDatabase) {
        Translation inner = new Translation(catalog, functions, viewDatabase, nextName);
        inner.expandingViews.addAll(expandingViews);
        return inner;
    }

    /** Adds what a view's translation read to this one's. */
    void absorb(Translation view) {
        read(view.allReads());
        tables.addAll(view.tables);
    }

    /** A fresh DuckDB name, e.g. {@code "r3"} for a relation or {@code "c7"} for a column. */
    String name(String prefix) {
        return prefix + (++nextName[0]);
    }

    /** Records that the current expression reads these table columns. */
    void read(Set<ColumnRead> columns) {
        reads.peek().addAll(columns);
    }

    /** Runs {@code work}, collecting the reads it records apart from the others (a SELECT item's, say). */
    <T> Captured<T> capture(Supplier<T> work) {
        reads.push(new HashSet<>());
        try {
            T result = work.get();
            return new Captured<>(result, reads.peek());
        } finally {
            reads.pop();
        }
    }

    record Captured<T>(T value, Set<ColumnRead> reads) {
    }

    /** A table by database and name. */
    record TableRef(String database, String name) {
    }

    Set<ColumnRead> allReads() {
        return reads.getLast();
    }

    void enterWith() {
        withQueries.push(new HashMap<>());
    }

    void exitWith() {
        withQueries.pop();
    }

    void defineWithQuery(String name, WithQuery query) {
        withQueries.peek().put(name, query);
    }

    /** A WITH query: the DuckDB CTE name it is defined under, and its result. */
    record WithQuery(String duckName, QueryResult result) {
    }

    /** The WITH query of that name nearest in scope. */
    Optional<WithQuery> withQuery(String name) {
        for (Map<String, WithQuery> level : withQueries) {
            WithQuery found = level.get(name);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }
}
