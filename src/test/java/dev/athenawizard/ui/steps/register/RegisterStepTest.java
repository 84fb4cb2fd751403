package dev.athenawizard.ui.steps.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.aws.identity.CallerIdentity;
import dev.athenawizard.core.aws.identity.ConnectionSettings;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.ConnectionSection.ConnectionMode;
import dev.athenawizard.core.project.ConnectionSection.DataSourceCredentials;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.sandbox.SandboxExtension;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.core.sandbox.aporia.SandboxModel;
import dev.athenawizard.ui.DemoProject;
import dev.athenawizard.ui.FxInput;
import dev.athenawizard.ui.RegisterStepHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Register step on screen, in the wizard's window after four done steps, against a sandbox: registering in sandbox
 * mode and seeing what Aporia received; registering at a host with a token and Aporia's dedicated key, through a 503
 * that outlasts the retries, then Retry; and the exports, which hold no secret.
 */
@ExtendWith(ApplicationExtension.class)
class RegisterStepTest {
    static final String WIZARD_KEY = "AKIAWIZARDUSER000003";
    static final String APORIA_KEY = "AKIAAPORIAUSER000003";
    static final String APORIA_SECRET = "aporia-secret-never-written-0003";
    static final String TOKEN = "aporia-token-never-written-0003";
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();
    private static SandboxFixture aws;

