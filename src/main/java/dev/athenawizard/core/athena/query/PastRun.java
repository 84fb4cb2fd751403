package dev.athenawizard.core.athena.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatistics;

/**
 * How the last successful run of the same statement went, as Athena reported it: the best guess of how long the next
 * run will take.
 *
 * @param queued   how long it waited for capacity ({@code QueryQueueTimeInMillis}); this varies with the account's
 *                 load from run to run, so it is kept apart
 * @param running  from leaving the queue to the end (total minus queue time): the engine's work and Athena's own
 *                 processing, which is what repeats when the same statement runs again
 * @param finished when it ended, on the runner's clock; Athena reuses results only up to an age
 */
public record PastRun(Duration queued, Duration running, Instant finished) {

    /**
     * The run a finished execution describes; empty when Athena answered from earlier results, which says nothing
     * about how long the statement itself runs.
     *
     * @param elapsed how long it took on the runner's clock, used when Athena gave no times
     */
    static Optional<PastRun> of(QueryExecution execution, Duration elapsed, Instant now) {
        QueryExecutionStatistics s = execution.statistics();
        if (s == null) {
            return Optional.of(new PastRun(Duration.ZERO, elapsed, now));
        }
        if (s.resultReuseInformation() != null
                && Boolean.TRUE.equals(s.resultReuseInformation().reusedPreviousResult())) {
            return Optional.empty();
        }
        Duration queued = millis(s.queryQueueTimeInMillis()).orElse(Duration.ZERO);
        Duration running = millis(s.totalExecutionTimeInMillis()).map(total -> total.minus(queued))
                .or(() -> millis(s.engineExecutionTimeInMillis()))
                .orElse(elapsed.minus(queued));
        return Optional.of(new PastRun(queued, running.isNegative() ? Duration.ZERO : running, now));
    }

    static Optional<Duration> millis(Long value) {
        return Optional.ofNullable(value).map(Duration::ofMillis);
    }
}
