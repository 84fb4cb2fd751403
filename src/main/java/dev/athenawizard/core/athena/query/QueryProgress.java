package dev.athenawizard.core.athena.query;

import java.time.Duration;
import java.util.Optional;

/**
 * A snapshot of a running query, for a status line ("RUNNING · 3.2 s").
 *
 * @param executionId Athena's id, once StartQueryExecution has returned
 * @param state       the state Athena last reported
 * @param elapsed     time since the query was submitted, on the runner's clock
 * @param polls       how many {@code GetQueryExecution} calls were made so far
 */
public record QueryProgress(Optional<String> executionId, QueryState state, Duration elapsed, int polls) {
    public static final QueryProgress NOT_STARTED =
            new QueryProgress(Optional.empty(), QueryState.SUBMITTING, Duration.ZERO, 0);
}
