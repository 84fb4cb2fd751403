package dev.athenawizard.core.aws.selftest;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.query.QueryRequest;
import dev.athenawizard.core.athena.query.QueryResult;
import dev.athenawizard.core.athena.query.QueryRunner;
import dev.athenawizard.core.athena.query.RunningQuery;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.aws.AccessDenied;
import dev.athenawizard.core.aws.policy.Arns;
import dev.athenawizard.core.aws.policy.S3Location;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * Runs a free {@code SELECT 1} in the workgroup as Aporia's user, through the Athena layer's {@link QueryRunner}. Its
 * fate answers several permissions at once: starting it needs {@code athena:StartQueryExecution}, polling it
 * {@code athena:GetQueryExecution}, and Athena writes its result to S3 with the caller's rights, so a success proves
 * {@code s3:PutObject} on the result location and an "access denied when writing output" failure disproves it.
 */
final class TestQueryProbe {
    static final String SQL = "SELECT 1";
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    /**
     * What the query showed about writing results.
     *
     * @param executionId  the test query's id, once started
     * @param resultObject where its result was (or would have been) written
     * @param putObject    the verdict on {@code s3:PutObject}, to report with the other S3 checks
     * @param unexplained  why the query failed, when no denied permission accounts for it (a setup problem)
     */
    record Outcome(Optional<String> executionId, Optional<S3Object> resultObject, PutObjectVerdict putObject,
            Optional<Throwable> unexplained) {

        /** Whether the test query ran and wrote its result. */
        boolean succeeded() {
            return putObject.status() == CheckStatus.GRANTED;
        }
    }

    /** {@code s3:PutObject} as inferred from the query: status plus the words to show. */
    record PutObjectVerdict(CheckStatus status, String detail) {
    }

    private final AthenaClient athena;
    private final Checklist checklist;
    private final Arns arns;

    TestQueryProbe(AthenaClient athena, Checklist checklist, Arns arns) {
        this.athena = athena;
        this.checklist = checklist;
        this.arns = arns;
    }

    Outcome run(WorkgroupInfo workgroup, S3Location results) {
        String wg = arns.workgroup(workgroup.name());
        checklist.checking("athena:StartQueryExecution", wg);
        // The runner polls on this thread (direct executor): the self-test already runs on a background thread,
        // and interrupting it (cancel) reaches the runner's sleep, which then stops the query in Athena.
        RunningQuery query = new QueryRunner(athena, Runnable::run).start(QueryRequest.of(SQL, workgroup)
                .withResultReuse(false) // a reused result writes nothing, and proves nothing about s3:PutObject
                .withOutputLocation(results.uri())
                .withTimeout(TIMEOUT));
        try {
            QueryResult result = query.result().join();
            checklist.granted("athena:StartQueryExecution", wg, "");
            checklist.granted("athena:GetQueryExecution", wg, "");
            checklist.probe("athena:GetQueryResults", wg, () -> result.firstPage().join());
            Optional<S3Object> written = resultObject(result.executionId());
            followUps(result.executionId(), wg);
            return new Outcome(Optional.of(result.executionId()), written, new PutObjectVerdict(CheckStatus.GRANTED,
                    "Athena wrote the test query's result" + written.map(w -> " to " + w.uri()).orElse("") + "."),
                    Optional.empty());
        } catch (CompletionException e) {
            checklist.stopIfCancelled(); // a cancelled self-test ends here; the runner has stopped the query
            return failed(e.getCause(), query.executionId(), wg, results);
        }
    }

    private Outcome failed(Throwable failure, Optional<String> id, String wg, S3Location results) {
        Optional<S3Object> target = id.map(i -> new S3Object(results.bucket(), results.key(i + ".csv")));
        if (id.isEmpty()) {
            checklist.failed("athena:StartQueryExecution", wg, failure);
            String why = "The test query did not start.";
            List.of("athena:GetQueryExecution", "athena:GetQueryResults", "athena:StopQueryExecution",
                    "athena:BatchGetQueryExecution").forEach(a -> checklist.notCheckable(a, wg, why));
            boolean denied = AccessDenied.in(failure).isPresent();
            return new Outcome(id, target, new PutObjectVerdict(CheckStatus.NOT_CHECKABLE, why),
                    denied ? Optional.empty() : Optional.of(failure));
        }
        checklist.granted("athena:StartQueryExecution", wg, "");
        boolean pollDenied = failure instanceof AthenaFailure f && f.kind() == AthenaFailure.Kind.ACCESS_DENIED;
        if (pollDenied) {
            checklist.failed("athena:GetQueryExecution", wg, failure);
        } else {
            checklist.granted("athena:GetQueryExecution", wg, "");
        }
        checklist.notCheckable("athena:GetQueryResults", wg, "The test query did not succeed, so it has no results: "
                + Checklist.describe(failure));
        followUps(id.get(), wg);
        PutObjectVerdict put = putObjectVerdict(failure, pollDenied);
        boolean explained = pollDenied || put.status() == CheckStatus.MISSING;
        return new Outcome(id, target, put, explained ? Optional.empty() : Optional.of(failure));
    }

    /** Calls that need an execution id but not a successful one. */
    private void followUps(String id, String wg) {
        // Stopping a finished query is a permitted no-op: it proves the permission without changing anything.
        checklist.probe("athena:StopQueryExecution", wg, () -> athena.stopQueryExecution(r -> r.queryExecutionId(id)));
        checklist.probe("athena:BatchGetQueryExecution", wg,
                () -> athena.batchGetQueryExecution(r -> r.queryExecutionIds(id)));
    }

    private static PutObjectVerdict putObjectVerdict(Throwable failure, boolean pollDenied) {
        if (pollDenied) {
            return new PutObjectVerdict(CheckStatus.NOT_CHECKABLE,
                    "Without athena:GetQueryExecution the test query's outcome cannot be read.");
        }
        String reason = failure instanceof AthenaFailure f ? f.athenaMessage().orElse(f.getMessage())
                : Checklist.describe(failure);
        String lower = reason.toLowerCase(Locale.ROOT);
        boolean denied = lower.contains("access denied") || lower.contains("accessdenied")
                || lower.contains("permission denied") || lower.contains("not authorized");
        if (denied && (lower.contains("writ") || lower.contains("output") || lower.contains("putobject"))) {
            return new PutObjectVerdict(CheckStatus.MISSING, reason);
        }
        return new PutObjectVerdict(CheckStatus.NOT_CHECKABLE, "The test query failed for another reason: " + reason);
    }

    private Optional<S3Object> resultObject(String id) {
        try {
            return S3Object.parse(athena.getQueryExecution(r -> r.queryExecutionId(id)).queryExecution()
                    .resultConfiguration().outputLocation());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
