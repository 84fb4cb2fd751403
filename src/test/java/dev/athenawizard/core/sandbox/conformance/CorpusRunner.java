package dev.athenawizard.core.sandbox.conformance;

import dev.athenawizard.core.sandbox.AthenaQueries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.Row;
import software.amazon.awssdk.services.athena.model.StatementType;

/**
 * Runs a corpus entry as a client does (StartQueryExecution, GetQueryExecution until it ends, GetQueryResults page
 * by page) and says how the answer differs from the expected one.
 */
final class CorpusRunner {
    private static final Duration POLL = Duration.ofMillis(5);

    private final AthenaClient athena;

    CorpusRunner(AthenaClient athena) {
        this.athena = athena;
    }

    /** What the sandbox answered: an error (Athena's text, as a user reads it) or columns and rows. */
    record Answer(String error, List<String> columns, List<List<String>> rows) {
        static Answer failed(String error) {
            return new Answer(error, null, null);
        }

        @Override
        public String toString() {
            return error != null ? "error " + error : "columns " + columns + " rows " + rows;
        }
    }

    /** The difference from the expected answer, or null when the sandbox answered as Athena does. */
    String mismatch(CorpusEntry entry) {
        Answer answer = run(entry.sql());
        if (entry.expectsError()) {
            boolean matches = answer.error() != null && (entry.errorIsPrefix()
                    ? answer.error().startsWith(entry.error()) : answer.error().equals(entry.error()));
            return matches ? null : "expected error " + (entry.errorIsPrefix() ? "starting " : "") + entry.error()
                    + "\n   but got " + answer;
        }
        if (answer.error() != null) {
            return "expected columns " + entry.columns() + " rows " + entry.rows() + "\n   but got " + answer;
        }
        if (!entry.columns().equals(answer.columns())) {
            return "expected columns " + entry.columns() + "\n   but got " + answer.columns();
        }
        if (!rowsMatch(entry.rows(), answer.rows())) {
            return "expected rows " + entry.rows() + "\n   but got " + answer.rows();
        }
        return null;
    }

    private static boolean rowsMatch(List<List<String>> expected, List<List<String>> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int r = 0; r < expected.size(); r++) {
            List<String> want = expected.get(r);
            List<String> got = actual.get(r);
            if (want.size() != got.size()) {
                return false;
            }
            for (int c = 0; c < want.size(); c++) {
                if (!CorpusEntry.valueMatches(want.get(c), got.get(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    Answer run(String sql) {
        String id;
        try {
            id = athena.startQueryExecution(b -> b.queryString(sql).workGroup("aporia")
                    .queryExecutionContext(c -> c.database("aporia_demo"))).queryExecutionId();
        } catch (InvalidRequestException e) {
            // A syntax error fails the call itself, with the error code apart from the message.
            return Answer.failed(e.athenaErrorCode() + ": " + e.awsErrorDetails().errorMessage());
        }
        QueryExecution execution = AthenaQueries.await(athena, id, POLL);
        if (execution.status().state() != QueryExecutionState.SUCCEEDED) {
            return Answer.failed(Objects.toString(execution.status().stateChangeReason()));
        }
        return results(id, execution.statementType() == StatementType.DML);
    }

    /** All rows; a SELECT's first page starts with the header row, which is not a result row. */
    private Answer results(String id, boolean headerRow) {
        List<String> columns = null;
        List<List<String>> rows = new ArrayList<>();
        for (GetQueryResultsResponse page : athena.getQueryResultsPaginator(b -> b.queryExecutionId(id))) {
            List<Row> pageRows = page.resultSet().rows();
            if (columns == null) {
                columns = page.resultSet().resultSetMetadata().columnInfo().stream()
                        .map(CorpusRunner::column).toList();
                pageRows = headerRow && !pageRows.isEmpty() ? pageRows.subList(1, pageRows.size()) : pageRows;
            }
            pageRows.forEach(row -> rows.add(row.data().stream().map(Datum::varCharValue).toList()));
        }
        return new Answer(null, columns == null ? List.of() : columns, rows);
    }

    private static String column(ColumnInfo info) {
        return info.name() + " " + info.type();
    }
}
