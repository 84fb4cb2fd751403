package dev.athenawizard.core.athena.query;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.concurrent.Sleeper;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A query submitted through {@link QueryRunner}: its progress, its outcome, and the way to stop it.
 *
 * <p>{@link #result()} completes with the {@link QueryResult} when Athena reports SUCCEEDED, or exceptionally with an
 * {@link AthenaFailure}: the query failed, its deadline passed ({@code TIMED_OUT}) or it was cancelled
 * ({@code CANCELLED}). Both {@link #cancel()} and cancelling the {@code result()} future stop the execution in Athena
 * with {@code StopQueryExecution}; a query merely abandoned here would keep running, and billing, in AWS.
 */
public final class RunningQuery {
    private final String clientRequestToken;
    private final CompletableFuture<QueryResult> result = new CompletableFuture<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private volatile QueryProgress progress = QueryProgress.NOT_STARTED;
    private volatile String executionId;

    private boolean cancelRequested; // guarded by this
    private Thread sleepingThread; // guarded by this: the polling thread while it waits

    RunningQuery(String clientRequestToken) {
        this.clientRequestToken = clientRequestToken;
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                requestCancel();
            }
        });
    }

    /** The idempotency token sent with StartQueryExecution; a retried start reuses it and gets the same id. */
    public String clientRequestToken() {
        return clientRequestToken;
    }

    /** Athena's id, once StartQueryExecution has returned. */
    public Optional<String> executionId() {
        return Optional.ofNullable(executionId);
    }

    /** The latest state and elapsed time; the listener given to {@link QueryRunner#start} gets each one as it comes. */
    public QueryProgress progress() {
        return progress;
    }

    public CompletableFuture<QueryResult> result() {
        return result;
    }

    /**
     * Asks for the query to stop, without waiting: the polling thread wakes, calls {@code StopQueryExecution} and
     * completes {@link #result()} with a {@code CANCELLED} failure.
     *
     * @return completes when the polling has ended: the stop reached Athena, or the query had already finished
     */
    public CompletableFuture<Void> cancel() {
        requestCancel();
        return ended.copy();
    }

    private void requestCancel() {
        synchronized (this) {
            cancelRequested = true;
            if (sleepingThread != null) {
                sleepingThread.interrupt();
            }
        }
    }

    synchronized boolean cancelRequested() {
        return cancelRequested || result.isDone();
    }

    /** Waits for the next poll; a cancel ends the wait early. */
    void await(Sleeper sleeper, Duration wait) {
        synchronized (this) {
            if (cancelRequested) {
                return;
            }
            sleepingThread = Thread.currentThread();
        }
        boolean interrupted = false;
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            synchronized (this) {
                sleepingThread = null;
                // our own wake-up call is spent; an interrupt from elsewhere (pool shutdown) also means "stop"
                interrupted |= Thread.interrupted();
                if (interrupted) {
                    cancelRequested = true;
                }
            }
        }
    }

    void started(String id) {
        executionId = id;
    }

    void update(QueryProgress latest) {
        progress = latest;
    }

    void succeed(QueryResult value) {
        result.complete(value);
        ended.complete(null);
    }

    void fail(AthenaFailure failure) {
        result.completeExceptionally(failure);
        ended.complete(null);
    }
}
