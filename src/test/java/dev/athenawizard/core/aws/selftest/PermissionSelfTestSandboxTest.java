package dev.athenawizard.core.aws.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
    private static final String NO_GLUE = "AKIASELFTESTNOGLUE01";
    private static final String INVALID = "AKIASELFTESTINVALID1";

    private static SandboxFixture sandbox;
    private static ExecutorService executor;
    private static AccessScope scope;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start(options -> options.queryDelay(Duration.ofMillis(50))
                .deny(LIMITED, "s3:PutObject", "glue:GetTables")
                .deny(NO_GLUE, "glue:GetTables")
                .invalidKey(INVALID));
        sandbox.athena().createWorkGroup(b -> b.name("lost-results").configuration(c -> c
                .resultConfiguration(r -> r.outputLocation("s3://athena-wizard-no-such-bucket/results/"))));
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
        assertThat(report.missing()).as("the workgroup's part first, then the tables'")
                .extracting(PermissionCheck::action, PermissionCheck::part).containsExactly(
                        tuple("s3:PutObject", PermissionCheck.Part.WORKGROUP),
                        tuple("glue:GetTables", PermissionCheck.Part.TABLES));
        PermissionCheck tables = report.missing().get(1);
        // The ARN AWS names in its denial (the sandbox, like Glue, checks the catalog first).
        assertThat(tables.resource()).isIn("arn:aws:glue:us-east-1:123456789012:catalog",
                "arn:aws:glue:us-east-1:123456789012:database/aporia_demo");
        assertThat(tables.statement()).hasValueSatisfying(s -> {
            assertThat(s.sid()).isEqualTo("GlueTables");
            assertThat(s.grants("glue:GetTables", tables.resource())).isTrue();
        });
        assertThat(tables.detail()).contains("not authorized to perform: glue:GetTables");
        PermissionCheck put = report.missing().get(0);
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
    void aResultsBucketThatDoesNotExistFailsTheSetupAndIsNamedNotCalledNotCheckable() {
        AccessScope lost = new AccessScope(scope.region(), scope.accountId(), "lost-results",
                Optional.of(S3Location.parse("s3://athena-wizard-no-such-bucket/results/")), scope.databases(),
                scope.tables(), scope.dataLocations());

        SelfTestReport report = new PermissionSelfTest(sandbox.clients(), executor)
                .run(sandbox.target(SandboxFixture.key(FULL)), lost, SelfTestListener.NONE).join();

        assertThat(report.verdict()).isEqualTo(SelfTestVerdict.SETUP_FAILED);
        assertThat(report.missing()).isEmpty();
        assertThat(report.problems()).singleElement().extracting(SetupProblem::message).asString()
                .startsWith("The results bucket athena-wizard-no-such-bucket does not exist")
                .contains("us-east-1", "lost-results");
        assertThat(report.summary()).startsWith("The test query failed, so Aporia's queries would fail too")
                .doesNotContain("Every permission");
    }

    @Test
    void withoutTheTablesDataLocationsEveryOtherPermissionIsStillTried() {
        AccessScope noData = new AccessScope(scope.region(), scope.accountId(), scope.workgroup(),
                scope.resultsLocation(), scope.databases(), List.of(), List.of());

        SelfTestReport report = new PermissionSelfTest(sandbox.clients(), executor)
                .run(sandbox.target(SandboxFixture.key(NO_GLUE)), noData, SelfTestListener.NONE).join();

        assertThat(report.verdict()).isEqualTo(SelfTestVerdict.MISSING);
        assertThat(report.missing()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo("glue:GetTables");
            assertThat(c.statement()).hasValueSatisfying(s -> assertThat(s.sid()).isEqualTo("GlueTables"));
        });
        assertThat(report.granted()).extracting(PermissionCheck::action).contains("athena:StartQueryExecution",
                "s3:PutObject", "glue:GetDatabases", "athena:GetQueryResults");
        assertThat(report.notCheckable()).anySatisfy(c -> assertThat(c.detail()).contains("data locations"));
    }

    @Test
    void aKnownAccountIsNotAskedOfStsAgain() {
        ScopeRequest request = new ScopeRequest(SandboxFixture.REGION, "aporia",
                Optional.of(S3Location.parse("s3://athena-wizard-sandbox-results/aporia/")), List.of(), List.of());
        AccessScopeResolver resolver = new AccessScopeResolver(sandbox.clients(), executor);

        ResolvedScope asked = resolver.resolve(sandbox.target(INVALID), request).join();
        ResolvedScope known = resolver.resolve(sandbox.target(INVALID), request.inAccount("111122223333")).join();

        assertThat(asked.notes()).as("STS refuses this key").anySatisfy(n -> assertThat(n.field())
                .isEqualTo("accountId"));
        assertThat(known.notes()).as("so no note means no STS call").isEmpty();
        assertThat(known.scope().accountId()).isEqualTo("111122223333");
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
        assertThat(report.notCheckable()).as("tables without partition keys need no glue:GetPartition").isEmpty();
        assertThat(report.checks()).extracting(PermissionCheck::action).doesNotContain("glue:GetPartition")
                .contains("glue:GetPartitions");
        assertThat(report.verdict()).isEqualTo(SelfTestVerdict.ALL_GRANTED);
        assertThat(report.summary()).startsWith("Every permission Aporia needs is granted");
    }
}
