package dev.athenawizard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.aporia.GuideProject;
import dev.athenawizard.core.aws.credentials.ProfileFileLocations;
import dev.athenawizard.core.aws.secrets.SecretStore;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.ConnectionSection.ConnectionMode;
import dev.athenawizard.core.project.ConnectionSection.CredentialSource;
import dev.athenawizard.core.project.ConnectionSection.DataSourceCredentials;
import dev.athenawizard.core.project.ModelSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.project.RegistrationSection;
import dev.athenawizard.core.sandbox.SandboxExtension;
import dev.athenawizard.core.sandbox.aporia.AporiaSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** {@code athena-wizard register}: against the sandbox's Aporia, dry runs, and usage errors caught before sending. */
class RegisterCommandTest {
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    private static final String TOKEN = "aporia-cli-token-" + UUID.randomUUID();
    private static final String SECRET = "AporiaCliSecret" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    Path dir;

    @AfterEach
    void clearFaults() {
        aporia().faults().clear();
    }

    private static AporiaSandbox aporia() {
        return SANDBOX.server().aporia();
    }

    private static CliRun register(Map<String, String> env, String... args) {
        CliEnvironment environment = new CliEnvironment(env, ProfileFileLocations.fromEnvironment(Map.of(),
                AppDirs.resolve().state()), SecretStore::memoryOnly, AppDirs.resolve());
        String[] all = new String[args.length + 1];
        all[0] = "register";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.with(List.of(new RegisterCommand(environment, duration -> { })), all);
    }

    /** The guide project in sandbox mode, pointed at the test's sandbox, with no Aporia host of its own. */
    private Path sandboxProject(String modelId) throws IOException {
        OnboardingProject p = GuideProject.withModelId(GuideProject.project(), modelId);
        RegistrationSection r = p.registration();
        return save(p.withConnection(new ConnectionSection(ConnectionMode.SANDBOX, "us-east-1",
                        CredentialSource.ACCESS_KEY, "", "", SANDBOX.fixture().endpoint().toString(), null))
                .withRegistration(new RegistrationSection(r.target(), "", r.environment(), r.trainingSql(),
                        r.testingSql(), r.selectExpr(), r.readOptions(), r.syncSchedule(), r.trainingColumns(),
                        r.testingColumns())));
    }

    /** The guide project against real AWS, with Aporia's dedicated key and the given host. */
    private Path awsProject(String host) throws IOException {
        OnboardingProject p = GuideProject.project();
        RegistrationSection r = p.registration();
        return save(p.withRegistration(new RegistrationSection(r.target(), host, r.environment(), r.trainingSql(),
                r.testingSql(), r.selectExpr(), r.readOptions(), r.syncSchedule(), r.trainingColumns(),
                r.testingColumns())));
    }

    private Path save(OnboardingProject project) throws IOException {
        Path file = dir.resolve("model-" + UUID.randomUUID() + ProjectStore.EXTENSION);
        new ProjectStore().save(project, file);
        return file;
    }

    private static Map<String, String> secrets() {
        return Map.of("APORIA_TOKEN", TOKEN, "APORIA_AWS_SECRET_ACCESS_KEY", SECRET);
    }

