package dev.athenawizard.cli;

import dev.athenawizard.core.athena.AwsErrors;
import dev.athenawizard.core.athena.query.RunningQuery;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * While a query runs from the command line, Ctrl-C (or any JVM shutdown) stops it in Athena before the process
 * exits: otherwise the query would keep running, and billing, in AWS.
 */
final class StopOnShutdown implements AutoCloseable {
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final Thread hook;

    StopOnShutdown(RunningQuery query, PrintWriter err) {
        this.hook = new Thread(() -> stop(query, err), "athena-wizard-stop-query");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** What the hook does; waits (a bounded time) because the JVM exits as soon as the hooks return. */
    static void stop(RunningQuery query, PrintWriter err) {
        if (query.result().isDone()) {
            return;
        }
        try {
            query.cancel().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            query.result().exceptionally(error -> {
                err.println("athena-wizard: interrupted. " + AwsErrors.translate(error).getMessage());
                return null;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            err.println("athena-wizard: interrupted; stopping the query in Athena took too long"
                    + query.executionId().map(id -> " (execution " + id + ")").orElse("") + ": it may still run.");
        }
        err.flush();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running and will stop the query
        }
    }
}
