package dev.athenawizard.core.sandbox.athena;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.core.sandbox.http.Json;
import java.time.Duration;
import java.time.Instant;

/** A {@code QueryExecution} as GetQueryExecution and BatchGetQueryExecution return it, at a given moment. */
final class QueryExecutionJson {
    private QueryExecutionJson() {
    }

    static ObjectNode of(QueryExecution execution, Instant now) {
        QueryExecution.State state = execution.state(now);
        QueryRequest request = execution.request();
        ObjectNode node = Json.object()
                .put("QueryExecutionId", execution.id())
                .put("Query", request.queryString())
                .put("StatementType", execution.kind().statementType());
        ObjectNode results = node.putObject("ResultConfiguration");
        execution.outputLocation().ifPresent(location -> results.put("OutputLocation", location));
        if (execution.outputLocation().isEmpty()) {
            node.putObject("ManagedQueryResultsConfiguration").put("Enabled", true);
        }
        ObjectNode reuse = node.putObject("ResultReuseConfiguration").putObject("ResultReuseByAgeConfiguration")
                .put("Enabled", request.reuseMaxAgeMinutes().isPresent());
        request.reuseMaxAgeMinutes().ifPresent(age -> reuse.put("MaxAgeInMinutes", age));
        node.set("QueryExecutionContext", request.context());
        node.set("Status", status(execution, state));
        node.set("Statistics", statistics(execution, state, now));
        node.put("WorkGroup", execution.workgroup().name());
        node.set("EngineVersion", execution.workgroup().engineVersion());
        if (!request.executionParameters().isEmpty()) {
            var parameters = node.putArray("ExecutionParameters");
            request.executionParameters().forEach(parameters::add);
        }
        node.put("SubstatementType", execution.kind().substatementType());
        return node;
    }

    private static ObjectNode status(QueryExecution execution, QueryExecution.State state) {
        ObjectNode status = Json.object().put("State", state.name())
                .put("SubmissionDateTime", Json.epochSeconds(execution.submitted()));
        if (state == QueryExecution.State.SUCCEEDED || state == QueryExecution.State.FAILED
                || state == QueryExecution.State.CANCELLED) {
            status.put("CompletionDateTime", Json.epochSeconds(execution.completion().orElse(execution.submitted())));
        }
        QueryExecution.Outcome outcome = execution.outcome();
        if (state == QueryExecution.State.FAILED && outcome instanceof QueryExecution.Failed failed) {
            QueryFailure failure = failed.failure();
            status.put("StateChangeReason", failure.getMessage());
            status.putObject("AthenaError").put("ErrorCategory", failure.category())
                    .put("ErrorType", failure.errorType()).put("Retryable", false)
                    .put("ErrorMessage", failure.getMessage());
        } else if (state == QueryExecution.State.CANCELLED) {
            status.put("StateChangeReason", outcome instanceof QueryExecution.Cancelled cancelled
                    && !execution.isCancelled() ? cancelled.reason() : QueryExecution.CANCELLED_BY_USER);
        }
        return status;
    }

    /** Times split as Athena does: queue, then engine; the sandbox spends nothing on pre- or post-processing. */
    private static ObjectNode statistics(QueryExecution execution, QueryExecution.State state, Instant now) {
        boolean terminal = state != QueryExecution.State.QUEUED && state != QueryExecution.State.RUNNING;
        Instant end = terminal ? execution.completion().orElse(now) : now;
        Instant runningFrom = execution.runningSince().filter(t -> !t.isAfter(end)).orElse(end);
        QueryExecution.Outcome outcome = execution.outcome();
        long scanned = terminal && outcome != null ? outcome.dataScannedBytes() : 0;
        ObjectNode statistics = Json.object()
                .put("EngineExecutionTimeInMillis", millis(runningFrom, end))
                .put("DataScannedInBytes", scanned)
                .put("TotalExecutionTimeInMillis", millis(execution.submitted(), end))
                .put("QueryQueueTimeInMillis", millis(execution.submitted(), runningFrom))
                .put("ServicePreProcessingTimeInMillis", 0)
                .put("QueryPlanningTimeInMillis", 0)
                .put("ServiceProcessingTimeInMillis", 0);
        statistics.putObject("ResultReuseInformation").put("ReusedPreviousResult", execution.reused());
        return statistics;
    }

    private static long millis(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMillis());
    }
}
