package dev.athenawizard.ui.steps.query;

import dev.athenawizard.core.aws.session.AwsSessions;
import dev.athenawizard.core.project.QueryHistory;
import dev.athenawizard.core.sql.SqlAnalyzer;
import java.util.concurrent.Executor;

/**
 * What the Query step needs from the rest of the program, built once by the wiring.
 *
 * @param sessions opens the AWS services for a verified connection (catalog, queries)
 * @param analyzer checks SQL locally (warmed up in the background when the program starts)
 * @param checks   where the SQL is checked, off the FX thread
 * @param pause    says when the user has paused typing
 * @param dialogs  asks before a statement that may change data runs
 * @param history  the queries run, kept across restarts
 * @param files    where the history is read and written
 */
public record QueryServices(AwsSessions sessions, SqlAnalyzer analyzer, Executor checks, PauseTimer pause,
        QueryDialogs dialogs, QueryHistory history, Executor files) {
}
