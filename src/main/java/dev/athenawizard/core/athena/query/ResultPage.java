package dev.athenawizard.core.athena.query;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One page of {@code GetQueryResults}: at most 1000 rows, fetched only when asked for.
 */
public final class ResultPage {
    private final QueryResults source;
    private final List<ResultColumn> columns;
    private final List<List<String>> rows;
    private final String nextToken;

    ResultPage(QueryResults source, List<ResultColumn> columns, List<List<String>> rows, String nextToken) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.nextToken = nextToken == null || nextToken.isEmpty() ? null : nextToken;
    }

    public List<ResultColumn> columns() {
        return columns;
    }

    /** Each row's values in Athena's text notation; a Java {@code null} is SQL NULL. */
    public List<List<String>> rows() {
        return rows;
    }

    public boolean hasNext() {
        return nextToken != null;
    }

    /** The following page; an empty page when this is the last one. */
    public CompletableFuture<ResultPage> next() {
        return next(QueryResults.MAX_PAGE_SIZE);
    }

    CompletableFuture<ResultPage> next(int maxRows) {
        if (nextToken == null) {
            return CompletableFuture.completedFuture(new ResultPage(source, columns, List.of(), null));
        }
        return source.page(Optional.of(nextToken), columns, maxRows);
    }
}
