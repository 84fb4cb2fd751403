package dev.athenawizard.core.athena.query;

import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatistics;

/**
 * What one {@code GetQueryExecution} said about a query that has not ended yet.
 *
 * @param state     {@link QueryState#QUEUED} or {@link QueryState#RUNNING}
 * @param elapsed   when the answer arrived, counted from submission on the runner's clock
 * @param roundTrip how long the call took
 * @param queued    how long it waited in the queue ({@code QueryQueueTimeInMillis}), when Athena said
 * @param engine    how long the engine has run it so far ({@code EngineExecutionTimeInMillis}), when Athena said
 */
public record PollObservation(QueryState state, Duration elapsed, Duration roundTrip, Optional<Duration> queued,
        Optional<Duration> engine) {

    static PollObservation of(QueryExecution execution, QueryState state, Duration elapsed, Duration roundTrip) {
        QueryExecutionStatistics s = execution.statistics();
        return new PollObservation(state, elapsed, roundTrip,
                s == null ? Optional.empty() : PastRun.millis(s.queryQueueTimeInMillis()),
                s == null ? Optional.empty() : PastRun.millis(s.engineExecutionTimeInMillis()));
    }
}
