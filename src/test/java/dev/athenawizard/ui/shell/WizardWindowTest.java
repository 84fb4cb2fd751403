package dev.athenawizard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.athenawizard.core.concurrent.BackgroundExecutors;
import dev.athenawizard.core.project.Autosaver;
import dev.athenawizard.core.project.DraftStore;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.project.QuerySection;
import dev.athenawizard.core.project.RecentProjects;
import dev.athenawizard.ui.WizardApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real window, headless: navigation by mouse and keyboard, the step check on screen, and the project's files. */
@ExtendWith(ApplicationExtension.class)
class WizardWindowTest {
    private Path home;
    private Stage stage;
    private WizardWindow window;
    private ScriptedDialogs dialogs;
    private FakeStep one;
    private FakeStep two;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path testHome = Path.of(System.getProperty("athena-wizard.home", "target/test-home")).toAbsolutePath();
        home = Files.createTempDirectory(Files.createDirectories(testHome), "window");
        window = newWindow(home);
        stage.setScene(WizardApp.createScene(window));
        stage.titleProperty().bind(window.session().titleProperty());
        stage.show();
    }

    private WizardWindow newWindow(Path dir) {
        one = new FakeStep("One");
        two = new FakeStep("Two");
        dialogs = new ScriptedDialogs();
        DraftStore drafts = new DraftStore(dir.resolve("drafts"));
        ProjectSession session = new ProjectSession(new ProjectStore(), drafts,
                new Autosaver(drafts, BackgroundExecutors.scheduled("autosave"), Duration.ofMillis(50), e -> { }),
                new RecentProjects(dir.resolve("recent.json")), BackgroundExecutors.bounded("files", 1));
        return new WizardWindow(session, new ShellModel(List.of(one, two)), () -> dialogs, () -> { });
    }

    @Test
    void the_title_names_the_project_and_marks_unsaved_changes(FxRobot robot) throws Exception {
        assertThat(stage.getTitle()).isEqualTo("Untitled — Athena Onboarding Wizard");

        robot.clickOn("#one-text").write("SELECT 1");
        assertThat(stage.getTitle()).isEqualTo("*Untitled — Athena Onboarding Wizard");

        Path file = home.resolve("churn" + ProjectStore.EXTENSION);
        dialogs.filesToSave.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> !window.session().dirtyProperty().get());

        assertThat(stage.getTitle()).isEqualTo("churn — Athena Onboarding Wizard");
        assertThat(new ProjectStore().load(file).query().sql()).isEqualTo("SELECT 1");
        assertThat(window.session().recentFiles()).containsExactly(file.toAbsolutePath());
    }

    @Test
    void a_saved_project_opens_again_with_what_was_typed(FxRobot robot) throws Exception {
        Path file = home.resolve("roundtrip" + ProjectStore.EXTENSION);
        robot.clickOn("#one-text").write("SELECT prediction_id FROM model_predictions");
        dialogs.filesToSave.add(file);
        robot.interact(window::save);
        waitFor(5, TimeUnit.SECONDS, () -> Files.exists(file) && !window.session().dirtyProperty().get());

        robot.interact(window::newProject);
        assertThat(one.text.getText()).isEmpty();

        dialogs.filesToOpen.add(file);
        robot.interact(window::open);
        waitFor(5, TimeUnit.SECONDS, () -> !one.text.getText().isEmpty());

        assertThat(one.text.getText()).isEqualTo("SELECT prediction_id FROM model_predictions");
        assertThat(stage.getTitle()).isEqualTo("roundtrip — Athena Onboarding Wizard");
    }

    @Test
    void a_damaged_file_is_explained_and_the_work_on_screen_is_kept(FxRobot robot) throws Exception {
        Path damaged = home.resolve("damaged" + ProjectStore.EXTENSION);
        String json = new ProjectStore().toJson(OnboardingProject.empty().withQuery(
                new QuerySection("AwsDataCatalog", "db", "SELECT 2", 10)));
        Files.writeString(damaged, json.substring(0, json.length() - 20));
        robot.clickOn("#one-text").write("my unsaved work");

        CompletableFuture<OnboardingProject> opening = openOnFx(robot, damaged);
        waitFor(5, TimeUnit.SECONDS, opening::isDone);
        waitForFxEvents();

        assertThat(opening).isCompletedExceptionally();
        assertThat(dialogs.errors).singleElement().asString()
                .contains("Cannot open damaged.athena-wizard.json", "cut short", "line", "current work is unchanged");
        assertThat(one.text.getText()).isEqualTo("my unsaved work");
        assertThat(stage.getTitle()).startsWith("*");
    }

    @Test
    void keyboard_alone_moves_through_the_wizard(FxRobot robot) {
        robot.interact(() -> one.complete.set(true));

        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(title(robot)).isEqualTo("Two");

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertThat(title(robot)).isEqualTo("One");

        robot.clickOn("#one-text").type(KeyCode.ENTER); // Next is the default button
        assertThat(title(robot)).isEqualTo("Two");

        Node second = robot.lookup("#step-list .step-row").nth(1).query();
        robot.interact(second::requestFocus);
        robot.type(KeyCode.UP).type(KeyCode.ENTER);
        assertThat(title(robot)).isEqualTo("One");
    }

    @Test
    void focus_in_the_step_list_follows_the_current_step(FxRobot robot) {
        robot.interact(() -> one.complete.set(true));
        Node first = robot.lookup("#step-list .step-row").nth(0).query();
        robot.interact(first::requestFocus);

        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);

        assertThat(title(robot)).isEqualTo("Two");
        Node focused = first.getScene().getFocusOwner();
        assertThat(focused.getAccessibleText()).as("the row that has focus").isEqualTo("Two, current");
    }

    @Test
    void a_running_check_shows_progress_and_escape_cancels_it(FxRobot robot) throws Exception {
        CompletableFuture<Object> check = one.pendingCheck();
        robot.interact(() -> one.complete.set(true));
        robot.clickOn("#next");

        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#check-bar").query().isVisible());
        assertThat(robot.lookup("#check-message").queryAs(Label.class).getText()).isEqualTo("Checking One…");
        assertThat(robot.lookup("#next").queryAs(Button.class).isDisabled()).isTrue();

        robot.type(KeyCode.ESCAPE);

        assertThat(check).isCancelled();
        assertThat(robot.lookup("#check-bar").query().isVisible()).isFalse();
        assertThat(title(robot)).isEqualTo("One");
    }

    @Test
    void a_failed_check_shows_its_message_in_place(FxRobot robot) {
        CompletableFuture<Object> check = one.pendingCheck();
        robot.interact(() -> one.complete.set(true));
        robot.clickOn("#next");
        check.completeExceptionally(new IllegalStateException("Athena answered: the workgroup aporia is disabled."));
        waitForFxEvents();

        Node error = robot.lookup("#check-error").query();
        assertThat(error.isVisible()).isTrue();
        assertThat(((Label) error).getText()).isEqualTo("Athena answered: the workgroup aporia is disabled.");
        assertThat(title(robot)).isEqualTo("One");
    }

    @Test
    void locked_steps_say_so_in_the_step_list(FxRobot robot) {
        assertThat(robot.lookup("#step-list .step-row").<Node>queryAll())
                .extracting(Node::getAccessibleText).contains("One, current", "Two, not yet reachable");
        robot.interact(() -> one.complete.set(true));
        assertThat(robot.lookup("#step-list .step-row").<Node>queryAll())
                .extracting(Node::getAccessibleText).contains("One, current", "Two, to do");
    }

    @Test
    void work_left_by_a_crash_is_offered_and_restored(FxRobot robot) throws Exception {
        Path crashedHome = Files.createTempDirectory(home, "crashed");
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        new DraftStore(crashedHome.resolve("drafts"), ended.pid(), Clock.systemUTC()).save(
                OnboardingProject.empty().withName("churn").withQuery(
                        new QuerySection("AwsDataCatalog", "db", "SELECT typed_before_the_crash", 100)),
                Optional.of(crashedHome.resolve("churn" + ProjectStore.EXTENSION)));

        robot.interact(() -> {
            window = newWindow(crashedHome);
            stage.getScene().setRoot(window);
            stage.titleProperty().bind(window.session().titleProperty());
        });
        dialogs.restoreAnswer = ShellDialogs.RestoreChoice.RESTORE;
        robot.interact(window::offerDraftRestore);
        waitFor(5, TimeUnit.SECONDS, () -> !one.text.getText().isEmpty());

        assertThat(dialogs.questions).contains("restore churn");
        assertThat(one.text.getText()).isEqualTo("SELECT typed_before_the_crash");
        assertThat(stage.getTitle()).isEqualTo("*churn — Athena Onboarding Wizard");
        assertThat(window.session().fileProperty().get()).isEqualTo(crashedHome.resolve("churn.athena-wizard.json"));
    }

    private CompletableFuture<OnboardingProject> openOnFx(FxRobot robot, Path file) {
        @SuppressWarnings("unchecked")
        CompletableFuture<OnboardingProject>[] holder = new CompletableFuture[1];
        robot.interact(() -> holder[0] = window.openFile(file));
        return holder[0];
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#step-title").queryAs(Label.class).getText();
    }
}
