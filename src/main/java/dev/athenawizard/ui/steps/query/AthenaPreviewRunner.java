package dev.athenawizard.ui.steps.query;

import dev.athenawizard.core.athena.query.QueryProgress;
import dev.athenawizard.core.athena.query.QueryRequest;
import dev.athenawizard.core.athena.query.QueryRunner;
import dev.athenawizard.core.athena.query.RunningQuery;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the Query step's requests with the session's {@link QueryRunner}, and keeps track of every execution until
 * its polling has ended, so that closing the window can stop them all in Athena and wait for the stops to arrive.
 */
final class AthenaPreviewRunner implements PreviewRunner {
    private final Supplier<QueryRunner> runner;
    private final Set<RunningQuery> running = ConcurrentHashMap.newKeySet();

    /** @param runner the current session's runner (one per session: it remembers past runs for polling) */
    AthenaPreviewRunner(Supplier<QueryRunner> runner) {
        this.runner = runner;
    }

    @Override
    public Execution start(PreviewRequest request, Consumer<QueryProgress> progress) {
        // Results may be reused only for previews: a write must really run, and Athena refuses reuse for DDL.
        QueryRequest query = QueryRequest.of(request.sql(), request.workgroup())
                .in(request.source().catalog(), request.source().database())
                .withResultReuse(request.purpose() == PreviewRequest.Purpose.PREVIEW);
        RunningQuery started = runner.get().start(query, progress);
        running.add(started);
        started.result().whenComplete((value, failure) -> {
            if (started.result().isCancelled()) {
                started.cancel().whenComplete((ok, e) -> running.remove(started)); // once the stop reached Athena
            } else {
                running.remove(started);
            }
        });
        CompletableFuture<Ran> outcome = InterruptibleTasks.then(started.result(), result -> result
                .firstRows(request.limit()).thenApply(rows -> new Ran(rows, result.statistics(),
                        result.executionId())));
        return new Execution(outcome, started::cancel);
    }

    /** Stops every execution still going; completes once each stop has reached Athena. */
    CompletableFuture<Void> stopAll() {
        List<CompletableFuture<Void>> stops = running.stream().map(RunningQuery::cancel).toList();
        return CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new));
    }
}
