package dev.athenawizard.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.athenawizard.core.project.WorkgroupSection;
import dev.athenawizard.core.sandbox.SandboxFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code athena-wizard policy} and {@code check} end to end: project files, the environment, a real sandbox. */
class PolicyAndCheckCommandsTest {
    private static final String WIZARD_KEY = "AKIACLIWIZARD0000001";
    private static final String LIMITED_KEY = "AKIACLIAPORIALIMITED";
    private static final String NO_GLUE_KEY = "AKIACLINOGLUETABLES1";
    private static final String MISSING_BUCKET = "athena-wizard-no-such-bucket";

    private static SandboxFixture sandbox;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start(options -> options.queryDelay(Duration.ofMillis(50))
                .deny(LIMITED_KEY, "s3:PutObject", "glue:GetTables")
                .deny(NO_GLUE_KEY, "glue:GetTables"));
        sandbox.athena().createWorkGroup(b -> b.name("lost-results").configuration(c -> c
                .resultConfiguration(r -> r.outputLocation("s3://" + MISSING_BUCKET + "/results/"))));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** An AWS-mode project pointed at the test sandbox, with a dedicated (limited) key for Aporia. */
    private Path awsProject(List<String> databases) throws IOException {
        ConnectionSection connection = new ConnectionSection(ConnectionMode.AWS, SandboxFixture.REGION,
                ConnectionSection.CredentialSource.ACCESS_KEY, "", WIZARD_KEY, sandbox.endpoint().toString(),
                new DataSourceCredentials(false, LIMITED_KEY));
        return save(OnboardingProject.empty().withConnection(connection)
                .withWorkgroup(new WorkgroupSection("aporia", "", "", false, null))
                .withAccess(new AccessSection(databases, List.of())));
    }

    private Path save(OnboardingProject project) throws IOException {
        Path file = dir.resolve("model.athena-wizard.json");
        new ProjectStore().save(project, file);
        return file;
    }

    private static final Map<String, String> SECRETS = Map.of(
            "AWS_SECRET_ACCESS_KEY", "wizard-secret", "APORIA_AWS_SECRET_ACCESS_KEY", "aporia-secret");

    @Test
    void checkListsEveryPermissionAndFailsOnTheMissingOnes() throws IOException {
        CliRun run = run(SECRETS, "check", "--project", awsProject(List.of("aporia_demo")).toString());

        assertThat(run.exit()).isEqualTo(CheckCommand.MISSING_PERMISSIONS);
        assertThat(headings(run)).containsExactly(
                "Running queries in workgroup aporia and writing their results:",
                "Reading the tables of aporia_demo:");
        List<String> lines = checklist(run);
        assertThat(lines).allMatch(l -> l.matches("(GRANTED|MISSING|NOT CHECKABLE) [a-z0-9]+:[A-Za-z]+ (\\*|arn:).*"));
        assertThat(lines).filteredOn(l -> l.startsWith("MISSING")).hasSize(2).satisfiesExactly(
                l -> assertThat(l).matches("MISSING s3:PutObject arn:aws:s3:::athena-wizard-sandbox-results/aporia/"
                        + "\\S+\\.csv  → add statement \"QueryResults\".*"),
                l -> assertThat(l).startsWith("MISSING glue:GetTables arn:aws:glue:us-east-1:123456789012:")
                        .contains("→ add statement \"GlueTables\"").contains("(AWS: "));
        assertThat(lines).contains(
                "GRANTED athena:StartQueryExecution arn:aws:athena:us-east-1:123456789012:workgroup/aporia",
                "GRANTED athena:ListWorkGroups *");
        assertThat(run.out()).contains("2 missing").contains("2 permissions are missing (s3:PutObject, glue:GetTables)")
                .contains("Add these statements to the policy of Aporia's user:")
                .contains("\"Sid\": \"GlueTables\"").contains("\"Sid\": \"QueryResults\"");
        assertThat(run.err()).contains("checking as access key " + LIMITED_KEY)
                .contains("warning: Access key " + WIZARD_KEY + " is a long-term key");
    }

