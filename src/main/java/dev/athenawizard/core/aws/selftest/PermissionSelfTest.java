package dev.athenawizard.core.aws.selftest;

import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.aws.AwsTarget;
import dev.athenawizard.core.aws.credentials.AthenaRegions;
import dev.athenawizard.core.aws.policy.AccessScope;
import dev.athenawizard.core.aws.policy.Arns;
import dev.athenawizard.core.aws.policy.MissingInput;
import dev.athenawizard.core.aws.policy.PolicyGenerator;
import dev.athenawizard.core.aws.policy.PolicyResult;
import dev.athenawizard.core.aws.policy.S3Location;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Tries, one by one and as the user Aporia will use, every permission the generated policy grants, and says for each
 * whether it is granted, missing (with AWS's message and the statement that would grant it) or not checkable (and
 * why). Instead of "AccessDenied" at the end of the guide, the user sees which action on which resource is missing.
 *
 * <p>The probes, in two parts ({@link PermissionCheck.Part}). The workgroup: {@code athena:ListWorkGroups},
 * {@code GetWorkGroup}, {@code ListDatabases}, {@code glue:GetDatabases}; a free {@code SELECT 1} in the workgroup,
 * which proves {@code StartQueryExecution}, {@code GetQueryExecution} and, through the result Athena writes,
 * {@code s3:PutObject}; then {@code GetQueryResults}, {@code StopQueryExecution} (a no-op on the finished query),
 * {@code BatchGetQueryExecution}, {@code ListQueryExecutions}; {@code s3:ListBucket}/{@code GetBucketLocation} on the
 * results bucket and {@code s3:GetObject} on the test query's result. The tables: when the scope was made for a query
 * ({@link AccessScope#query()}), its zero-row form run as Aporia's key, so Athena reads the tables as Aporia will;
 * {@code glue:GetTables} per database, {@code GetTable}/{@code GetPartitions}/{@code GetPartition} per table (every
 * table a query reads, else a few per database); {@code s3:ListBucket}/{@code GetBucketLocation} per data bucket and
 * {@code s3:GetObject} on one data object per location.
 *
 * <p>Runs on the executor given to the constructor, one call at a time; the listener hears each verdict as it is
 * made. Cancelling the returned future interrupts the call in flight and stops the test query (or the query's
 * zero-row form) in Athena.
 */
public final class PermissionSelfTest {
    private final AwsClientFactory clients;
    private final Executor executor;
    private final PolicyGenerator generator = new PolicyGenerator();

    public PermissionSelfTest(AwsClientFactory clients, Executor executor) {
        this.clients = clients;
        this.executor = executor;
    }

    /**
     * @param aporia   the credentials Aporia's data source will use (not the wizard's own, unless they are the same)
     * @param scope    what Aporia will read; everything but the tables' data locations must be known
     *                 ({@link #blockers}). A scope resolved for a query ({@link AccessScope#query()}) also runs that
     *                 query's zero-row form and tries exactly the tables it reads.
     * @param listener hears each verdict as it is made, on the self-test's thread
     * @return the report; fails with {@link IllegalArgumentException} listing what the scope lacks
     */
    public CompletableFuture<SelfTestReport> run(AwsTarget aporia, AccessScope scope, SelfTestListener listener) {
        PolicyResult policy = generator.generate(scope);
        List<MissingInput> blockers = blockers(policy);
        if (!blockers.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(cannotRunYet(blockers)));
        }
        AtomicReference<CompletableFuture<SelfTestReport>> self = new AtomicReference<>();
        CompletableFuture<SelfTestReport> future = InterruptibleTasks.supply(executor, () -> {
            Checklist checklist = new Checklist(policy.known(), listener,
                    () -> self.get() != null && self.get().isCancelled());
            return probe(aporia, scope, checklist);
        });
        self.set(future);
        return future;
    }

    /**
     * What must be known before the self-test can run: everything the policy needs except the tables' data locations.
     * Those come from {@code glue:GetTables}, the very permission a key being checked may lack: without them the
     * data reads are reported "not checkable" and every other permission is still tried.
     */
    public static List<MissingInput> blockers(PolicyResult policy) {
        return policy.missing().stream().filter(m -> !m.field().equals(PolicyGenerator.DATA_LOCATIONS)).toList();
    }

    /** Why the self-test cannot run: the one blocker, or a list of them. */
    public static String cannotRunYet(List<MissingInput> blockers) {
        return blockers.size() == 1 ? blockers.get(0).message() : "The self-test cannot run yet:\n  - "
                + String.join("\n  - ", blockers.stream().map(MissingInput::message).toList());
    }

    private SelfTestReport probe(AwsTarget aporia, AccessScope scope, Checklist checklist) {
        Arns arns = new Arns(AthenaRegions.partitionOf(scope.region()), scope.region(), scope.accountId());
        S3Location results = scope.resultsLocation().orElseThrow();
        try (AthenaClient athena = clients.athena(aporia);
                GlueClient glue = clients.glue(aporia);
                S3Client s3 = clients.s3(aporia)) {
            AthenaProbes athenaProbes = new AthenaProbes(athena, checklist, arns);
            GlueProbes glueProbes = new GlueProbes(glue, checklist, arns);
            S3Probes s3Probes = new S3Probes(s3, checklist, arns);
            WorkgroupInfo workgroup = athenaProbes.workgroupAndCatalog(scope);
            glueProbes.databases();
            TestQueryProbe.Outcome testQuery = new TestQueryProbe(athena, checklist, arns).run(workgroup, results);
            athenaProbes.queryHistory(scope);
            ResultsBucket bucket = s3Probes.results(results, testQuery);
            List<SetupProblem> problems = new ArrayList<>(TestQueryDiagnosis.of(testQuery.unexplained(), bucket, scope,
                    checklist.checks()).stream().toList());

            checklist.startPart(PermissionCheck.Part.TABLES);
            QueryReadProbe.Outcome queryRun = QueryReadProbe.Outcome.NOTHING;
            if (scope.query().isPresent()) { // first: a denial Athena meets keeps its line when a probe meets it again
                queryRun = new QueryReadProbe(athena, checklist, arns).run(scope.query().get(), workgroup, results,
                        testQuery.succeeded());
            }
            glueProbes.tables(scope);
            s3Probes.data(scope);
            queryRun.problem(checklist.checks().stream().filter(c -> c.part() == PermissionCheck.Part.TABLES).toList())
                    .ifPresent(problems::add);
            return checklist.report(problems);
        }
    }
}
