package dev.athenawizard.core.aws.session;

import dev.athenawizard.core.athena.catalog.CatalogService;
import dev.athenawizard.core.athena.query.QueryRunner;
import dev.athenawizard.core.athena.workgroup.WorkgroupService;
import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.policy.AccessScope;
import dev.athenawizard.core.aws.policy.AccessScopeResolver;
import dev.athenawizard.core.aws.policy.AporiaQuery;
import dev.athenawizard.core.aws.policy.MissingInput;
import dev.athenawizard.core.aws.policy.PolicyGenerator;
import dev.athenawizard.core.aws.policy.ResolvedScope;
import dev.athenawizard.core.aws.policy.ScopeRequest;
import dev.athenawizard.core.aws.selftest.PermissionSelfTest;
import dev.athenawizard.core.aws.selftest.SelfTestListener;
import dev.athenawizard.core.aws.selftest.SelfTestReport;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * Everything that talks to AWS for one verified connection: Athena's workgroups, catalog and queries with the
 * wizard's credentials, the policy's scope, and the permission self-test with Aporia's. Every call runs in the
 * background and can be cancelled through its future. Close it when the connection is replaced: it closes the Athena
 * client it owns.
 */
public final class AwsSession implements AutoCloseable {
    private final VerifiedConnection connection;
    private final AthenaClient athena;
    private final WorkgroupService workgroups;
    private final CatalogService catalog;
    private final QueryRunner queries;
    private final AccessScopeResolver scopes;
    private final PermissionSelfTest selfTest;

    AwsSession(VerifiedConnection connection, AwsClientFactory clients, Executor aws) {
        this.connection = connection;
        this.athena = clients.athena(connection.wizardTarget());
        this.workgroups = new WorkgroupService(athena, aws);
        this.catalog = new CatalogService(athena, aws);
        this.queries = new QueryRunner(athena, aws);
        this.scopes = new AccessScopeResolver(clients, aws);
        this.selfTest = new PermissionSelfTest(clients, aws);
    }

    /** The connection this session was opened for. */
    public VerifiedConnection connection() {
        return connection;
    }

    public WorkgroupService workgroups() {
        return workgroups;
    }

    public CatalogService catalog() {
        return catalog;
    }

    public QueryRunner queries() {
        return queries;
    }

    /** The policy's scope, looked up with the wizard's credentials; the account comes from the verification. */
    public CompletableFuture<ResolvedScope> resolveScope(ScopeRequest request) {
        return scopes.resolve(connection.wizardTarget(), request.inAccount(connection.identity().account()));
    }

    /**
     * The permission self-test, run as the credentials Aporia's data source will use. A scope resolved for a query
     * ({@link ScopeRequest#withQuery}) also runs the query's zero-row form and tries exactly the tables it reads.
     */
    public CompletableFuture<SelfTestReport> selfTest(AccessScope scope, SelfTestListener listener) {
        return selfTest.run(connection.aporiaTarget(), scope, listener);
    }

    /**
     * The permission self-test for the query Aporia will run, in one call: the scope is made from the tables the
     * query reads (Glue {@code GetTable} per table, with the wizard's credentials), then every permission is tried as
     * Aporia's key — the workgroup's (a free {@code SELECT 1}) and the query's reads: its zero-row form run in the
     * workgroup, so Athena reads its tables as Aporia will, and Glue and S3 on each table and data location. The lines
     * of the query's reads are those of {@code PermissionCheck.Part.TABLES}.
     *
     * <p>Build the query with {@code AporiaQuery.of(analysis, catalog, database)}, which refuses (with line and
     * column) text that is not one checked query; nothing is sent for it. A query that fails for a reason other than
     * a denied permission (a table that does not exist, …) is a failed setup ({@code SelfTestVerdict.SETUP_FAILED})
     * whose {@code SetupProblem.position()} is in the user's own text.
     *
     * <p>Runs in the background; the listener hears each verdict as it is made, on the self-test's thread. Cancelling
     * the returned future stops whichever call is in flight, and a running query is stopped in Athena
     * ({@code StopQueryExecution}).
     *
     * @param request the region, workgroup and result location (as for {@link #resolveScope}); its databases are
     *                replaced by those of the query's tables
     * @return the scope (for the policy and its notes) and the report; fails with {@link IllegalArgumentException}
     *         saying what must be known first (e.g. the workgroup has no result location), once per problem
     */
    public CompletableFuture<QuerySelfTest> selfTestQuery(ScopeRequest request, AporiaQuery query,
            SelfTestListener listener) {
        return InterruptibleTasks.then(resolveScope(request.withQuery(query)), resolved -> {
            List<MissingInput> blockers = PermissionSelfTest.blockers(resolved.policy(new PolicyGenerator()));
            if (!blockers.isEmpty()) {
                return CompletableFuture.failedFuture(new IllegalArgumentException(
                        PermissionSelfTest.cannotRunYet(blockers)));
            }
            CompletableFuture<SelfTestReport> running = selfTest(resolved.scope(), listener);
            return InterruptibleTasks.cancelling(running.thenApply(report -> new QuerySelfTest(resolved, report)),
                    running);
        });
    }

    @Override
    public void close() {
        athena.close();
    }
}