    @Test
    void aKeyWithoutGlueGetTablesStillGetsEveryLineWithGetTablesMissingAndItsStatement() {
        CliRun run = withFlags(NO_GLUE_KEY, "check", "aporia", "aporia_demo");

        assertThat(run.exit()).as(run.err()).isEqualTo(CheckCommand.MISSING_PERMISSIONS);
        assertThat(run.err()).doesNotContain("cannot be generated").contains("Glue could not list the tables");
        List<String> lines = checklist(run);
        assertThat(lines).filteredOn(l -> l.startsWith("MISSING")).singleElement().satisfies(l -> assertThat(l)
                .startsWith("MISSING glue:GetTables ").contains("→ add statement \"GlueTables\""));
        assertThat(lines).anyMatch(l -> l.startsWith("GRANTED athena:StartQueryExecution"))
                .anyMatch(l -> l.startsWith("GRANTED s3:PutObject"))
                .anyMatch(l -> l.startsWith("GRANTED glue:GetDatabases"))
                .anyMatch(l -> l.startsWith("NOT CHECKABLE s3:GetObject *") && l.contains("data locations"));
        assertThat(run.out()).contains("\"Sid\": \"GlueTables\"");
    }

    @Test
    void aWorkgroupWhoseResultsBucketDoesNotExistFailsTheCheckAndSaysSo() {
        CliRun run = withFlags(WIZARD_KEY, "check", "lost-results", "aporia_demo");

        assertThat(run.exit()).as(run.err()).isEqualTo(CheckCommand.SETUP_FAILED);
        assertThat(run.out()).doesNotContain("MISSING ")
                .contains("The test query failed, so Aporia's queries would fail too: The results bucket "
                        + MISSING_BUCKET + " does not exist")
                .doesNotContain("Every permission");
    }

    @Test
    void aWorkgroupThatDoesNotExistIsOneMessage() {
        CliRun run = withFlags(WIZARD_KEY, "check", "nope", "aporia_demo");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).filteredOn(l -> !l.contains("warning:")).containsExactly(
                "athena-wizard check: Workgroup 'nope' was not found. Check its name and the region: workgroups "
                        + "exist per region.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aDatabaseGlueDoesNotKnowIsToldInGluesWords() {
        CliRun run = withFlags(WIZARD_KEY, "policy", "aporia", "nope");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Glue could not list the tables of nope: Glue ").doesNotContain("Athena refused");
    }

    @Test
    void usageErrorsExitTwoWithTheCommandsOwnWords() {
        CliRun policy = run(Map.of(), "policy");
        assertThat(policy.exit()).isEqualTo(2);
        assertThat(policy.err()).startsWith("athena-wizard policy: Say which policy to write: --project FILE, or "
                + "--workgroup NAME with --sql SQL (the query Aporia runs) or --database NAME").contains("--help");

        CliRun check = run(Map.of(), "check");
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).startsWith("athena-wizard check: Say what to check: --project FILE");

        CliRun both = run(Map.of(), "check", "--project", "p.json", "--workgroup", "w", "--region", "us-east-1");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("--project and --workgroup, --region cannot be used together");

        CliRun noDatabase = run(Map.of(), "check", "--workgroup", "aporia");
        assertThat(noDatabase.exit()).isEqualTo(2);
        assertThat(noDatabase.err()).contains("--workgroup aporia needs --sql SQL (the query Aporia runs) or at least "
                + "one --database NAME");

