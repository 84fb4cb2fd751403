package dev.athenawizard.cli;

import static dev.athenawizard.cli.PolicyAndCheckCommandsTest.checklist;
import static dev.athenawizard.cli.PolicyAndCheckCommandsTest.headings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.aws.credentials.ProfileFileLocations;
import dev.athenawizard.core.aws.secrets.SecretStore;
import dev.athenawizard.core.project.AccessSection;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.ConnectionSection.ConnectionMode;
import dev.athenawizard.core.project.ConnectionSection.DataSourceCredentials;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.project.QuerySection;
import dev.athenawizard.core.project.WorkgroupSection;
import dev.athenawizard.core.sandbox.DenyRule;
import dev.athenawizard.core.sandbox.SandboxFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.athena.AthenaClient;

/** {@code check} and {@code policy} once a query exists: {@code --sql}, a project's query, and what is refused. */
class QueryCheckCommandsTest {
    private static final String WIZARD_KEY = "AKIACLIQUERYWIZARD01";
    private static final String FULL_KEY = "AKIACLIQUERYFULLKEY1";
    private static final String NO_DATA_KEY = "AKIACLIQUERYNODATA01";
    private static final String DATA = "arn:aws:s3:::athena-wizard-sandbox-data";
    private static final String QUERY = "SELECT prediction_id, proba\nFROM model_predictions\nWHERE proba > 0.9";
    /** Never answers: a run that tried to send anything would fail with exit 1, not 2. */
    private static final String NOWHERE = "http://127.0.0.1:9";

    private static SandboxFixture sandbox;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start(options -> options.queryDelay(Duration.ofMillis(20))
                .deny(DenyRule.parse(NO_DATA_KEY + "=s3:GetObject@" + DATA + "/*").get(0)));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void checkSqlFindsTheDataReadTheKeyLacksWhereSelectOnePasses() {
        CliRun run = withSql(NO_DATA_KEY, "check", QUERY, "--database", "aporia_demo");

        assertThat(run.exit()).as(run.err()).isEqualTo(CheckCommand.MISSING_PERMISSIONS);
        assertThat(headings(run)).containsExactly("Running queries in workgroup aporia and writing their results:",
                "Reading what the query reads (aporia_demo.model_predictions), as Aporia will run it:");
        List<String> lines = checklist(run);
        assertThat(lines).contains(
                "GRANTED athena:StartQueryExecution arn:aws:athena:us-east-1:123456789012:workgroup/aporia")
                .anyMatch(l -> l.startsWith("GRANTED s3:PutObject "));
        assertThat(lines).filteredOn(l -> l.startsWith("MISSING")).singleElement().satisfies(l -> assertThat(l)
                .startsWith("MISSING s3:GetObject " + DATA + "/aporia_demo/model_predictions/")
                .contains("→ add statement \"ReadTableData\"", "(AWS: Athena, running the query: "));
        assertThat(run.out()).contains("1 permission is missing (s3:GetObject)", "\"Sid\": \"ReadTableData\"")
                .doesNotContain("training_set");
    }

    @Test
    void checkSqlWithEveryPermissionRunsTheQueryAndTriesOnlyItsTables() {
        CliRun run = withSql(FULL_KEY, "check", "SELECT count(*) FROM aporia_demo.model_predictions");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(checklist(run)).anySatisfy(l -> assertThat(l).startsWith("GRANTED athena:StartQueryExecution ")
                .contains("The query's zero-row form ran as this key: Athena read aporia_demo.model_predictions"));
        assertThat(run.out()).doesNotContain("MISSING", "training_set", "table/aporia_demo/*");
    }

    @Test
    void aQueryOnATableThatDoesNotExistIsABrokenSetupAtItsLineAndColumn() {
        CliRun run = withSql(FULL_KEY, "check", "SELECT prediction_id\n  FROM nope_table", "--database",
                "aporia_demo");

        assertThat(run.exit()).as(run.err()).isEqualTo(CheckCommand.SETUP_FAILED);
        assertThat(run.out()).contains("Aporia's query failed when run as Aporia's key (its zero-row form)",
                "nope_table", "line 2, column 8").doesNotContain("MISSING ");
        assertThat(run.err()).as("said once, by the failed query").doesNotContain("nope_table");
    }

