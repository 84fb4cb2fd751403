package dev.athenawizard.core.athena.query;

import dev.athenawizard.core.athena.AthenaCalls;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.ResultSetMetadata;
import software.amazon.awssdk.services.athena.model.Row;

/**
 * The rows of a succeeded execution, read page by page with {@code GetQueryResults} only as far as someone asks.
 *
 * <p>Athena repeats the column names as the first row of the first page of a SELECT (not of SHOW, DESCRIBE or DDL);
 * that row is dropped. A value without {@code VarCharValue} is SQL NULL and becomes a Java {@code null}; an empty
 * string stays {@code ""}.
 */
public final class QueryResults {
    static final int MAX_PAGE_SIZE = 1000;

    private final AthenaClient athena;
    private final AthenaCalls calls;
    private final String executionId;
    private final boolean selectLike;

    QueryResults(AthenaClient athena, AthenaCalls calls, String executionId, boolean selectLike) {
        this.athena = athena;
        this.calls = calls;
        this.executionId = executionId;
        this.selectLike = selectLike;
    }

    /** The first page: up to 1000 rows (999 for a SELECT, whose header row counts against the page). */
    public CompletableFuture<ResultPage> firstPage() {
        return page(Optional.empty(), null, MAX_PAGE_SIZE);
    }

    /** At most {@code limit} rows from the start, fetching only the pages needed; for previews. */
    public CompletableFuture<ResultTable> firstRows(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return page(Optional.empty(), null, limit)
                .thenCompose(page -> collect(page, CompactRows.builder(), limit));
    }

    /** Each page's rows are made compact as the page arrives: only one page is held as strings at a time. */
    private CompletableFuture<ResultTable> collect(ResultPage page, CompactRows.Builder rows, int limit) {
        int room = limit - rows.size();
        List<List<String>> pageRows = page.rows();
        pageRows.subList(0, Math.min(room, pageRows.size())).forEach(rows::add);
        if (rows.size() >= limit) {
            boolean more = pageRows.size() > room || page.hasNext();
            return CompletableFuture.completedFuture(new ResultTable(page.columns(), rows.build(), more));
        }
        if (!page.hasNext()) {
            return CompletableFuture.completedFuture(new ResultTable(page.columns(), rows.build(), false));
        }
        return page.next(limit - rows.size()).thenCompose(next -> collect(next, rows, limit));
    }

    CompletableFuture<ResultPage> page(Optional<String> token, List<ResultColumn> knownColumns, int maxRows) {
        boolean first = token.isEmpty();
        int wanted = maxRows + (first && selectLike ? 1 : 0);
        int ask = Math.max(1, Math.min(MAX_PAGE_SIZE, wanted));
        return calls.supply(() -> athena.getQueryResults(b -> b
                        .queryExecutionId(executionId).maxResults(ask).nextToken(token.orElse(null))))
                .thenApply(response -> toPage(response, first, knownColumns));
    }

    private ResultPage toPage(GetQueryResultsResponse response, boolean first, List<ResultColumn> knownColumns) {
        List<ResultColumn> columns = knownColumns != null ? knownColumns
                : columnsOf(response.resultSet() == null ? null : response.resultSet().resultSetMetadata());
        List<Row> raw = response.resultSet() == null ? List.of() : response.resultSet().rows();
        int skip = first && selectLike && !raw.isEmpty() && isHeader(raw.get(0), columns) ? 1 : 0;
        List<List<String>> rows = new ArrayList<>(raw.size());
        for (Row row : raw.subList(skip, raw.size())) {
            rows.add(values(row));
        }
        return new ResultPage(this, columns, rows, response.nextToken());
    }

    private static List<ResultColumn> columnsOf(ResultSetMetadata metadata) {
        if (metadata == null) {
            return List.of();
        }
        List<ResultColumn> columns = new ArrayList<>();
        for (ColumnInfo c : metadata.columnInfo()) {
            columns.add(new ResultColumn(c.name(), c.type(), orZero(c.precision()), orZero(c.scale())));
        }
        return columns;
    }

    private static boolean isHeader(Row row, List<ResultColumn> columns) {
        List<String> values = values(row);
        if (values.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!columns.get(i).name().equals(values.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>(row.data().size());
        for (Datum d : row.data()) {
            values.add(d.varCharValue());
        }
        return Collections.unmodifiableList(values);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
