package dev.athenawizard.ui.steps.query;

import dev.athenawizard.core.athena.query.QueryStatistics;
import dev.athenawizard.core.athena.query.ResultTable;

/**
 * A run that succeeded: its rows and what it cost.
 *
 * @param request     what it ran for
 * @param table       its first rows
 * @param statistics  time, data scanned, cost, reuse
 * @param executionId Athena's id for it
 * @param shownAgain  taken from this session's earlier run of the same request: nothing was sent this time
 */
record PreviewOutcome(PreviewRequest request, ResultTable table, QueryStatistics statistics, String executionId,
        boolean shownAgain) {

    PreviewOutcome again() {
        return new PreviewOutcome(request, table, statistics, executionId, true);
    }
}
