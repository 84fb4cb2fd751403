package dev.athenawizard.cli;

import dev.athenawizard.core.sql.PreviewForm;
import dev.athenawizard.core.sql.SentSql;
import dev.athenawizard.core.sql.SqlAnalysis;
import dev.athenawizard.core.sql.StatementKind;

/**
 * What {@code preview} sends for the SQL it was given, or why it sends nothing. Decided locally, before anything
 * reaches Athena: a statement that does not parse, more than one statement, and anything that is not read-only
 * (unless {@code --allow-write}) are refused, and a query goes out in its LIMIT form.
 */
final class PreviewStatement {
    private PreviewStatement() {
    }

    /** Either a statement to send or a refusal. */
    sealed interface Decision permits Send, Refuse {
    }

    /**
     * @param sent the text to send, and the way back from Athena's positions to the user's
     * @param how  a few words on what was done to the query, for the statistics line
     */
    record Send(SentSql sent, String how) implements Decision {
    }

    /** @param message why nothing was sent, naming the flag, statement or line and column */
    record Refuse(String message) implements Decision {
    }

    static Decision decide(SqlAnalysis analysis, int limit, boolean allowWrite) {
        switch (analysis.status()) {
            case EMPTY:
                return new Refuse("--sql holds no statement, only comments or semicolons. Give the SQL to preview.");
            case SYNTAX_ERROR:
                return new Refuse(analysis.problem().orElseThrow().message());
            case MULTIPLE_STATEMENTS:
                return new Refuse("--sql holds more than one statement. "
                        + analysis.problem().orElseThrow().message());
            default:
                break;
        }
        if (analysis.readOnly()) {
            PreviewForm form = analysis.previewForm(limit).orElseThrow();
            return new Send(form.sent(), form.describe());
        }
        if (allowWrite) {
            return new Send(analysis.asWritten().orElseThrow(), "sent as written (--allow-write)");
        }
        return new Refuse("Not sent: " + analysis.statementName() + " is not a read-only statement"
                + (analysis.kind() == StatementKind.EXPLAIN_ANALYZE ? " (EXPLAIN ANALYZE runs what it explains)" : "")
                + ". preview runs SELECT, WITH, VALUES, SHOW, DESCRIBE and EXPLAIN; to run this statement anyway, "
                + "add --allow-write.");
    }
}
