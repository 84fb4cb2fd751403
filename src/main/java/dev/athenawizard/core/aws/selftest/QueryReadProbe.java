package dev.athenawizard.core.aws.selftest;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.AwsErrors;
import dev.athenawizard.core.athena.query.QueryRequest;
import dev.athenawizard.core.athena.query.QueryRunner;
import dev.athenawizard.core.athena.query.RunningQuery;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.aws.policy.AporiaQuery;
import dev.athenawizard.core.aws.policy.Arns;
import dev.athenawizard.core.aws.policy.S3Location;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * Runs Aporia's query in its zero-row form ({@link AporiaQuery#zeroRowForm()}) in the workgroup as Aporia's key, so
 * Athena reads the query's tables exactly as Aporia's data source will: Glue's table definitions, then the data in S3.
 * {@code SELECT 1} reads no table, so only this proves those reads through Athena.
 *
 * <p>Its one line: GRANTED when the query ran; MISSING for the action Athena was denied (the same denial met again by
 * a direct probe keeps this one line); NOT CHECKABLE when it did not run (the test query failed first, or it did not
 * finish in time). Any other failure (a table that does not exist, a column, a type error, …) is a failed setup, told
 * at the line and column of the user's own text. A denial whose action Athena does not name (S3's bare "Access
 * Denied") waits for the direct probes: a read they find missing explains it; otherwise something outside the IAM
 * policy refuses, and that is a failed setup too.
 */
final class QueryReadProbe {
    /** Long enough for a query that must read everything before its first row; cancel stops it sooner. */
    static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final String RUN = "athena:StartQueryExecution";

    private final AthenaClient athena;
    private final Checklist checklist;
    private final Arns arns;

    QueryReadProbe(AthenaClient athena, Checklist checklist, Arns arns) {
        this.athena = athena;
        this.checklist = checklist;
        this.arns = arns;
    }

    /**
     * What the run leaves to say once the direct probes of the tables have run.
     *
     * @param failedSetup   the query failed for a reason no permission explains
     * @param unnamedDenial Athena's words, when it was denied something it did not name
     */
    record Outcome(Optional<SetupProblem> failedSetup, Optional<String> unnamedDenial) {
        static final Outcome NOTHING = new Outcome(Optional.empty(), Optional.empty());

        /** The failed setup, given the verdicts on the tables' reads. */
        Optional<SetupProblem> problem(List<PermissionCheck> tableChecks) {
            if (unnamedDenial.isEmpty() || tableChecks.stream().anyMatch(c -> c.status() == CheckStatus.MISSING)) {
                return failedSetup;
            }
            return Optional.of(SetupProblem.inQuery("Athena was refused access while running the query, and no "
                    + "permission of the policy is missing: something outside it refuses (Lake Formation permissions, "
                    + "a bucket policy, a KMS key). Athena said: " + unnamedDenial.get(), Optional.empty()));
        }
    }

    /** @param testQueryRan whether {@code SELECT 1} succeeded; if not, whatever stopped it would stop this too */
    Outcome run(AporiaQuery query, WorkgroupInfo workgroup, S3Location results, boolean testQueryRan) {
        String wg = arns.workgroup(workgroup.name());
        if (!testQueryRan) {
            checklist.notCheckable(RUN, wg, "The query's zero-row form was not run: the test query SELECT 1 failed "
                    + "first (see above), and would stop it too.");
            return Outcome.NOTHING;
        }
        checklist.checking(RUN, wg);
        // Polled on this thread, as the test query is: interrupting the self-test stops the query in Athena.
        RunningQuery running = new QueryRunner(athena, Runnable::run).start(
                QueryRequest.of(query.zeroRowForm().sql(), workgroup).in(query.catalog(), query.database())
                        .withResultReuse(false) // a reused result reads no table
                        .withOutputLocation(results.uri())
                        .withTimeout(TIMEOUT));
        try {
            running.result().join();
            checklist.granted(RUN, wg, "The query's zero-row form ran as this key: Athena read "
                    + AporiaQuery.names(query.tablesRead()) + " and returned no rows, as intended.");
            return Outcome.NOTHING;
        } catch (CompletionException e) {
            checklist.stopIfCancelled(); // a cancelled self-test ends here; the runner has stopped the query
            return failed(AwsErrors.translate(e.getCause()), query, wg);
        }
    }

    private Outcome failed(AthenaFailure failure, AporiaQuery query, String wg) {
        if (failure.kind() == AthenaFailure.Kind.TIMED_OUT) {
            checklist.notCheckable(RUN, wg, "The query's zero-row form did not finish within "
                    + TIMEOUT.toMinutes() + " minutes (a query that sorts or aggregates reads everything before its "
                    + "first row), so its reads were not proven; it was stopped in Athena.");
            return Outcome.NOTHING;
        }
        Optional<QueryDenial> denial = QueryDenial.of(failure, arns);
        if (denial.isPresent() && denial.get().action().isPresent()) {
            QueryDenial d = denial.get();
            checklist.missing(d.action().get(), d.resource().orElse(wg), "Athena, running the query: " + d.message());
            return Outcome.NOTHING;
        }
        if (denial.isPresent()) {
            return new Outcome(Optional.empty(), Optional.of(denial.get().message()));
        }
        AthenaFailure atUsersText = query.zeroRowForm().toUserFailure(failure);
        return new Outcome(Optional.of(SetupProblem.inQuery(atUsersText.getMessage(), atUsersText.position())),
                Optional.empty());
    }
}
