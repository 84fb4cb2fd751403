package dev.athenawizard.core.athena.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last successful run of each statement a runner executed, so that the next run of the same statement is polled
 * where it will likely end. A statement is its SQL text, workgroup, catalog and database: the same SQL elsewhere
 * reads other data. Bounded; the least recently used statement is forgotten first. Memory only: durations measured
 * on another day, against other data, would mislead more than help.
 */
final class RunHistory {
    private final Map<Key, PastRun> runs;

    RunHistory(int capacity) {
        this.runs = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, PastRun> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<PastRun> last(QueryRequest request) {
        return Optional.ofNullable(runs.get(Key.of(request)));
    }

    synchronized void record(QueryRequest request, PastRun run) {
        runs.put(Key.of(request), run);
    }

    private record Key(String sql, String workgroup, String catalog, String database) {
        static Key of(QueryRequest request) {
            return new Key(request.sql(), request.workgroup().name(), request.catalog(), request.database());
        }
    }
}
