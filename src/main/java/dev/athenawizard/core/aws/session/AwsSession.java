package dev.athenawizard.core.aws.session;

import dev.athenawizard.core.athena.catalog.CatalogService;
import dev.athenawizard.core.athena.query.QueryRunner;
import dev.athenawizard.core.athena.query.UnstoppedQueries;
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
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * Everything that talks to AWS for one verified connection: Athena's workgroups, catalog and queries with the
 * wizard's credentials, the policy's scope, and the permission self-test with Aporia's. Every call runs in the
 * background and can be cancelled through its future. Close it when the connection is replaced: it closes the Athena
 * client it owns.
 *
 * <p>Every call of its Athena client tells the connection's {@link VerifiedConnection#health()} whether AWS still
 * accepts the credentials; a query it could not stop is stopped by the next call that succeeds, or by the next
 * session opened for the same account and region.
 */
public final class AwsSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AwsSession.class);
    private final VerifiedConnection connection;
    private final AthenaClient athena;
    private final WorkgroupService workgroups;
    private final CatalogService catalog;
    private final QueryRunner queries;
    private final AccessScopeResolver scopes;
    private final PermissionSelfTest selfTest;
    private final Executor aws;
    private final UnstoppedQueries unstopped;
    private final String scope;

    AwsSession(VerifiedConnection connection, AwsClientFactory clients, Executor aws, UnstoppedQueries unstopped) {
        this.connection = connection;
        this.aws = aws;
        this.unstopped = unstopped;
        this.scope = scopeOf(connection);
        this.athena = clients.athena(connection.wizardTarget(), new CallWatch(connection.health(),
                this::stopLeftRunningLater));
        this.workgroups = new WorkgroupService(athena, aws);
        this.catalog = new CatalogService(athena, aws);
        this.queries = new QueryRunner(athena, aws, unstopped.in(scope));
        this.scopes = new AccessScopeResolver(clients, aws);
        this.selfTest = new PermissionSelfTest(clients, aws);
        stopLeftRunningLater(); // fresh credentials for the same account reach what the old ones could not stop
    }

    /** Execution ids mean something in one account and region, at one endpoint. */
    private static String scopeOf(VerifiedConnection connection) {
        return connection.wizard().endpoint().map(Object::toString).orElse("aws") + " " + connection.region() + " "
                + connection.identity().account();
    }

    /**
     * Stops, with these credentials, the queries of this account and region that could not be stopped before (each
     * id the program stops is told to {@link UnstoppedQueries#onStopped}). Runs in the background; nothing to do
     * completes at once.
     *
     * @return the executions stopped now
     */
    public CompletableFuture<List<String>> stopLeftRunning() {
        if (unstopped.of(scope).isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return CompletableFuture.supplyAsync(() -> unstopped.stopAll(scope, athena), aws);
    }

    private void stopLeftRunningLater() {
        try {
            stopLeftRunning();
        } catch (RejectedExecutionException e) { // the program is closing; the window's close stops them
            LOG.debug("not stopping left-running queries now: {}", e.toString());
        }
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
