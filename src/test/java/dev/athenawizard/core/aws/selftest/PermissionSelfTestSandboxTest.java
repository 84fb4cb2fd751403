package dev.athenawizard.core.aws.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.policy.AccessScope;
import dev.athenawizard.core.aws.policy.AccessScopeResolver;
import dev.athenawizard.core.aws.policy.ResolvedScope;
import dev.athenawizard.core.aws.policy.S3Location;
import dev.athenawizard.core.aws.policy.ScopeRequest;
import dev.athenawizard.core.aws.policy.TableLocation;
import dev.athenawizard.core.sandbox.SandboxFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The permission self-test against the real sandbox, as a key with and without permissions. */
class PermissionSelfTestSandboxTest {
    private static final String LIMITED = "AKIASELFTESTLIMITED1";
    private static final String FULL = "AKIASELFTESTFULL0001";

    private static SandboxFixture sandbox;
    private static ExecutorService executor;
    private static AccessScope scope;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start(options -> options.queryDelay(Duration.ofMillis(50))
                .deny(LIMITED, "s3:PutObject", "glue:GetTables"));
        executor = Executors.newFixedThreadPool(2);
        ResolvedScope resolved = new AccessScopeResolver(sandbox.clients(), executor).resolve(
                sandbox.target(new CredentialSource.Sandbox()),
                new ScopeRequest(SandboxFixture.REGION, "aporia", Optional.empty(), List.of("aporia_demo"), List.of()))
                .join();
        assertThat(resolved.notes()).isEmpty();
        scope = resolved.scope();
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
        sandbox.close();
    }

    @Test
    void theScopeComesFromStsTheWorkgroupAndGlue() {
        assertThat(scope.accountId()).isEqualTo("123456789012");
        assertThat(scope.resultsLocation()).hasValue(S3Location.parse("s3://athena-wizard-sandbox-results/aporia/"));
        assertThat(scope.tables()).extracting(TableLocation::table).contains("model_predictions", "training_set");
        assertThat(scope.dataLocations()).contains(
                S3Location.parse("s3://athena-wizard-sandbox-data/aporia_demo/model_predictions/"));
    }

    @Test
    void namesExactlyTheMissingPermissionsWithArnAndGrantingStatement() {
        List<PermissionCheck> heard = new ArrayList<>();
        SelfTestReport report = new PermissionSelfTest(sandbox.clients(), executor)
                .run(sandbox.target(SandboxFixture.key(LIMITED)), scope, heard::add).join();

        assertThat(heard).isEqualTo(report.checks());
        assertThat(report.missing()).extracting(PermissionCheck::action)
                .containsExactly("glue:GetTables", "s3:PutObject");
        PermissionCheck tables = report.missing().get(0);
        // The ARN AWS names in its denial (the sandbox, like Glue, checks the catalog first).
        assertThat(tables.resource()).isIn("arn:aws:glue:us-east-1:123456789012:catalog",
                "arn:aws:glue:us-east-1:123456789012:database/aporia_demo");
        assertThat(tables.statement()).hasValueSatisfying(s -> {
            assertThat(s.sid()).isEqualTo("GlueTables");
            assertThat(s.grants("glue:GetTables", tables.resource())).isTrue();
        });
        assertThat(tables.detail()).contains("not authorized to perform: glue:GetTables");
        PermissionCheck put = report.missing().get(1);
        assertThat(put.resource()).matches("arn:aws:s3:::athena-wizard-sandbox-results/aporia/[0-9a-f-]+\\.csv");
        assertThat(put.statement()).hasValueSatisfying(s -> {
            assertThat(s.sid()).isEqualTo("QueryResults");
            assertThat(s.toJson()).contains("s3:PutObject");
        });
        assertThat(put.detail()).containsIgnoringCase("access denied");

        assertThat(report.granted()).extracting(PermissionCheck::action).contains(
                "athena:ListWorkGroups", "athena:GetWorkGroup", "athena:ListDatabases", "glue:GetDatabases",
                "glue:GetTable", "glue:GetPartitions", "athena:StartQueryExecution", "athena:GetQueryExecution",
                "athena:StopQueryExecution", "athena:BatchGetQueryExecution", "athena:ListQueryExecutions",
                "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObject");
        assertThat(report.notCheckable()).extracting(PermissionCheck::action)
                .contains("athena:GetQueryResults").allMatch(a -> !a.equals("glue:GetTables"));
        assertThat(report.checks()).allSatisfy(c -> assertThat(c.statement()).isPresent());
    }

    @Test
    void aFullyPermittedKeyHasNothingMissing() {
        SelfTestReport report = new PermissionSelfTest(sandbox.clients(), executor)
                .run(sandbox.target(SandboxFixture.key(FULL)), scope, SelfTestListener.NONE).join();

        assertThat(report.missing()).isEmpty();
        assertThat(report.granted()).extracting(PermissionCheck::action).contains("athena:GetQueryResults",
                "s3:PutObject", "glue:GetTables");
        assertThat(report.granted()).filteredOn(c -> c.action().equals("s3:GetObject"))
                .extracting(PermissionCheck::resource)
                .anyMatch(r -> r.startsWith("arn:aws:s3:::athena-wizard-sandbox-results/aporia/"))
                .anyMatch(r -> r.startsWith("arn:aws:s3:::athena-wizard-sandbox-data/aporia_demo/"));
        assertThat(report.notCheckable()).allSatisfy(c -> assertThat(c.detail()).isNotEmpty());
    }
}
