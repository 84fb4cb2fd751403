package dev.athenawizard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.testing.LogCapture;
import dev.athenawizard.testing.SecretForms;
import dev.athenawizard.ui.theme.SystemAppearance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A whole run with real-looking secrets: an AWS secret key and session token, Aporia's dedicated secret key and an
 * Aporia token, typed into the window and used in all five steps (verify, policy, self-test, previews, registration
 * at an Aporia host), the registration exported, the project saved, a draft written, the window closed. Then every
 * file the program wrote (project, draft, query history, settings, recent list, exports) and every log line of the run
 * — in the log file and as logged, with logging turned up — is read: no secret appears, neither as typed nor
 * URL-encoded nor in base64.
 */
@ExtendWith(ApplicationExtension.class)
class SecretsStayOffDiskGuiTest {
    static final String KEY_ID = "ASIAGUISECRETTEST001";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzGUISECRET1";
    static final String TOKEN = "FwoGZXIvYXdzEJr//////////wEaDGuiSessionTokenXYZ987";
    static final String APORIA_KEY_ID = "AKIAGUIAPORIAKEY0001";
    static final String APORIA_SECRET = "aporia/SecretGui+abc123XYZ789";
    static final String APORIA_TOKEN = "aporia-token/GuiRun+never-written-0012";
    private static final SystemAppearance SILENT = new SystemAppearance("Linux", Map.of(), c -> Optional.empty());
    private static SandboxFixture aws;

    private WizardUnderTest wizard;
    private LogCapture log;

    @BeforeAll
    static void startSandbox() {
        aws = SandboxFixture.start();
    }

    @AfterAll
    static void stopSandbox() {
        aws.close();
    }

    @Start
    void start(Stage stage) {
        log = LogCapture.begin();
        wizard = WizardUnderTest.openDressed(stage, WizardUnderTest.newHome("secrets"), SILENT);
    }

    @AfterEach
    void stopCapture() {
        log.close();
    }

    @Test
    void after_a_whole_run_no_file_the_program_wrote_and_no_log_line_holds_a_secret(FxRobot robot) throws Exception {
        // 1. Connection, with every secret the wizard takes.
        ConnectThroughUi.withAccessKey(robot, aws.server.endpoint(), KEY_ID, SECRET, TOKEN);
        ConnectThroughUi.aporiaKey(robot, APORIA_KEY_ID, APORIA_SECRET);
        ConnectThroughUi.next(robot);
        // 2. Workgroup: the policy, and the self-test that runs Aporia's queries with Aporia's key.
        StepsThroughUi.awaitPolicy(robot);
        robot.clickOn("#self-test-tab .tab-label");
        robot.clickOn("#run-self-test");
        waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#self-test-summary").queryAs(Label.class).getText()
                .isEmpty());
        StepsThroughUi.next(robot, "Query");
        // 3. and 4. Query and Mapping.
        StepsThroughUi.typeQuery(robot, dev.athenawizard.core.mapping.GuideExample.QUERY);
        StepsThroughUi.awaitPreview(robot);
        StepsThroughUi.next(robot, "Mapping");
        StepsThroughUi.acceptSuggestions(robot);
        StepsThroughUi.next(robot, "Register");
        // 5. Register at an Aporia host with a token, after exporting the registration.
        FxInput.enter(robot, "#model-id", "secrets-run");
        FxInput.enter(robot, "#model-name", "Insurance upsell");
        robot.clickOn("#register-tab .tab-label");
        FxInput.enter(robot, "#aporia-host", aws.server.endpoint().toString());
        FxInput.enter(robot, "#aporia-token-masked", APORIA_TOKEN);
        Path script = wizard.home.resolve("register.py");
        Path requests = wizard.home.resolve("register.json");
        wizard.dialogs.filesToSave.add(script);
        wizard.dialogs.filesToSave.add(requests);
        FxInput.press(robot, "#export-python");
        waitFor(10, TimeUnit.SECONDS, () -> Files.exists(script));
        FxInput.press(robot, "#export-json");
        waitFor(10, TimeUnit.SECONDS, () -> Files.exists(requests));
        FxInput.press(robot, "#register");
        waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#register-outcome").queryAs(Label.class).getText()
                .startsWith("✓ Registered"));
        assertThat(aws.server.aporia().model("secrets-run")).as("registered with the token").isPresent();

        Path project = wizard.home.resolve("secrets" + ProjectStore.EXTENSION);
        wizard.dialogs.filesToSave.add(project);
        robot.interact(wizard.window::saveAs);
        waitFor(10, TimeUnit.SECONDS, () -> Files.exists(project) && !wizard.wiring.session().dirtyProperty().get());
        // An edit after saving leaves unsaved work, which the autosave writes as a draft.
        robot.clickOn("#model-tab .tab-label");
        FxInput.enter(robot, "#model-description", "Who buys insurance");
        AppDirs dirs = wizard.wiring.dirs();
        waitFor(10, TimeUnit.SECONDS, () -> Files.isDirectory(dirs.drafts())
                && Files.list(dirs.drafts()).findAny().isPresent());
        // Closing writes the last draft, the settings and the window's place, and waits for every file write to
        // finish: nothing moves while we read.
        robot.interact(wizard.dressing::rememberWindow);
        wizard.close();

        List<Path> written = filesUnder(wizard.home);
        assertThat(written).as("every kind of file the program writes was written, so each was read").contains(
                project, script, requests, dirs.queryHistory(), dirs.recentProjects(), dirs.settings());
        assertThat(written).anySatisfy(p -> assertThat(p.getParent()).isEqualTo(dirs.drafts()));
        Path logFile = AppDirs.resolve().logs().resolve("athena-wizard.log");
        assertThat(logFile).exists();
        written.add(logFile);
        for (Path file : written) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(SecretForms.foundIn(content, SECRET, TOKEN, APORIA_SECRET, APORIA_TOKEN)).as(file.toString())
                    .isEmpty();
        }
        List<String> lines = log.lines();
        assertThat(lines).as("the run logged (Aporia's calls at DEBUG)").anyMatch(l -> l.contains("Aporia"));
        assertThat(SecretForms.foundIn(String.join("\n", lines), SECRET, TOKEN, APORIA_SECRET, APORIA_TOKEN))
                .as("the log lines of the run").isEmpty();
        // The key ids are not secret, and the project does keep them.
        assertThat(Files.readString(project)).contains(KEY_ID, APORIA_KEY_ID);
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return new ArrayList<>(all.filter(Files::isRegularFile).toList());
        }
    }
}