        CliRun badLocation = run(Map.of(), "policy", "--workgroup", "w", "--database", "d",
                "--output-location", "bucket/x");
        assertThat(badLocation.exit()).isEqualTo(2);
        assertThat(badLocation.err()).contains("--output-location: \"bucket/x\" is not an S3 location");
    }

    @Test
    void checkWithPreviewStyleFlagsExitsZeroWhenNothingIsMissing() {
        CliRun run = withFlags(WIZARD_KEY, "check", "aporia", "aporia_demo");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("MISSING").doesNotContain("NOT CHECKABLE")
                .containsPattern("Every permission Aporia needs is granted: all \\d+ were tried and allowed\\.");
    }

    @Test
    void policyWritesTheFilledInPolicy() throws IOException {
        Path output = dir.resolve("out/policy.json");
        CliRun run = run(SECRETS, "policy", "--project", awsProject(List.of("aporia_demo")).toString(),
                "--output", output.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        String json = Files.readString(output);
        assertThat(new ObjectMapper().readTree(json).get("Statement")).hasSize(8);
        assertThat(json).contains("arn:aws:athena:us-east-1:123456789012:workgroup/aporia")
                .contains("arn:aws:s3:::athena-wizard-sandbox-results/aporia/*")
                .contains("arn:aws:s3:::athena-wizard-sandbox-data/aporia_demo/model_predictions/*")
                .doesNotContain("<");
        assertThat(run.err()).contains("wrote " + output);
    }

    @Test
    void policySaysWhatIsMissing() throws IOException {
        CliRun run = run(SECRETS, "policy", "--project", awsProject(List.of()).toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("The policy cannot be generated yet").contains("No databases chosen");
    }

    @Test
    void aSandboxProjectRunsAgainstAnInProcessSandbox() throws IOException {
        Path project = save(OnboardingProject.empty()
                .withWorkgroup(new WorkgroupSection("aporia", "", "", false, null))
                .withAccess(new AccessSection(List.of("aporia_demo"), List.of())));
        CliRun run = run(Map.of(), "policy", "--project", project.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"arn:aws:glue:us-east-1:123456789012:database/aporia_demo\"");
    }

    @Test
    void aMissingSecretIsNamedWithoutAStackTrace() throws IOException {
        CliRun run = run(Map.of(), "check", "--project", awsProject(List.of("aporia_demo")).toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("athena-wizard check: The secret access key of " + WIZARD_KEY)
                .doesNotContain("Exception");
    }

    @Test
    void helpDocumentsWhereSecretsComeFrom() {
        CliRun check = run(Map.of(), "check", "--help");
        assertThat(check.exit()).isZero();
        assertThat(check.out()).contains("APORIA_AWS_SECRET_ACCESS_KEY").contains("AWS_SECRET_ACCESS_KEY")
                .contains("--project").contains("--workgroup").contains("--endpoint-url").contains("3");
        CliRun policy = run(Map.of(), "policy", "--version");
        assertThat(policy.exit()).isZero();
        assertThat(policy.out()).isNotBlank();
    }

    /** The lines of {@code check}'s checklist, without the headings of its parts. */
    static List<String> checklist(CliRun run) {
        return run.out().lines().takeWhile(l -> !l.isBlank()).filter(l -> !l.endsWith(":")).toList();
    }

    /** The headings of the checklist's parts. */
    static List<String> headings(CliRun run) {
        return run.out().lines().takeWhile(l -> !l.isBlank()).filter(l -> l.endsWith(":")).toList();
    }

    /** {@code check} or {@code policy} with preview-style flags, signing with {@code keyId}, against the sandbox. */
    private CliRun withFlags(String keyId, String command, String workgroup, String database) {
        return run(Map.of("AWS_ACCESS_KEY_ID", keyId, "AWS_SECRET_ACCESS_KEY", "s"), command, "--workgroup", workgroup,
                "--database", database, "--region", SandboxFixture.REGION, "--endpoint-url",
                sandbox.endpoint().toString());
    }

    private CliRun run(Map<String, String> env, String... args) {
        return CliRun.in(new CliEnvironment(env, ProfileFileLocations.fromEnvironment(Map.of(), dir),
                SecretStore::memoryOnly, AppDirs.resolve()), args);
    }
}
