package dev.athenawizard.ui.steps.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.ui.FxInput;
import dev.athenawizard.ui.WizardUnderTest;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.ProjectStore;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Connection step on screen, against the real sandbox: verify, a failed verify, warnings, masking. */
@ExtendWith(ApplicationExtension.class)
class ConnectionStepTest {
    static final String INVALID_KEY = "AKIAINVALIDKEY000001";
    static final String ROOT_KEY = "AKIAROOTKEY000000001";
    static final String GOOD_KEY = "AKIAGOODKEY000000001";
    private static SandboxFixture aws;

    private WizardUnderTest wizard;

    @BeforeAll
    static void startSandbox() {
        aws = SandboxFixture.start(o -> o.invalidKey(INVALID_KEY)
                .identity(ROOT_KEY, "arn:aws:iam::123456789012:root"));
    }

    @AfterAll
    static void stopSandbox() {
        aws.close();
    }

    @Start
    void start(Stage stage) {
        wizard = WizardUnderTest.open(stage, "connection");
    }

    @AfterEach
    void close() {
        wizard.close();
    }

    @Test
    void try_without_aws_verifies_against_the_built_in_sandbox_and_moves_on(FxRobot robot) throws Exception {
        FxInput.click(robot, "#choice-sandbox");
        robot.clickOn("#verify");

        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#identity").tryQuery().isPresent());
        assertThat(text(robot, "#identity"))
                .contains("Signed in as user/sandbox-user in account 123456789012", "Athena answered in us-east-1");

        robot.clickOn("#next");
        waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#step-title").equals("Workgroup"));
    }

    @Test
    void an_invalid_key_is_named_its_field_marked_and_next_stays(FxRobot robot) throws Exception {
        useKey(robot, INVALID_KEY);
        robot.clickOn("#verify");

        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#problem").tryQuery().isPresent());
        assertThat(text(robot, "#problem")).contains(INVALID_KEY);
        assertThat(hasError(robot.lookup("#access-key-id").query())).isTrue();
        assertThat(hasError(robot.lookup("#region").query())).isFalse();

        robot.clickOn("#next");
        waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#next").queryAs(Button.class).isDisabled());
        assertThat(text(robot, "#step-title")).isEqualTo("Connection");
        assertThat(robot.lookup("#check-error").query().isVisible())
                .as("the step shows the reason next to the field; the shell adds no second, cut-off copy").isFalse();
        assertThat(robot.lookup("#problem").<Label>queryAll()).hasSize(1);

        robot.clickOn("Workgroup");
        assertThat(text(robot, "#step-title")).isEqualTo("Connection");
        assertThat(robot.lookup("#problem").<Label>queryAll()).hasSize(1);
        assertThat(robot.lookup("#check-error").query().isVisible()).isFalse();
        // Nothing the user typed is lost.
        assertThat(robot.lookup("#access-key-id").queryAs(TextField.class).getText()).isEqualTo(INVALID_KEY);
    }

    @Test
    void root_credentials_are_warned_about_loudly(FxRobot robot) throws Exception {
        useKey(robot, ROOT_KEY);
        robot.clickOn("#verify");

        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#warning").tryQuery().isPresent());
        assertThat(robot.lookup("#warning").<Label>queryAll()).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).contains("root user"))
                .anySatisfy(t -> assertThat(t).contains("long-term key"));
        assertThat(robot.lookup("#warning").<Label>queryAll())
                .anySatisfy(l -> assertThat(l.getStyleClass()).contains("error"));
    }

    @Test
    void a_missing_secret_is_named_before_anything_is_sent(FxRobot robot) {
        FxInput.click(robot, "#choice-access-key");
        type(robot, "#access-key-id", GOOD_KEY);

        assertThat(robot.lookup("#verify").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#next").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(text(robot, "#form-problem")).contains("secret access key", GOOD_KEY);
    }

    @Test
    void the_secret_is_masked_until_revealed_and_editing_drops_the_verification(FxRobot robot) throws Exception {
        useKey(robot, GOOD_KEY);
        assertThat(robot.lookup("#secret-access-key-revealed").query().isVisible()).isFalse();
        FxInput.click(robot, "#secret-access-key-reveal");
        assertThat(robot.lookup("#secret-access-key-revealed").queryAs(TextField.class).getText())
                .isEqualTo("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

        robot.clickOn("#verify");
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#identity").tryQuery().isPresent());
        ConnectionStep step = (ConnectionStep) wizard.wiring.shell().steps().get(0);
        assertThat(step.verifiedConnection().getValue()).isNotNull();

        type(robot, "#access-key-id", "X");
        assertThat(step.verifiedConnection().getValue()).isNull();
        assertThat(robot.lookup("#identity").tryQuery()).isEmpty();
    }

    @Test
    void a_project_with_a_region_where_athena_does_not_run_opens_on_this_step_saying_so(FxRobot robot,
            @TempDir Path dir) throws Exception {
        Path file = dir.resolve("mars" + ProjectStore.EXTENSION);
        new ProjectStore().save(OnboardingProject.empty().withConnection(new ConnectionSection(
                ConnectionSection.ConnectionMode.AWS, "mars-north-7", ConnectionSection.CredentialSource.DEFAULT_CHAIN,
                "", "", "", new ConnectionSection.DataSourceCredentials(true, ""))), file);

        robot.interact(() -> wizard.window.openFile(file));

        waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#form-problem").contains("region where Athena runs"));
        assertThat(text(robot, "#step-title")).isEqualTo("Connection");
        assertThat(text(robot, "#form-problem")).isEqualTo("\"mars-north-7\" is not a region where Athena runs: "
                + "choose one from the list (like us-east-1).");
        assertThat(hasError(robot.lookup("#region").query())).isTrue();
        assertThat(robot.lookup("#next").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#region").<javafx.scene.control.ComboBox<String>>query()
                .setValue("us-east-1"));
        assertThat(hasError(robot.lookup("#region").query())).as("the red border goes with the problem").isFalse();
        assertThat(robot.lookup("#form-problem").query().isVisible()).isFalse();
    }

    @Test
    void in_sandbox_mode_the_page_says_what_its_parts_mean(FxRobot robot) {
        FxInput.click(robot, "#choice-sandbox");

        assertThat(robot.lookup(".section-title").<Label>queryAll()).extracting(Label::getText)
                .contains("The sandbox").doesNotContain("Credentials");
        assertThat(text(robot, "#advanced-note")).contains("not used with the sandbox");
        assertThat(text(robot, "#datasource-note")).contains("In the sandbox any key id works");
        assertThat(shown(robot.lookup("#datasource-key-id").query())).as("only for a dedicated key").isFalse();
        FxInput.click(robot, "#datasource-dedicated");
        assertThat(shown(robot.lookup("#datasource-key-id").query())).isTrue();
    }

    private void useKey(FxRobot robot, String keyId) {
        FxInput.click(robot, "#choice-access-key");
        type(robot, "#access-key-id", keyId);
        FxInput.paste(robot, "#secret-access-key-masked", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        FxInput.click(robot, "#advanced .title");
        FxInput.paste(robot, "#endpoint", aws.server.endpoint().toString());
    }

    private static void type(FxRobot robot, String query, String text) {
        FxInput.type(robot, query, text);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasError(Node node) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass("error"));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
