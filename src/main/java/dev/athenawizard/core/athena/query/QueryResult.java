package dev.athenawizard.core.athena.query;

import java.util.concurrent.CompletableFuture;

/**
 * A query that SUCCEEDED: its statistics, and its rows to be paged on demand.
 *
 * @param executionId   Athena's id for the execution
 * @param statementType {@code DML}, {@code DDL} or {@code UTILITY}
 * @param statistics    time, data scanned, cost, and whether results were reused
 * @param results       the rows, fetched lazily
 */
public record QueryResult(String executionId, String statementType, QueryStatistics statistics,
        QueryResults results) {

    /** At most {@code limit} rows from the start; for previews. */
    public CompletableFuture<ResultTable> firstRows(int limit) {
        return results.firstRows(limit);
    }

    public CompletableFuture<ResultPage> firstPage() {
        return results.firstPage();
    }
}
