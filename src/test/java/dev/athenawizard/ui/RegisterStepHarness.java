package dev.athenawizard.ui;

import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.aporia.client.Registrations;
import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.aws.ProjectCredentials;
import dev.athenawizard.core.aws.credentials.ProfileFileLocations;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.secrets.SecretStore;
import dev.athenawizard.core.aws.session.AwsSessions;
import dev.athenawizard.core.concurrent.BackgroundExecutors;
import dev.athenawizard.core.project.Autosaver;
import dev.athenawizard.core.project.DraftStore;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.project.RecentProjects;
import dev.athenawizard.ui.controls.PlannedStep;
import dev.athenawizard.ui.shell.ProjectSession;
import dev.athenawizard.ui.shell.ScriptedDialogs;
import dev.athenawizard.ui.shell.ShellModel;
import dev.athenawizard.ui.shell.WizardStep;
import dev.athenawizard.ui.shell.WizardWindow;
import dev.athenawizard.ui.steps.register.RegisterServices;
import dev.athenawizard.ui.steps.register.RegisterStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The wizard's window with the real Register step after four steps that are already done, on a project opened from a
 * file: the Register step as a user reaches it, while the Query and Mapping steps are built elsewhere. The connection
 * is handed in, as the Connection step would hand it over; retries do not really wait.
 */
public final class RegisterStepHarness implements AutoCloseable {
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final SecretStore secrets;
    public final RegisterStep step;
    public final ProjectSession session;
    public final ShellModel shell;
    /** Where this window keeps its files: the project, drafts, the recent list. */
    public final Path home;
    private final ExecutorService io = BackgroundExecutors.bounded("harness-files", 1);
    private final ExecutorService aws = BackgroundExecutors.bounded("harness-aws", 2);
    private final ExecutorService aporia = BackgroundExecutors.bounded("harness-aporia", 2);
    private final ExecutorService keychain = BackgroundExecutors.bounded("harness-keychain", 1);
    private final java.util.concurrent.ScheduledExecutorService autosave =
            BackgroundExecutors.scheduled("harness-autosave");
    private final AwsClientFactory clients = new AwsClientFactory();

    private RegisterStepHarness(Stage stage, Path home, VerifiedConnection connection, OnboardingProject project,
            FxRobot robot) {
        this.home = home;
        AppDirs dirs = AppDirs.under(home);
        secrets = SecretStore.memoryOnly(keychain);
        DraftStore drafts = new DraftStore(dirs.drafts());
        session = new ProjectSession(new ProjectStore(), drafts, new Autosaver(drafts, autosave,
                Duration.ofSeconds(30), e -> { }),
                new RecentProjects(dirs.recentProjects()), io);
        step = new RegisterStep(new RegisterServices(new AwsSessions(clients, aws), secrets, new Registrations(
                new ProjectCredentials(secrets, Map.of(), ProfileFileLocations.standard()), pause -> { }), dialogs,
                aporia, io));
        step.connectionProperty().set(connection);
        step.projectProperty().bind(session.projectProperty());
        shell = new ShellModel(List.<WizardStep>of(new Done("Connection"), new Done("Workgroup"), new Done("Query"),
                new Done("Mapping"), step));
        robot.interact(() -> {
            WizardWindow window = new WizardWindow(session, shell, () -> dialogs, () -> { });
            stage.setScene(WizardApp.createScene(window));
            stage.show();
        });
        Path file = home.resolve(project.name() + ProjectStore.EXTENSION);
        try {
            new ProjectStore().save(project, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        robot.interact(() -> session.open(file));
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#step-title").queryAs(Label.class).getText().equals("Register"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the Register step did not show", e);
        }
    }

    /** The connection the Connection step hands over after "Try without AWS", for a sandbox at {@code endpoint}. */
    public static VerifiedConnection sandbox(java.net.URI endpoint) {
        return new VerifiedConnection(new dev.athenawizard.core.aws.identity.ConnectionSettings(
                new dev.athenawizard.core.aws.credentials.CredentialSource.Sandbox(), "us-east-1",
                java.util.Optional.of(endpoint)), dev.athenawizard.core.aws.identity.CallerIdentity.of(
                "123456789012", "arn:aws:iam::123456789012:user/sandbox-demo", "AIDASANDBOXDEMO"),
                java.util.Optional.empty(), true);
    }

    /** Opens the window on {@code stage} with {@code project}, its files in a new folder of the test home. */
    public static RegisterStepHarness open(Stage stage, String name, VerifiedConnection connection,
            OnboardingProject project, FxRobot robot) {
        try {
            Path testHome = Path.of(System.getProperty("athena-wizard.home", "target/test-home")).toAbsolutePath();
            return new RegisterStepHarness(stage, Files.createTempDirectory(Files.createDirectories(testHome), name),
                    connection, project, robot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        session.close();
        secrets.clearMemory();
        aporia.shutdownNow();
        aws.shutdownNow();
        clients.close();
        io.shutdown();
        keychain.shutdown();
        autosave.shutdownNow();
    }

    /** A step the harness treats as done: it shows nothing of its own and changes nothing in the project. */
    private static final class Done extends PlannedStep {
        private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(true);

        Done(String title) {
            super(title.toLowerCase(java.util.Locale.ROOT), title, "Done before this test.", List.of());
        }

        @Override
        public ObservableBooleanValue complete() {
            return done.getReadOnlyProperty();
        }
    }
}
