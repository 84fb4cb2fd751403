package dev.athenawizard.core.aws.selftest;

import dev.athenawizard.core.athena.SqlPosition;
import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong with the setup that no permission explains: the test query, or the zero-row form of Aporia's own
 * query, failed although nothing it needs was denied (the results bucket does not exist, is in another region, the
 * workgroup is disabled, a table the query reads does not exist, …). Aporia's queries would fail the same way, so the
 * self-test fails.
 *
 * @param message  what is wrong and what to do about it, naming the bucket, region, workgroup or the place in the
 *                 query
 * @param source   which query failed
 * @param position for a failure of Aporia's query: where in the user's own text Athena put it (line and column), to
 *                 underline; empty when Athena named no place
 */
public record SetupProblem(String message, Source source, Optional<SqlPosition> position) {

    /** Which of the self-test's queries failed. */
    public enum Source {
        /** The free {@code SELECT 1} in the workgroup. */
        TEST_QUERY,
        /** The zero-row form of the query Aporia will run. */
        QUERY
    }

    public SetupProblem {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        position = position == null ? Optional.empty() : position;
    }

    /** A failure of the test query. */
    public SetupProblem(String message) {
        this(message, Source.TEST_QUERY, Optional.empty());
    }

    /** A failure of Aporia's query, at {@code position} in the user's text when Athena named one. */
    public static SetupProblem inQuery(String message, Optional<SqlPosition> position) {
        return new SetupProblem(message, Source.QUERY, position);
    }
}
