package dev.athenawizard.core.athena.query;

import dev.athenawizard.core.Durations;
import dev.athenawizard.core.athena.AthenaCalls;
import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.AthenaFailure.Kind;
import dev.athenawizard.core.athena.AwsErrors;
import dev.athenawizard.core.athena.QueryErrorReasons;
import dev.athenawizard.core.concurrent.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionRequest;

/**
 * The life of one query on a pool thread: start it, poll it as its {@link PollPlan} says (telling the plan what each
 * poll saw) until it ends, remember how long a success took, and stop it in Athena when it is cancelled or its
 * deadline passes.
 */
final class ExecutionLoop implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutionLoop.class);
    private static final String SCAN_LIMIT = "Bytes scanned limit";

    private final AthenaClient athena;
    private final AthenaCalls calls;
    private final Clock clock;
    private final Sleeper sleeper;
    private final PollPlan plan;
    private final RunHistory history;
    private final QueryRequest request;
    private final RunningQuery query;
    private final Consumer<QueryProgress> listener;
    private final LeftRunning leftRunning;

    private Instant submitted;
    private int polls;
    /** Polls that met a server error or a lost connection in a row; the query is stopped at the limit. */
    private int transientFailures;
    /** Looks that may fail in a row before the query is given up (each is already three tries of the SDK's). */
    static final int TRANSIENT_POLL_FAILURES = 3;

    ExecutionLoop(AthenaClient athena, AthenaCalls calls, Clock clock, Sleeper sleeper, PollPlan plan,
            RunHistory history, QueryRequest request, RunningQuery query, Consumer<QueryProgress> listener,
            LeftRunning leftRunning) {
        this.athena = athena;
        this.calls = calls;
        this.clock = clock;
        this.sleeper = sleeper;
        this.plan = plan;
        this.history = history;
        this.request = request;
        this.query = query;
        this.listener = listener;
        this.leftRunning = leftRunning;
    }

    @Override
    public void run() {
        String id = null;
        try {
            if (query.cancelRequested()) {
                query.fail(AthenaFailure.of(Kind.CANCELLED, "The query was cancelled before it was started."));
                return;
            }
            submitted = clock.instant();
            id = athena.startQueryExecution(startRequest()).queryExecutionId();
            query.started(id);
            publish(id, QueryState.QUEUED);
            poll(id, submitted.plus(request.timeout()));
        } catch (Throwable t) {
            AthenaFailure failure = refine(AwsErrors.translate(t));
            query.fail(id == null ? failure : failure.forExecution(id));
        }
    }

    private void poll(String id, Instant deadline) {
        while (true) {
            if (query.cancelRequested()) {
                stop(id, AthenaFailure.of(Kind.CANCELLED, "The query was cancelled and stopped in Athena."));
                return;
            }
            Instant now = clock.instant();
            if (!now.isBefore(deadline)) {
                stop(id, AthenaFailure.of(Kind.TIMED_OUT, "The query did not finish within "
                        + Durations.format(request.timeout()) + " and was stopped in Athena. Allow it more time, "
                        + "or make it cheaper (a LIMIT, a filter on partition columns)."));
                return;
            }
            Duration wait = plan.nextWait(Duration.between(submitted, now));
            Duration untilDeadline = Duration.between(now, deadline);
            query.await(sleeper, wait.compareTo(untilDeadline) < 0 ? wait : untilDeadline);
            if (query.cancelRequested() || !clock.instant().isBefore(deadline)) {
                continue; // the top of the loop stops it
            }
            Optional<QueryExecution> execution = pollOnce(id);
            if (execution.isPresent() && finished(id, execution.get())) {
                return;
            }
        }
    }

    /**
     * Empty when the poll was throttled, or met a server error or a lost connection (each already retried by the SDK)
     * fewer than {@value #TRANSIENT_POLL_FAILURES} times in a row: a failed look changes nothing about the query, so
     * the loop just waits on and looks again.
     */
    private Optional<QueryExecution> pollOnce(String id) {
        polls++;
        Instant sent = clock.instant();
        try {
            QueryExecution execution = athena.getQueryExecution(b -> b.queryExecutionId(id)).queryExecution();
            Instant answered = clock.instant();
            QueryState state = stateOf(execution);
            if (!state.isTerminal()) {
                plan.observed(PollObservation.of(execution, state, Duration.between(submitted, answered),
                        Duration.between(sent, answered)));
            }
            transientFailures = 0;
            return Optional.of(execution);
        } catch (RuntimeException e) {
            AthenaFailure failure = AwsErrors.translate(e);
            if (failure.kind() == Kind.THROTTLED) {
                LOG.debug("GetQueryExecution throttled for {}; polling on", id);
                return Optional.empty();
            }
            boolean transientKind = failure.kind() == Kind.SERVICE_ERROR || failure.kind() == Kind.ENDPOINT_UNREACHABLE;
            if (transientKind && ++transientFailures < TRANSIENT_POLL_FAILURES) {
                LOG.debug("GetQueryExecution failed for {} ({}); polling on", id, failure.kind());
                return Optional.empty();
            }
            throw stopAfter(id, failure);
        }
    }

    private boolean finished(String id, QueryExecution execution) {
        QueryState state = stateOf(execution);
        publish(id, state);
        switch (state) {
            case SUCCEEDED -> {
                Instant now = clock.instant();
                PastRun.of(execution, Duration.between(submitted, now), now)
                        .ifPresent(run -> history.record(request, run));
                query.succeed(new QueryResult(id, execution.statementTypeAsString(),
                        QueryStatistics.of(execution), new QueryResults(athena, calls, id,
                                "DML".equals(execution.statementTypeAsString()))));
            }
            case FAILED -> query.fail(QueryErrorReasons.failedQuery(reason(execution)).forExecution(id));
            case CANCELLED -> query.fail(cancelledElsewhere(reason(execution)).forExecution(id));
            default -> {
                return false;
            }
        }
        return true;
    }

    private void stop(String id, AthenaFailure outcome) {
        try {
            athena.stopQueryExecution(b -> b.queryExecutionId(id));
            publish(id, QueryState.CANCELLED);
            query.fail(outcome.forExecution(id));
        } catch (RuntimeException e) {
            AthenaFailure why = AwsErrors.translate(e);
            String told = outcome.getMessage().replace(" and stopped in Athena", "");
            query.fail(AthenaFailure.of(outcome.kind(), leftRunning.remember(id)
                    ? told + " Telling Athena to stop it failed: " + why.getMessage() + " " + stoppedLater(id)
                    : told + " Telling Athena to stop it failed, so it may still be running: " + why.getMessage(),
                    why.athenaMessage().orElse(null), e).forExecution(id));
        }
    }

    /**
     * A poll failed for good (after the SDK's retries): the query would run on unobserved, so it is stopped, and the
     * message says whether that worked. With expired or refused credentials it cannot be; the user is told so.
     */
    private AthenaFailure stopAfter(String id, AthenaFailure failure) {
        try {
            athena.stopQueryExecution(b -> b.queryExecutionId(id));
            publish(id, QueryState.CANCELLED);
            return failure.withMessage(failure.getMessage() + " The query was stopped in Athena.");
        } catch (RuntimeException e) {
            LOG.debug("could not stop {} after a failed poll", id, e);
            if (leftRunning.remember(id)) {
                return failure.withMessage(failure.getMessage() + " " + stoppedLater(id));
            }
            return failure.withMessage(failure.getMessage() + " The wizard could not stop the query (execution "
                    + id + "), so it may still be running in Athena until it ends; stop it in the Athena console if "
                    + "it is expensive.");
        }
    }

    /** A query the wizard could not stop yet, and will. */
    private static String stoppedLater(String id) {
        return "The query (execution " + id + ") may still be running in Athena: the wizard stops it as soon as a "
                + "call with working credentials gets through.";
    }

    private StartQueryExecutionRequest startRequest() {
        StartQueryExecutionRequest.Builder start = StartQueryExecutionRequest.builder()
                .queryString(request.sql())
                .workGroup(request.workgroup().name())
                .clientRequestToken(query.clientRequestToken())
                .queryExecutionContext(c -> c.catalog(request.catalog())
                        .database(request.database().isEmpty() ? null : request.database()));
        request.outputLocationToSend().ifPresent(location -> start.resultConfiguration(r -> r.outputLocation(location)));
        if (request.sendsResultReuse()) {
            start.resultReuseConfiguration(r -> r.resultReuseByAgeConfiguration(
                    age -> age.enabled(true).maxAgeInMinutes(QueryRequest.REUSE_MAX_AGE_MINUTES)));
        }
        return start.build();
    }

    /** Athena's "no output location" does not name the workgroup; the user needs to know which one. */
    private AthenaFailure refine(AthenaFailure failure) {
        if (failure.kind() != Kind.NO_OUTPUT_LOCATION) {
            return failure;
        }
        return failure.withMessage("Workgroup '" + request.workgroup().name() + "' has no query result location, "
                + "and none was given. Pick a workgroup that has one, or give an S3 output location "
                + "(s3://bucket/prefix/) for the results.");
    }

    private static AthenaFailure cancelledElsewhere(String reason) {
        if (reason.contains(SCAN_LIMIT)) {
            return AthenaFailure.of(Kind.QUERY_FAILED, "Athena stopped the query: " + reason + " The workgroup "
                    + "limits how much one query may scan; filter on partition columns, or use a workgroup with a "
                    + "higher limit.", reason, null);
        }
        return AthenaFailure.of(Kind.CANCELLED, "The query was stopped outside the wizard (" + reason + ").",
                reason, null);
    }

    private static QueryState stateOf(QueryExecution execution) {
        return QueryState.of(execution.status() == null ? null : execution.status().state());
    }

    private static String reason(QueryExecution execution) {
        if (execution.status() == null) {
            return "";
        }
        String reason = execution.status().stateChangeReason();
        if ((reason == null || reason.isBlank()) && execution.status().athenaError() != null) {
            reason = execution.status().athenaError().errorMessage();
        }
        return reason == null ? "" : reason;
    }

    private void publish(String id, QueryState state) {
        QueryProgress progress = new QueryProgress(Optional.of(id), state,
                Duration.between(submitted, clock.instant()), polls);
        query.update(progress);
        try {
            listener.accept(progress);
        } catch (RuntimeException e) { // a broken listener must not leave the query running unobserved
            LOG.warn("query progress listener failed", e);
        }
    }
}
