package dev.athenawizard.cli;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.query.QueryRequest;
import dev.athenawizard.core.athena.query.QueryResult;
import dev.athenawizard.core.athena.query.ResultTable;
import dev.athenawizard.core.athena.query.RunningQuery;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * One preview from the command line, as {@code preview} and {@code init} run it: the statement's preview form in the
 * workgroup, stopped in Athena on Ctrl-C, its first rows fetched, and Athena's error positions mapped back to the
 * user's text.
 *
 * @param table   the first rows
 * @param result  the finished execution (statistics, id)
 * @param elapsed how long the user waited
 */
record PreviewRun(ResultTable table, QueryResult result, Duration elapsed) {

    static PreviewRun run(AthenaSession session, WorkgroupInfo workgroup, PreviewStatement.Send send, String catalog,
                          String database, Duration timeout, String outputLocation, int limit, PrintWriter err) {
        QueryRequest request = QueryRequest.of(send.sent().sql(), workgroup).in(catalog, database)
                .withTimeout(timeout).withOutputLocation(outputLocation);
        RunningQuery query = session.runner().start(request);
        StopOnShutdown stopOnCtrlC = new StopOnShutdown(query, err);
        try {
            QueryResult result = session.await(query.result());
            ResultTable table = session.await(result.firstRows(limit));
            return new PreviewRun(table, result, query.progress().elapsed());
        } catch (AthenaFailure failure) {
            throw send.sent().toUserFailure(failure); // Athena's positions are in the text sent
        } finally {
            stopOnCtrlC.close();
        }
    }

    /** The statistics line {@code preview} prints to stderr. */
    String statsLine(PreviewStatement.Send send) {
        return PreviewCommand.statsLine(table, result, elapsed, send.how());
    }
}