    @Test
    void a_sandbox_project_registers_with_the_sandboxs_aporia_one_line_per_step() throws IOException {
        CliRun run = register(Map.of(), "--project", sandboxProject("cli-sandbox").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly(
                "DONE model cli-sandbox: created",
                "DONE version v1: created: 4 features, 2 predictions, 1 raw input",
                "DONE serving dataset: connected: id prediction_id, time prediction_timestamp, 1 field from "
                        + "differently named columns, actuals for will_buy_insurance",
                "DONE training dataset: connected: id prediction_id, time prediction_timestamp, actuals for "
                        + "will_buy_insurance",
                "Registered model cli-sandbox, version v1, with 2 datasets.");
        assertThat(run.err()).contains("model cli-sandbox, version v1 → " + SANDBOX.fixture().endpoint(),
                "environment production", "data source key SAND…SKEY");
        assertThat(aporia().model("cli-sandbox")).isPresent();

        CliRun again = register(Map.of(), "--project", sandboxProject("cli-sandbox").toString());
        assertThat(again.exit()).isZero();
        assertThat(again.outLines().get(0)).isEqualTo("DONE model cli-sandbox: already in Aporia (409): kept as it is");
        assertThat(aporia().model("cli-sandbox").orElseThrow().versions()).hasSize(1);
    }

    @Test
    void a_failed_call_exits_1_and_running_again_continues() throws IOException {
        aporia().faults().fail("POST", "/cli-retry/versions/v1/datasets", 500, 4);
        Path project = sandboxProject("cli-retry");

        CliRun failed = register(Map.of(), "--project", project.toString());

        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.outLines()).contains("RETRY serving dataset: HTTP 500: trying again in 2 s (attempt 2 of 4)");
        assertThat(failed.outLines()).anyMatch(l -> l.startsWith("FAILED serving dataset: Aporia kept failing"));
        assertThat(failed.err()).contains("Run the same command again to continue");

        CliRun again = register(Map.of(), "--project", project.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(aporia().model("cli-retry").orElseThrow().versions().get(0).datasets()).hasSize(2);
    }

    @Test
    void aporia_failing_mid_registration_exits_1_and_a_rerun_leaves_one_of_each() throws IOException {
        aporia().faults().hang("POST", "/cli-midway/versions/v1/datasets", 4, java.time.Duration.ZERO);
        Path project = sandboxProject("cli-midway");

        CliRun broken = register(Map.of(), "--project", project.toString());

        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.outLines()).anyMatch(l -> l.startsWith("FAILED serving dataset: The connection to ")
                && l.contains("broke during POST"));
        aporia().faults().fail("POST", "/cli-midway/versions/v1/datasets", 401, 1); // a token revoked mid-run

        CliRun refused = register(Map.of(), "--project", project.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.outLines()).anyMatch(l -> l.startsWith("FAILED serving dataset:")
                && l.contains("did not accept the token"));

        CliRun again = register(Map.of(), "--project", project.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(aporia().models()).filteredOn(m -> m.id().equals("cli-midway")).hasSize(1);
        assertThat(aporia().model("cli-midway").orElseThrow().versions()).singleElement()
                .satisfies(v -> assertThat(v.datasets()).extracting(d -> d.name())
                        .containsExactly("serving", "training"));
    }

    @Test
    void a_refused_token_exits_1_and_says_so() throws IOException {
        aporia().faults().acceptOnlyToken("only-this-one");

        CliRun run = register(Map.of("APORIA_TOKEN", TOKEN), "--project", sandboxProject("cli-401").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out() + run.err()).contains("did not accept the token").doesNotContain(TOKEN);
    }

    @Test
    void a_dry_run_prints_the_requests_with_secrets_masked_and_sends_nothing() throws IOException {
        CliRun run = register(secrets(), "--project", awsProject("https://aporia.example.com").toString(),
                "--environment", "staging", "--dry-run");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Aporia https://aporia.example.com/v1beta, environment staging",
                "Authorization: Bearer ****", "\"password\" : \"****\"",
                "\"user\" : \"" + GuideProject.DEDICATED_KEY_ID + "\"", "\"environment\" : \"staging\"",
                "POST https://aporia.example.com/v1beta/models/insurance-upsell/versions/v1/datasets")
                .doesNotContain(TOKEN, SECRET);
    }

