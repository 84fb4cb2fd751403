package dev.athenawizard.core.aws.policy;

import dev.athenawizard.core.sql.SentSql;
import dev.athenawizard.core.sql.SqlAnalysis;
import dev.athenawizard.core.sql.SqlProblem;
import dev.athenawizard.core.sql.StatementKind;
import java.util.Optional;

/**
 * The text is not a query Aporia can run, found locally before anything is sent: empty, a syntax error, more than
 * one statement, or a statement that is not a query (a write, DDL, SHOW, EXPLAIN). The message says which, in a
 * sentence about "the query", with the line and column where there is one; the caller says where the text came from
 * ({@code --sql}, the project).
 */
public final class UnusableQuery extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient SqlProblem problem;

    private UnusableQuery(String message, SqlProblem problem) {
        super(message);
        this.problem = problem;
    }

    /** The syntax error or second statement, with its place in the user's text; empty for other reasons. */
    public Optional<SqlProblem> problem() {
        return Optional.ofNullable(problem);
    }

    /** The zero-row form of a usable query, or why there is none. */
    static SentSql zeroRowFormOf(SqlAnalysis analysis) {
        Optional<SqlProblem> problem = analysis.problem().filter(SqlProblem::isError);
        switch (analysis.status()) {
            case EMPTY:
                throw new UnusableQuery("The query is empty (only blanks, comments or semicolons): write the SELECT "
                        + "whose rows Aporia monitors.", null);
            case SYNTAX_ERROR:
                throw new UnusableQuery(problem.orElseThrow().message(), problem.orElseThrow());
            case MULTIPLE_STATEMENTS:
                throw new UnusableQuery("The query holds more than one statement. " + problem.orElseThrow().message(),
                        problem.orElseThrow());
            default:
                break;
        }
        return analysis.zeroRowForm().orElseThrow(() -> new UnusableQuery(notAQuery(analysis), null));
    }

    private static String notAQuery(SqlAnalysis analysis) {
        String name = analysis.statementName();
        if (analysis.status() == SqlAnalysis.Status.NOT_CHECKED) {
            return name + " is written in Athena's own syntax, which is not a query: Aporia monitors the rows of a "
                    + "SELECT (or WITH, VALUES).";
        }
        if (!analysis.readOnly() || analysis.kind() == StatementKind.EXPLAIN_ANALYZE) {
            return name + " is not a query, and nothing that writes is ever sent: Aporia monitors the rows of a "
                    + "SELECT (or WITH, VALUES).";
        }
        return name + " is not a query: Aporia monitors the rows of a SELECT (or WITH, VALUES).";
    }
}
