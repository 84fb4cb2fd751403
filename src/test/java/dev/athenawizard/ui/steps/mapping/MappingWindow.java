package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.concurrent.BackgroundExecutors;
import dev.athenawizard.core.project.Autosaver;
import dev.athenawizard.core.project.DraftStore;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.project.RecentProjects;
import dev.athenawizard.ui.WizardApp;
import dev.athenawizard.ui.shell.ProjectSession;
import dev.athenawizard.ui.shell.ScriptedDialogs;
import dev.athenawizard.ui.shell.ShellModel;
import dev.athenawizard.ui.shell.WizardStep;
import dev.athenawizard.ui.shell.WizardWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The wizard's window with the real Mapping step as step 4, the steps before it standing in as done (until the Query
 * step lands, the tests hand the step its preview themselves), and a stand-in Register step after it.
 */
public final class MappingWindow implements AutoCloseable {
    /** "Today" for version names: 2026-11-29. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    public final MappingStep step;
    public final WizardWindow window;
    public final ShellModel shell;
    private final ExecutorService work = BackgroundExecutors.bounded("mapping-test", 1);
    private final ExecutorService files = BackgroundExecutors.bounded("files-test", 1);

    private MappingWindow(Stage stage, Path home) {
        step = new MappingStep(new MappingServices(work, TODAY));
        shell = new ShellModel(List.of(new PassedStep("Connection"), new PassedStep("Workgroup"),
                new PassedStep("Query"), step, new PassedStep("Register")));
        DraftStore drafts = new DraftStore(home.resolve("drafts"));
        ProjectSession session = new ProjectSession(new ProjectStore(), drafts, new Autosaver(drafts,
                BackgroundExecutors.scheduled("autosave-test"), Duration.ofMillis(50), e -> { }),
                new RecentProjects(home.resolve("recent.json")), files);
        window = new WizardWindow(session, shell, ScriptedDialogs::new, () -> { });
        stage.setScene(WizardApp.createScene(window));
        stage.show();
        shell.goTo(3);
    }

    /** Opens it on {@code stage}, with its files under a new folder of the test home. */
    public static MappingWindow open(Stage stage) {
        try {
            Path testHome = Path.of(System.getProperty("athena-wizard.home", "target/test-home")).toAbsolutePath();
            return new MappingWindow(stage, Files.createTempDirectory(Files.createDirectories(testHome), "mapping"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public OnboardingProject project() {
        return window.session().project();
    }

    @Override
    public void close() {
        window.session().close();
        work.shutdownNow();
        files.shutdown();
    }

    /** A step before Mapping whose work is done: the list shows it so, and the shell lets the user past it. */
    private static final class PassedStep implements WizardStep {
        private final String title;
        private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(true);

        PassedStep(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public String summary() {
            return "Done in this test.";
        }

        @Override
        public Node view() {
            return new Label(title + " is done in this test.");
        }

        @Override
        public ObservableBooleanValue complete() {
            return done;
        }

        @Override
        public void load(OnboardingProject project) {
        }

        @Override
        public OnboardingProject store(OnboardingProject project) {
            return project;
        }

        @Override
        public Observable changes() {
            return done;
        }
    }
}
