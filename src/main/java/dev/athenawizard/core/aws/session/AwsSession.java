package dev.athenawizard.core.aws.session;

import dev.athenawizard.core.athena.catalog.CatalogService;
import dev.athenawizard.core.athena.query.QueryRunner;
import dev.athenawizard.core.athena.workgroup.WorkgroupService;
import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.policy.AccessScope;
import dev.athenawizard.core.aws.policy.AccessScopeResolver;
import dev.athenawizard.core.aws.policy.ResolvedScope;
import dev.athenawizard.core.aws.policy.ScopeRequest;
import dev.athenawizard.core.aws.selftest.PermissionSelfTest;
import dev.athenawizard.core.aws.selftest.SelfTestListener;
import dev.athenawizard.core.aws.selftest.SelfTestReport;
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

    /** The permission self-test, run as the credentials Aporia's data source will use. */
    public CompletableFuture<SelfTestReport> selfTest(AccessScope scope, SelfTestListener listener) {
        return selfTest.run(connection.aporiaTarget(), scope, listener);
    }

    @Override
    public void close() {
        athena.close();
    }
}
