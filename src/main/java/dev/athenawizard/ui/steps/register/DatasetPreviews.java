package dev.athenawizard.ui.steps.register;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.query.QueryRequest;
import dev.athenawizard.core.athena.query.ResultTable;
import dev.athenawizard.core.athena.query.RunningQuery;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.aws.session.AwsSession;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs a training or test query's preview as the Query step runs its own: the LIMIT form in the project's workgroup,
 * with its catalog and database for unqualified names, through the session's query runner. Cancelling the future
 * stops the query in Athena; an error Athena reports points into the user's own text.
 */
final class DatasetPreviews {
    private DatasetPreviews() {
    }

    static CompletableFuture<ResultTable> run(AwsSession session, ExtraDatasetModel.PreviewRequest request) {
        ExtraDatasetModel.PreviewInputs in = request.inputs();
        CompletableFuture<WorkgroupInfo> workgroup = session.workgroups().describe(in.workgroup());
        CompletableFuture<ResultTable> rows = InterruptibleTasks.then(workgroup, info -> {
            RunningQuery query = session.queries().start(QueryRequest.of(request.sent().sql(), info)
                    .in(in.catalog(), in.database()));
            return InterruptibleTasks.then(query.result(), result -> result.firstRows(request.rows()));
        });
        CompletableFuture<ResultTable> mapped = rows.handle((table, failure) -> {
            if (failure == null) {
                return table;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            throw new CompletionException(cause instanceof AthenaFailure athena
                    ? request.sent().toUserFailure(athena) : cause);
        });
        return InterruptibleTasks.cancelling(mapped, rows);
    }
}