    private Stage stage;
    private RegisterStepHarness harness;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        aws = SANDBOX.fixture();
    }

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    /** The demo project as an AWS user with a dedicated key for Aporia has it (the sandbox stands in for AWS). */
    private static OnboardingProject withAwsKeys() {
        return DemoProject.inSandbox().withConnection(new ConnectionSection(ConnectionMode.AWS, "us-east-1",
                ConnectionSection.CredentialSource.ACCESS_KEY, "", WIZARD_KEY, aws.endpoint().toString(),
                new DataSourceCredentials(false, APORIA_KEY)));
    }

    private static VerifiedConnection awsConnection() {
        return new VerifiedConnection(new ConnectionSettings(CredentialSource.AccessKey.of(WIZARD_KEY,
                Secret.of("wizard-secret")), "us-east-1", Optional.of(aws.endpoint())),
                CallerIdentity.of("123456789012", "arn:aws:iam::123456789012:user/wizard", "AIDAWIZARD"),
                Optional.empty(), false);
    }

    /** The demo in sandbox mode, its model named {@code name}. */
    private void openInSandbox(FxRobot robot, String name) {
        harness = RegisterStepHarness.open(stage, name, RegisterStepHarness.sandbox(aws.endpoint()),
                DemoProject.inSandbox(), robot);
        FxInput.enter(robot, "#model-id", name);
        FxInput.enter(robot, "#model-name", "Insurance upsell");
    }

    private void openInAws(FxRobot robot, String name) {
        harness = RegisterStepHarness.open(stage, name, awsConnection(), withAwsKeys(), robot);
        FxInput.enter(robot, "#model-id", name);
        FxInput.enter(robot, "#model-name", "Insurance upsell");
        robot.clickOn("#datasource-tab .tab-label");
        FxInput.enter(robot, "#datasource-secret-masked", APORIA_SECRET);
        robot.clickOn("#register-tab .tab-label");
        FxInput.enter(robot, "#aporia-host", aws.endpoint().toString());
        FxInput.enter(robot, "#aporia-token-masked", TOKEN);
    }

    @Test
    void in_sandbox_mode_it_registers_with_the_sandbox_and_shows_what_aporia_received(FxRobot robot)
            throws Exception {
        openInSandbox(robot, "sandbox-demo");
        robot.clickOn("#register-tab .tab-label");
        assertThat(text(robot, "#sandbox-host")).isEqualTo(aws.endpoint().toString());
        assertThat(text(robot, "#sandbox-note")).contains("The sandbox answers Aporia's API on this computer");
        assertThat(shown(robot.lookup("#aporia-token").query())).as("the sandbox takes any token").isFalse();

        FxInput.press(robot, "#register");
        waitFor(60, TimeUnit.SECONDS, () -> !text(robot, "#received-summary").isEmpty());

        assertThat(text(robot, "#register-outcome")).startsWith("✓ Registered: the sandbox's Aporia has model "
                + "sandbox-demo, version v1 and 1 dataset");
        assertThat(robot.lookup("#register-calls .call").<Node>queryAll()).hasSize(3)
                .allSatisfy(call -> assertThat(call.getStyleClass()).contains("done"));
        assertThat(text(robot, "#received-summary")).contains("model sandbox-demo, version v1 (binary), with the "
                + "dataset serving");
        assertThat(robot.lookup("#received-json").queryAs(TextArea.class).getText())
                .contains("\"id\" : \"sandbox-demo\"", "FROM \\\"aporia_demo\\\".model_predictions");
        SandboxModel registered = aws.server.aporia().model("sandbox-demo").orElseThrow();
        assertThat(registered.versions()).singleElement().satisfies(v -> assertThat(v.datasets())
                .extracting(SandboxModel.SandboxDataset::name).containsExactly("serving"));
        assertThat(finish(robot).isDisabled()).as("the wizard's end is earned").isFalse();

        robot.clickOn("#model-tab .tab-label");
        FxInput.enter(robot, "#model-description", "Who buys insurance");
        assertThat(finish(robot).isDisabled()).as("registered before the description changed").isTrue();
        robot.clickOn("#register-tab .tab-label");
        assertThat(text(robot, "#register-outdated")).contains("changed since the last registration");
        assertThat(text(robot, "#register-outcome")).isEmpty();
    }

    @Test
    void a_training_query_is_previewed_its_missing_column_picked_and_it_is_connected_with_it(FxRobot robot)
            throws Exception {
        openInSandbox(robot, "with-training");
        robot.clickOn("#datasets-tab .tab-label");
        FxInput.enter(robot, "#training-sql", "SELECT prediction_id AS id, prediction_timestamp, raw_text, amount, "
                + "owner, is_new, embeddings, will_buy_insurance, proba, did_buy_insurance FROM training_set");
        assertThat(text(robot, "#training-verdict")).startsWith("Not previewed yet");

        FxInput.click(robot, "#training-preview");
        waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#training-verdict").startsWith("✗"));
        assertThat(text(robot, "#training-verdict")).contains("1 of the model's 10 fields have no usable column");
        robot.clickOn("#register-tab .tab-label");
        assertThat(text(robot, "#register-blockers")).contains("pick the training query's missing columns");
        assertThat(button(robot, "#register").isDisabled()).isTrue();

        robot.clickOn("#datasets-tab .tab-label");
        @SuppressWarnings("unchecked")
        ComboBox<String> id = robot.lookup("#training-column-id-column").queryAs(ComboBox.class);
        robot.interact(() -> id.getSelectionModel().select("id"));
        waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#training-verdict").startsWith("✓"));

        robot.clickOn("#register-tab .tab-label");
        FxInput.press(robot, "#register");
        awaitOutcome(robot, "✓ Registered");
        JsonNode training = aws.server.aporia().model("with-training").orElseThrow().versions().get(0).datasets()
                .stream().filter(d -> d.name().equals("training")).findFirst().orElseThrow().received();
        assertThat(training.path("id_column").asText()).isEqualTo("id");
        assertThat(training.path("data_source").path("config").path("query").asText())
                .endsWith("FROM \"aporia_demo\".training_set");
    }

    @Test
    void a_503_that_outlasts_the_retries_fails_the_call_and_retry_continues_without_duplicates(FxRobot robot)
            throws Exception {
        openInAws(robot, "retry-on-screen");
        aws.server.aporia().faults().fail("POST", "/models/retry-on-screen/versions/v1/datasets", 503, 4);

        FxInput.press(robot, "#register");
        awaitOutcome(robot, "✗");

        assertThat(robot.lookup("#call-model-retry-on-screen").query().getStyleClass()).contains("done");
        assertThat(robot.lookup("#call-version-v1").query().getStyleClass()).contains("done");
        Node serving = robot.lookup("#call-serving-dataset").query();
        assertThat(serving.getStyleClass()).contains("failed");
        assertThat(((Label) serving.lookup(".call-detail")).getText()).contains("Aporia kept failing", "HTTP 503");
        assertThat(text(robot, "#register-outcome")).contains("Retry continues from there");
        assertThat(button(robot, "#register").getText()).isEqualTo("Retry");

        FxInput.press(robot, "#register");
        awaitOutcome(robot, "✓ Registered");

        assertThat(text(robot, "#register-outcome")).contains("Aporia at " + aws.endpoint());
        SandboxModel registered = aws.server.aporia().model("retry-on-screen").orElseThrow();
        assertThat(aws.server.aporia().models()).filteredOn(m -> m.id().equals("retry-on-screen")).hasSize(1);
        assertThat(registered.versions()).singleElement().satisfies(v -> assertThat(v.datasets()).singleElement()
                .satisfies(d -> {
                    assertThat(d.connections()).isEqualTo(1);
                    JsonNode config = d.received().path("data_source").path("config");
                    assertThat(config.path("user").asText()).as("Aporia's own key").isEqualTo(APORIA_KEY);
                    assertThat(config.toString()).doesNotContain(APORIA_SECRET);
                }));
        String stored = new ObjectMapper().findAndRegisterModules().writeValueAsString(harness.session.project());
        assertThat(stored).contains(APORIA_KEY).doesNotContain(TOKEN, APORIA_SECRET);
    }

    @Test
    void a_refused_token_is_explained_then_the_right_one_registers_and_a_new_version_is_added_to_the_model(
            FxRobot robot) throws Exception {
        openInAws(robot, "retrained");
        String rightToken = "aporia-token-the-right-one-0003";
        aws.server.aporia().faults().acceptOnlyToken(rightToken);
        String summary = robot.lookup("#register-summary .label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(summary).as("what will be sent, before anything is").contains("retrained · \"Insurance upsell\"",
                "Aporia's dedicated key " + APORIA_KEY, "Secret ●●●●", "token ●●●●").doesNotContain(TOKEN,
                APORIA_SECRET);
        assertThat(robot.lookup("#register-requests").queryAs(TextArea.class).getText())
                .contains("Authorization: Bearer ****", "/v1beta/models").doesNotContain(TOKEN, APORIA_SECRET);
        try {
            FxInput.press(robot, "#register");
            awaitOutcome(robot, "✗");
            assertThat(text(robot, "#register-outcome")).contains("Aporia did not accept the token",
                    "check that it is an API token of the Aporia account at " + aws.endpoint());
            assertThat(aws.server.aporia().model("retrained")).as("nothing got past the token").isEmpty();

            FxInput.enter(robot, "#aporia-token-masked", rightToken);
            FxInput.press(robot, "#register");
            awaitOutcome(robot, "✓ Registered");

            // Retrained: the same model gets a new version, the normal way back to this step.
            robot.clickOn("#model-tab .tab-label");
            FxInput.press(robot, "#new-version");
            assertThat(robot.lookup("#model-version").queryAs(TextField.class).getText())
                    .isEqualTo("v2");
            robot.clickOn("#register-tab .tab-label");
            assertThat(text(robot, "#register-outdated")).contains("changed since the last registration");
            FxInput.press(robot, "#register");
            awaitOutcome(robot, "✓ Registered");
            assertThat(text(robot, "#call-model-retrained .call-detail")).isEqualTo("already in Aporia (409): kept as it is");
            assertThat(text(robot, "#register-outcome")).contains("version v2");
            assertThat(aws.server.aporia().model("retrained").orElseThrow().versions())
                    .extracting(v -> v.name()).containsExactly("v1", "v2");
        } finally {
            aws.server.aporia().faults().acceptOnlyToken(null);
        }

        // Everything the window wrote — the saved project, drafts, the recent list — holds no secret.
        harness.session.save().get(10, TimeUnit.SECONDS);
        try (Stream<Path> files = Files.walk(harness.home)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertThat(written).isNotEmpty();
            for (Path file : written) {
                assertThat(Files.readString(file)).as(file.toString())
                        .doesNotContain(TOKEN, rightToken, APORIA_SECRET);
            }
        }
    }

    @Test
    void the_exports_are_written_where_the_user_chose_and_hold_no_secret(FxRobot robot, @TempDir Path dir)
            throws Exception {
        openInAws(robot, "exported");
        Path script = dir.resolve("register.py");
        Path json = dir.resolve("register.json");
        harness.dialogs.filesToSave.add(script);
        harness.dialogs.filesToSave.add(json);

        FxInput.click(robot, "#export-python");
        waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#export-message").startsWith("Wrote the Python script"));
        FxInput.click(robot, "#export-json");
        waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#export-message").startsWith("Wrote the requests"));

        assertThat(harness.dialogs.questions).contains("Export Python script as register_exported.py",
                "Export JSON as register_exported.json");
        assertThat(Files.readString(script)).doesNotContain(TOKEN, APORIA_SECRET)
                .contains("os.environ[\"APORIA_TOKEN\"]", "os.environ[\"APORIA_AWS_SECRET_ACCESS_KEY\"]",
                        "aporia.create_model(", "\"exported\"", "FROM \"aporia_demo\".model_predictions");
        assertThat(Files.readString(json)).doesNotContain(TOKEN, APORIA_SECRET)
                .contains("${APORIA_TOKEN}", "${APORIA_AWS_SECRET_ACCESS_KEY}");
        assertThat(aws.server.aporia().model("exported")).as("exporting sends nothing").isEmpty();
    }

    /** Waits for the registration's outcome to start with {@code prefix}; says what the page shows if it does not. */
    private static void awaitOutcome(FxRobot robot, String prefix) throws Exception {
        try {
            waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#register-outcome").startsWith(prefix));
        } catch (TimeoutException e) {
            throw new AssertionError("no outcome starting with \"" + prefix + "\"; the page shows: outcome \""
                    + text(robot, "#register-outcome") + "\", waiting for \"" + text(robot, "#register-blockers")
                    + "\", calls " + robot.lookup("#register-calls .call").<Node>queryAll().stream()
                    .map(n -> n.getId() + " " + n.getStyleClass()).toList() + ", button \""
                    + button(robot, "#register").getText() + "\"" + (button(robot, "#register").isDisabled()
                    ? " (disabled)" : ""), e);
        }
    }

    /** Whether the node is on screen: it and every parent visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class);
    }

    private static Button finish(FxRobot robot) {
        return button(robot, "#finish");
    }
}