    @Test
    void checkProjectUsesTheProjectsQueryInsteadOfItsDatabases() throws IOException {
        Path project = project(QUERY);

        CliRun run = run(Map.of("AWS_SECRET_ACCESS_KEY", "s", "APORIA_AWS_SECRET_ACCESS_KEY", "s"), "check",
                "--project", project.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(CheckCommand.MISSING_PERMISSIONS);
        assertThat(headings(run)).contains(
                "Reading what the query reads (aporia_demo.model_predictions), as Aporia will run it:");
        assertThat(run.out()).contains("MISSING s3:GetObject " + DATA + "/aporia_demo/model_predictions/")
                .doesNotContain("training_set", "other_db", "picked-before-the-query");
    }

    @Test
    void policyOfAProjectsQueryNamesExactlyItsDatabaseTableAndDataBucket() throws IOException {
        CliRun run = run(Map.of("AWS_SECRET_ACCESS_KEY", "s", "APORIA_AWS_SECRET_ACCESS_KEY", "s"), "policy",
                "--project", project(QUERY).toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(statementResources(run.out(), "GlueTables")).containsExactly(
                "arn:aws:glue:us-east-1:123456789012:catalog",
                "arn:aws:glue:us-east-1:123456789012:database/aporia_demo",
                "arn:aws:glue:us-east-1:123456789012:table/aporia_demo/model_predictions");
        assertThat(statementResources(run.out(), "ReadTableData")).containsExactly(
                DATA + "/aporia_demo/model_predictions/*");
        assertThat(statementResources(run.out(), "BucketAccess")).containsExactly(DATA,
                "arn:aws:s3:::athena-wizard-sandbox-results");
    }

    @Test
    void policySqlIsScopedTheSameWayWithFlags() {
        CliRun run = withSql(WIZARD_KEY, "policy", "SELECT * FROM aporia_demo.training_set t");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(statementResources(run.out(), "ReadTableData")).containsExactly(
                DATA + "/aporia_demo/training_set/*");
        assertThat(run.out()).doesNotContain("model_predictions");
    }

    @Test
    void whatIsNotAQueryIsAUsageErrorAndNothingIsSent() throws IOException {
        AthenaClient athena = sandbox.athena();
        int before = athena.listQueryExecutions(b -> b.workGroup("aporia")).queryExecutionIds().size();

        CliRun drop = nowhere("check", "--sql", "DROP TABLE aporia_demo.model_predictions");
        assertThat(drop.exit()).isEqualTo(2);
        assertThat(drop.err()).startsWith("athena-wizard check: --sql: DROP TABLE is not a query, and nothing that "
                + "writes is ever sent").contains("Nothing was sent.");

        CliRun typo = nowhere("check", "--sql", "SELECT prediction_id\nFORM model_predictions");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).startsWith("athena-wizard check: --sql: Syntax error at line 2, column 6");

        CliRun empty = nowhere("policy", "--sql", " ");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).startsWith("athena-wizard policy: --sql is empty.");

        CliRun show = nowhere("policy", "--sql", "SHOW TABLES");
        assertThat(show.exit()).isEqualTo(2);
        assertThat(show.err()).contains("SHOW is not a query");

        CliRun twoDatabases = nowhere("check", "--sql", QUERY, "--database", "a", "--database", "b");
        assertThat(twoDatabases.exit()).isEqualTo(2);
        assertThat(twoDatabases.err()).contains("--database was given 2 times: with --sql it names the one database");

        CliRun both = run(Map.of(), "check", "--project", "p.json", "--sql", QUERY);
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("--project and --sql cannot be used together");

        CliRun projectWrite = run(Map.of("AWS_SECRET_ACCESS_KEY", "s"), "check", "--project",
                project("DELETE FROM model_predictions").toString());
        assertThat(projectWrite.exit()).isEqualTo(2);
        assertThat(projectWrite.err()).startsWith("athena-wizard check: The query of project ")
                .contains("DELETE is not a query");

        assertThat(athena.listQueryExecutions(b -> b.workGroup("aporia")).queryExecutionIds())
                .as("no query reached Athena").hasSize(before);
    }

    /** An AWS-mode project on the sandbox with a query, and databases and a bucket picked before the query. */
    private Path project(String sql) throws IOException {
        ConnectionSection connection = new ConnectionSection(ConnectionMode.AWS, SandboxFixture.REGION,
                ConnectionSection.CredentialSource.ACCESS_KEY, "", WIZARD_KEY, sandbox.endpoint().toString(),
                new DataSourceCredentials(false, NO_DATA_KEY));
        Path file = dir.resolve("query.athena-wizard.json");
        new ProjectStore().save(OnboardingProject.empty().withConnection(connection)
                .withWorkgroup(new WorkgroupSection("aporia", "", "", false, null))
                .withAccess(new AccessSection(List.of("aporia_demo", "other_db"), List.of("picked-before-the-query")))
                .withQuery(new QuerySection(QuerySection.DEFAULT_CATALOG, "aporia_demo", sql, 100)), file);
        return file;
    }

    private static List<String> statementResources(String policyJson, String sid) {
        try {
            List<String> resources = new ArrayList<>();
            for (JsonNode statement : new ObjectMapper().readTree(policyJson).get("Statement")) {
                if (statement.get("Sid").asText().equals(sid)) {
                    statement.get("Resource").forEach(r -> resources.add(r.asText()));
                }
            }
            return resources;
        } catch (IOException e) {
            throw new AssertionError("not a policy: " + policyJson, e);
        }
    }

    private CliRun withSql(String keyId, String command, String sql, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--workgroup", "aporia", "--sql", sql, "--region",
                SandboxFixture.REGION, "--endpoint-url", sandbox.endpoint().toString()));
        args.addAll(List.of(more));
        return run(Map.of("AWS_ACCESS_KEY_ID", keyId, "AWS_SECRET_ACCESS_KEY", "s"), args.toArray(String[]::new));
    }

    private CliRun nowhere(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--workgroup", "aporia", "--region", SandboxFixture.REGION, "--endpoint-url", NOWHERE));
        return run(Map.of("AWS_ACCESS_KEY_ID", WIZARD_KEY, "AWS_SECRET_ACCESS_KEY", "s"), all.toArray(String[]::new));
    }

    private CliRun run(Map<String, String> env, String... args) {
        return CliRun.in(new CliEnvironment(env, ProfileFileLocations.fromEnvironment(Map.of(), dir),
                SecretStore::memoryOnly, AppDirs.resolve()), args);
    }
}
