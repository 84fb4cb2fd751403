package dev.athenawizard.ui.steps.query;

import dev.athenawizard.core.athena.query.QueryProgress;
import dev.athenawizard.core.athena.query.QueryStatistics;
import dev.athenawizard.core.athena.query.ResultTable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Runs what the Query step decided to run, in Athena (the step's is {@link AthenaPreviewRunner}). */
@FunctionalInterface
interface PreviewRunner {

    /**
     * Starts {@code request} and returns at once.
     *
     * @param progress told of each state Athena reports, on any thread
     * @return the run: cancelling its outcome, or {@code stop}, must stop the query in Athena
     */
    Execution start(PreviewRequest request, Consumer<QueryProgress> progress);

    /**
     * A query on its way.
     *
     * @param outcome its rows and statistics, or an {@code AthenaFailure} (a stopped query fails as CANCELLED)
     * @param stop    asks Athena to stop it; the outcome then fails with what Athena said
     */
    record Execution(CompletableFuture<Ran> outcome, Runnable stop) {
    }

    /** What a succeeded run returned. */
    record Ran(ResultTable table, QueryStatistics statistics, String executionId) {
    }
}
