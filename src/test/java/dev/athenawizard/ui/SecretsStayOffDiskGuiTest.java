package dev.athenawizard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.sandbox.SandboxFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Enters a secret key, a session token and Aporia's secret through the window, uses them all (verify, policy,
 * self-test), saves the project, lets a draft be written, then reads every file the program wrote, and its log: none
 * of the three may appear anywhere.
 */
@ExtendWith(ApplicationExtension.class)
class SecretsStayOffDiskGuiTest {
    static final String KEY_ID = "ASIAGUISECRETTEST001";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzGUISECRET1";
    static final String TOKEN = "FwoGZXIvYXdzEJr//////////wEaDGuiSessionTokenXYZ987";
    static final String APORIA_KEY_ID = "AKIAGUIAPORIAKEY0001";
    static final String APORIA_SECRET = "aporia/SecretGui+abc123XYZ789";
    private static SandboxFixture aws;

    private WizardUnderTest wizard;

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
        wizard = WizardUnderTest.open(stage, "secrets");
    }

    @Test
    void no_secret_typed_into_the_window_reaches_any_file_or_the_log(FxRobot robot) throws Exception {
        ConnectThroughUi.withAccessKey(robot, aws.server.endpoint(), KEY_ID, SECRET, TOKEN);
        ConnectThroughUi.aporiaKey(robot, APORIA_KEY_ID, APORIA_SECRET);
        ConnectThroughUi.next(robot);
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#policy").tryQuery().isPresent()
                && !robot.lookup("#policy").queryTextInputControl().getText().isEmpty());
        robot.clickOn("#self-test-tab .tab-label");
        robot.clickOn("#run-self-test");
        waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#self-test-summary").queryAs(Label.class).getText()
                .isEmpty());

        Path project = wizard.home.resolve("secrets" + ProjectStore.EXTENSION);
        wizard.dialogs.filesToSave.add(project);
        robot.interact(wizard.window::saveAs);
        waitFor(10, TimeUnit.SECONDS, () -> Files.exists(project));
        // An edit after saving leaves unsaved work, which the autosave writes as a draft.
        waitFor(10, TimeUnit.SECONDS, () -> primaryRow(robot).isPresent());
        robot.clickOn(primaryRow(robot).orElseThrow());
        waitFor(5, TimeUnit.SECONDS, () -> wizard.wiring.session().dirtyProperty().get());
        Path drafts = wizard.home.resolve("state").resolve("drafts");
        waitFor(10, TimeUnit.SECONDS, () -> Files.isDirectory(drafts) && Files.list(drafts).findAny().isPresent());
        // Closing writes the last draft and waits for every file write to finish: nothing moves while we read.
        wizard.close();

        List<Path> written = filesUnder(wizard.home);
        written.add(AppDirs.resolve().logs().resolve("athena-wizard.log"));
        assertThat(written).contains(project);
        assertThat(written).anySatisfy(p -> assertThat(p.getParent()).isEqualTo(drafts));
        for (Path file : written) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(content).as(file.toString()).doesNotContain(SECRET, TOKEN, APORIA_SECRET);
        }
        // The key ids are not secret, and the project does keep them.
        assertThat(Files.readString(project)).contains(KEY_ID, APORIA_KEY_ID);
    }

    private static java.util.Optional<javafx.scene.control.TableRow<?>> primaryRow(FxRobot robot) {
        return robot.lookup("#workgroups .table-row-cell").<javafx.scene.control.TableRow<?>>queryAll().stream()
                .filter(row -> row.getItem() != null && row.getItem().toString().contains("primary")).findFirst();
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return new ArrayList<>(all.filter(Files::isRegularFile).toList());
        }
    }
}
