package dev.athenawizard.core.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionRequest;

/** What a client does with Athena: start a query, poll until it ends, page the results. */
public final class AthenaQueries {
    private AthenaQueries() {
    }

    /** Starts SQL in the {@code aporia} workgroup (which has an output location) on database aporia_demo. */
    public static String start(AthenaClient athena, String sql) {
        return athena.startQueryExecution(b -> b.queryString(sql).workGroup("aporia")
                .queryExecutionContext(c -> c.database("aporia_demo"))).queryExecutionId();
    }

    public static String start(AthenaClient athena, StartQueryExecutionRequest request) {
        return athena.startQueryExecution(request).queryExecutionId();
    }

    /** Polls every 20 ms until the query is SUCCEEDED, FAILED or CANCELLED (at most 30 s). */
    public static QueryExecution await(AthenaClient athena, String id) {
        return await(athena, id, Duration.ofMillis(20));
    }

    /** Polls every {@code poll} until the query is SUCCEEDED, FAILED or CANCELLED (at most 30 s). */
    public static QueryExecution await(AthenaClient athena, String id, Duration poll) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            QueryExecution execution = athena.getQueryExecution(b -> b.queryExecutionId(id)).queryExecution();
            QueryExecutionState state = execution.status().state();
            if (state != QueryExecutionState.QUEUED && state != QueryExecutionState.RUNNING) {
                return execution;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Query " + id + " still " + state + " after 30 s");
            }
            sleep(poll.toMillis());
        }
    }

    /** The executions in a workgroup still QUEUED or RUNNING: after a cancel, an error or a deadline, none of ours. */
    public static List<String> unfinished(AthenaClient athena, String workgroup) {
        return athena.listQueryExecutionsPaginator(b -> b.workGroup(workgroup)).stream()
                .flatMap(page -> page.queryExecutionIds().stream())
                .filter(id -> {
                    QueryExecutionState state = athena.getQueryExecution(b -> b.queryExecutionId(id))
                            .queryExecution().status().state();
                    return state == QueryExecutionState.QUEUED || state == QueryExecutionState.RUNNING;
                })
                .toList();
    }

    /** Runs SQL to its end and returns the execution. */
    public static QueryExecution run(AthenaClient athena, String sql) {
        return await(athena, start(athena, sql));
    }

    /** All result rows (header row included) as text, NULL as null, through the SDK's paginator. */
    public static List<List<String>> rows(AthenaClient athena, String id) {
        List<List<String>> rows = new ArrayList<>();
        athena.getQueryResultsPaginator(b -> b.queryExecutionId(id)).stream()
                .flatMap(page -> page.resultSet().rows().stream())
                .forEach(row -> rows.add(row.data().stream().map(Datum::varCharValue).toList()));
        return rows;
    }

    /** Runs SQL and returns its rows, header first; fails if the query did not succeed. */
    public static List<List<String>> query(AthenaClient athena, String sql) {
        QueryExecution execution = run(athena, sql);
        if (execution.status().state() != QueryExecutionState.SUCCEEDED) {
            throw new AssertionError("Query ended " + execution.status().state() + ": "
                    + execution.status().stateChangeReason());
        }
        return rows(athena, execution.queryExecutionId());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
