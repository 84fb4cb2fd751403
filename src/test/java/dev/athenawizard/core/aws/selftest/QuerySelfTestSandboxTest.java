package dev.athenawizard.core.aws.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.SqlPosition;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.policy.AccessScope;
import dev.athenawizard.core.aws.policy.AccessScopeResolver;
import dev.athenawizard.core.aws.policy.AporiaQuery;
import dev.athenawizard.core.aws.policy.PolicyGenerator;
import dev.athenawizard.core.aws.policy.ResolvedScope;
import dev.athenawizard.core.aws.policy.ScopeRequest;
import dev.athenawizard.core.aws.selftest.PermissionCheck.Part;
import dev.athenawizard.core.sandbox.DenyRule;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.core.sql.SqlAnalyzer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The self-test once a query exists, against the real sandbox: Athena runs the query's zero-row form as Aporia's key,
 * and the lines of its reads say what that key lacks, where {@code SELECT 1} alone finds nothing wrong.
 */
class QuerySelfTestSandboxTest {
    private static final String FULL = "AKIAQUERYTESTFULL001";
    private static final String NO_DATA_READ = "AKIAQUERYNODATAREAD1";
    private static final String NO_TABLE_READ = "AKIAQUERYNOGETTABLE1";
    private static final String NO_RESULTS = "AKIAQUERYNORESULTS01";
    private static final String DATA = "arn:aws:s3:::athena-wizard-sandbox-data";
    private static final String TABLE = "arn:aws:glue:us-east-1:123456789012:table/aporia_demo/model_predictions";
    private static final String QUERY = "SELECT prediction_id, proba\nFROM aporia_demo.model_predictions\n"
            + "WHERE proba > 0.5 ORDER BY proba DESC LIMIT 10;";