    @Test
    void usage_errors_exit_2_naming_the_flag_or_field_before_anything_is_sent() throws IOException {
        assertThat(register(secrets()).exit()).isEqualTo(2);
        assertThat(register(secrets()).err()).contains("--project");

        CliRun plainHttp = register(secrets(), "--project", awsProject("").toString(), "--aporia-host",
                "http://aporia.example.com");
        assertThat(plainHttp.exit()).isEqualTo(2);
        assertThat(plainHttp.err()).contains("--aporia-host", "plain http");

        CliRun sandboxToAporia = register(secrets(), "--project", sandboxProject("cli-nowhere").toString(),
                "--aporia-host", "https://app.aporia.com");
        assertThat(sandboxToAporia.exit()).isEqualTo(2);
        assertThat(sandboxToAporia.err()).contains("sandbox's demo data", "cannot reach");

        CliRun noHost = register(secrets(), "--project", awsProject("").toString());
        assertThat(noHost.exit()).isEqualTo(2);
        assertThat(noHost.err()).contains("no Aporia host", "--aporia-host", "registration.aporiaHost");

        Map<String, String> noToken = new HashMap<>(secrets());
        noToken.remove("APORIA_TOKEN");
        CliRun tokenless = register(noToken, "--project", awsProject("https://aporia.example.com").toString());
        assertThat(tokenless.exit()).isEqualTo(2);
        assertThat(tokenless.err()).contains("APORIA_TOKEN is not set");

        CliRun noSecret = register(Map.of("APORIA_TOKEN", TOKEN), "--project",
                awsProject("https://aporia.example.com").toString());
        assertThat(noSecret.exit()).isEqualTo(2);
        assertThat(noSecret.err()).contains("APORIA_AWS_SECRET_ACCESS_KEY");

        CliRun blankEnvironment = register(secrets(), "--project", awsProject("https://a.example.com").toString(),
                "--environment", " ");
        assertThat(blankEnvironment.exit()).isEqualTo(2);
        assertThat(blankEnvironment.err()).contains("--environment is empty");

        Path broken = save(GuideProject.project().withModel(new ModelSection("", "", "", "",
                "", Map.of("way too long tag key", "x"), "v1", "binary", "")));
        CliRun unplannable = register(secrets(), "--project", broken.toString(), "--aporia-host",
                "https://aporia.example.com");
        assertThat(unplannable.exit()).isEqualTo(2);
        assertThat(unplannable.err()).contains("cannot be registered yet", "  model.id: ", "  model.name: ",
                "  model.tags[way too long tag key]: ");

        Path notJson = dir.resolve("x" + ProjectStore.EXTENSION);
        Files.writeString(notJson, "{ nope");
        assertThat(register(secrets(), "--project", notJson.toString()).exit()).isEqualTo(2);
    }

    @Test
    void temporary_credentials_are_refused_for_the_data_source() throws IOException {
        OnboardingProject p = GuideProject.project();
        Path project = save(p.withConnection(new ConnectionSection(ConnectionMode.AWS, "us-east-1",
                CredentialSource.ACCESS_KEY, "", "ASIATEMPORARYKEY0001", "", DataSourceCredentials.SAME_AS_WIZARD)));

        CliRun run = register(Map.of("APORIA_TOKEN", TOKEN, "AWS_SECRET_ACCESS_KEY", SECRET,
                "AWS_SESSION_TOKEN", "session"), "--project", project.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("temporary credentials", "dedicated IAM user");
    }

    @Test
    void neither_the_token_nor_the_secret_key_reaches_the_log() throws IOException {
        Logger ours = (Logger) LoggerFactory.getLogger("dev.athenawizard");
        Level before = ours.getLevel();
        ours.setLevel(Level.DEBUG);
        List<CliRun> runs;
        try {
            aporia().faults().fail("POST", "/cli-leak/versions", 400, 1);
            Path project = sandboxProject("cli-leak");
            Map<String, String> env = Map.of("APORIA_TOKEN", TOKEN);
            runs = List.of(register(env, "--project", project.toString()),
                    register(env, "--project", project.toString()));
        } finally {
            ours.setLevel(before);
        }
        assertThat(runs).extracting(CliRun::exit).containsExactly(1, 0);
        Path log = AppDirs.resolve().logs().resolve("athena-wizard.log");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).contains("Aporia POST /models/cli-leak/versions → HTTP 400").doesNotContain(TOKEN);
        assertThat(runs).allSatisfy(r -> assertThat(r.out() + r.err()).doesNotContain(TOKEN));
    }
}