    private static SandboxFixture sandbox;
    private static ExecutorService executor;
    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer();

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start(options -> options.queryDelay(Duration.ofMillis(20))
                .deny(DenyRule.parse(NO_DATA_READ + "=s3:GetObject@" + DATA + "/*").get(0))
                .deny(DenyRule.parse(NO_TABLE_READ + "=glue:GetTable@" + TABLE).get(0))
                .deny(NO_RESULTS, "s3:PutObject"));
        executor = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
        sandbox.close();
    }

    private static AporiaQuery query(String sql, String database) {
        return AporiaQuery.of(ANALYZER.analyze(sql), "AwsDataCatalog", database);
    }

    private static ResolvedScope scopeFor(AporiaQuery query) {
        ScopeRequest request = new ScopeRequest(SandboxFixture.REGION, "aporia", Optional.empty(),
                List.of("ignored_db"), List.of()).withQuery(query);
        return new AccessScopeResolver(sandbox.clients(), executor)
                .resolve(sandbox.target(new CredentialSource.Sandbox()), request).join();
    }

    private static SelfTestReport selfTest(String keyId, AccessScope scope, List<PermissionCheck> heard) {
        return new PermissionSelfTest(sandbox.clients(), executor)
                .run(sandbox.target(SandboxFixture.key(keyId)), scope, heard::add).join();
    }

    @Test
    void theScopeOfAQueryIsExactlyTheTablesItReadsAndTheirData() {
        ResolvedScope resolved = scopeFor(query(QUERY, ""));

        assertThat(resolved.notes()).isEmpty();
        AccessScope scope = resolved.scope();
        assertThat(scope.databases()).as("the query's database, not the one the request named").containsExactly(
                "aporia_demo");
        assertThat(scope.dataLocations()).extracting(Object::toString)
                .containsExactly("s3://athena-wizard-sandbox-data/aporia_demo/model_predictions/");
        String policy = resolved.policy(new PolicyGenerator()).orElseThrow().toJson();
        assertThat(policy).contains("\"" + TABLE + "\"", "\"" + DATA + "/aporia_demo/model_predictions/*\"",
                "\"arn:aws:glue:us-east-1:123456789012:database/aporia_demo\"")
                .doesNotContain("training_set", "table/aporia_demo/*", "ignored_db", DATA + "/*\"");
    }

    @Test
    void aFullyPermittedKeyRunsTheQueryAndTriesExactlyItsTables() {
        List<PermissionCheck> heard = new ArrayList<>();
        SelfTestReport report = selfTest(FULL, scopeFor(query(QUERY, "")).scope(), heard);

        assertThat(heard).isEqualTo(report.checks());
        assertThat(report.missing()).isEmpty();
        assertThat(report.problems()).isEmpty();
        List<PermissionCheck> reads = report.part(Part.TABLES);
        assertThat(reads.get(0)).satisfies(run -> {
            assertThat(run.action()).isEqualTo("athena:StartQueryExecution");
            assertThat(run.status()).isEqualTo(CheckStatus.GRANTED);
            assertThat(run.detail()).contains("zero-row form ran", "aporia_demo.model_predictions");
        });
        assertThat(reads).filteredOn(c -> c.status() == CheckStatus.GRANTED).extracting(PermissionCheck::action)
                .contains("glue:GetTables", "glue:GetTable", "glue:GetPartitions", "s3:ListBucket",
                        "s3:GetBucketLocation", "s3:GetObject");
        assertThat(reads).filteredOn(c -> c.action().equals("glue:GetTable")).extracting(PermissionCheck::resource)
                .containsExactly(TABLE);
        assertThat(report.checks()).noneMatch(c -> c.resource().contains("training_set"));
        assertThat(report.part(Part.WORKGROUP)).extracting(PermissionCheck::action)
                .contains("athena:ListWorkGroups", "glue:GetDatabases", "s3:PutObject")
                .doesNotContain("glue:GetTable");
        assertThat(report.checks()).as("a table without partition keys needs no glue:GetPartition")
                .noneMatch(c -> c.action().equals("glue:GetPartition"));
        assertThat(report.verdict()).isEqualTo(SelfTestVerdict.ALL_GRANTED);
    }

    @Test
    void aKeyThatMayNotReadTheDataObjectsFailsOnTheQuerysReadWhereSelectOnePasses() {
        SelfTestReport report = selfTest(NO_DATA_READ, scopeFor(query(QUERY, "")).scope(), new ArrayList<>());

        assertThat(report.part(Part.WORKGROUP)).as("SELECT 1 and its result: all fine")
                .noneMatch(c -> c.status() == CheckStatus.MISSING)
                .anySatisfy(c -> assertThat(c.action() + " " + c.status()).isEqualTo("s3:PutObject GRANTED"));
        assertThat(report.missing()).singleElement().satisfies(c -> {
            assertThat(c.part()).isEqualTo(Part.TABLES);
            assertThat(c.action()).isEqualTo("s3:GetObject");
            assertThat(c.resource()).startsWith(DATA + "/aporia_demo/model_predictions/");
            assertThat(c.detail()).as("met by Athena running the query").startsWith("Athena, running the query: ")
                    .contains("Permission denied on S3 path");
            assertThat(c.statement()).hasValueSatisfying(s -> {
                assertThat(s.sid()).isEqualTo("ReadTableData");
                assertThat(s.grants("s3:GetObject", c.resource())).isTrue();
            });
        });
        assertThat(report.verdict()).isEqualTo(SelfTestVerdict.MISSING);
        assertThat(report.summary()).startsWith("1 permission is missing (s3:GetObject)");
    }

    @Test
    void aKeyThatMayNotReadTheTableInGlueFailsOnTheQuerysReadWithGluesStatement() {
        SelfTestReport report = selfTest(NO_TABLE_READ, scopeFor(query(QUERY, "")).scope(), new ArrayList<>());

        assertThat(report.part(Part.WORKGROUP)).noneMatch(c -> c.status() == CheckStatus.MISSING);
        assertThat(report.missing()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo("glue:GetTable");
            assertThat(c.resource()).isEqualTo(TABLE);
            assertThat(c.detail()).contains("Insufficient permissions to execute the query",
                    "not authorized to perform: glue:GetTable");
            assertThat(c.statement()).hasValueSatisfying(s -> {
                assertThat(s.sid()).isEqualTo("GlueTables");
                assertThat(s.resources()).contains(TABLE);
            });
        });
    }

    @Test
    void aQueryOnATableThatDoesNotExistIsAFailedSetupAtTheUsersLineAndColumn() {
        AporiaQuery missing = query("SELECT prediction_id\n  FROM nope_table", "aporia_demo");
        ResolvedScope resolved = scopeFor(missing);
        assertThat(resolved.notes()).singleElement().satisfies(n -> assertThat(n.message())
                .startsWith("Glue has no table aporia_demo.nope_table, which the query reads (line 2, column 8)"));

        SelfTestReport report = selfTest(FULL, resolved.scope(), new ArrayList<>());

        assertThat(report.verdict()).isEqualTo(SelfTestVerdict.SETUP_FAILED);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(SetupProblem.Source.QUERY);
            assertThat(p.position()).as("in the user's text, not the zero-row form's")
                    .hasValue(new SqlPosition(2, 8));
            assertThat(p.message()).contains("nope_table", "line 2, column 8");
        });
        assertThat(report.summary()).startsWith("Aporia's query failed when run as Aporia's key")
                .doesNotContain("Every permission");
        assertThat(report.part(Part.TABLES)).filteredOn(c -> c.action().equals("glue:GetTable")).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.NOT_CHECKABLE));
    }

    @Test
    void whenSelectOneFailsTheQueryIsNotRunAndItsLineSaysWhy() {
        SelfTestReport report = selfTest(NO_RESULTS, scopeFor(query(QUERY, "")).scope(), new ArrayList<>());

        assertThat(report.missing()).extracting(PermissionCheck::action).containsExactly("s3:PutObject");
        assertThat(report.part(Part.TABLES).get(0)).satisfies(run -> {
            assertThat(run.action()).isEqualTo("athena:StartQueryExecution");
            assertThat(run.status()).isEqualTo(CheckStatus.NOT_CHECKABLE);
            assertThat(run.detail()).contains("SELECT 1 failed first");
        });
        assertThat(report.problems()).as("the one cause is the missing s3:PutObject").isEmpty();
    }
}
