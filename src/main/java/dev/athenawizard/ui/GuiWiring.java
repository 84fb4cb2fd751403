package dev.athenawizard.ui;

import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.aporia.client.Registrations;
import dev.athenawizard.core.aporia.plan.QueryTables;
import dev.athenawizard.core.aws.ProjectCredentials;
import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.aws.credentials.AwsProfiles;
import dev.athenawizard.core.aws.credentials.CredentialsDetector;
import dev.athenawizard.core.aws.credentials.ProfileFileLocations;
import dev.athenawizard.core.aws.identity.ConnectionVerifier;
import dev.athenawizard.core.aws.secrets.SecretStore;
import dev.athenawizard.core.aws.session.AwsSessions;
import dev.athenawizard.core.concurrent.BackgroundExecutors;
import dev.athenawizard.core.concurrent.Sleeper;
import dev.athenawizard.core.sandbox.SandboxHost;
import dev.athenawizard.core.sql.SqlAnalyzer;
import dev.athenawizard.core.project.Autosaver;
import dev.athenawizard.core.project.DraftStore;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.project.QueryHistory;
import dev.athenawizard.core.project.RecentProjects;
import dev.athenawizard.ui.shell.ProjectSession;
import dev.athenawizard.ui.shell.ShellModel;
import dev.athenawizard.ui.shell.StepDialogs;
import dev.athenawizard.ui.shell.WizardStep;
import dev.athenawizard.ui.steps.connection.ConnectionServices;
import dev.athenawizard.ui.steps.connection.ConnectionStep;
import dev.athenawizard.ui.steps.mapping.MappingServices;
import dev.athenawizard.ui.steps.mapping.MappingStep;
import dev.athenawizard.ui.steps.query.FxQueryDialogs;
import dev.athenawizard.ui.steps.query.PauseTimer;
import dev.athenawizard.ui.steps.query.QueryDialogs;
import dev.athenawizard.ui.steps.query.QueryServices;
import dev.athenawizard.ui.steps.query.QueryStep;
import dev.athenawizard.ui.steps.register.RegisterServices;
import dev.athenawizard.ui.steps.register.RegisterStep;
import dev.athenawizard.ui.steps.workgroup.WorkgroupServices;
import dev.athenawizard.ui.steps.workgroup.WorkgroupStep;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Builds the GUI's object graph in one place: services get their collaborators through constructors, and the shell
 * wires each step's typed output into the steps after it.
 */
public final class GuiWiring implements AutoCloseable {
    /** How long the user must pause before a draft is written. */
    public static final Duration AUTOSAVE_QUIET_PERIOD = Duration.ofMillis(800);

    private final AppDirs dirs;
    private final ExecutorService io = BackgroundExecutors.bounded("files", 1);
    private final ScheduledExecutorService autosave = BackgroundExecutors.scheduled("autosave");
    /** AWS calls block on the network; a few run side by side (a listing while a policy resolves). */
    private final ExecutorService aws = BackgroundExecutors.bounded("aws", 4);
    private final ExecutorService keychain = BackgroundExecutors.bounded("keychain", 1);
    private final ExecutorService sandboxStarter = BackgroundExecutors.bounded("sandbox-start", 1);
    /** Aporia's calls block on the network, a dataset connection up to ten minutes. */
    private final ExecutorService aporia = BackgroundExecutors.bounded("aporia", 2);
    private final Sleeper aporiaPauses;
    /** Profiling previews, suggestions and checks of wide mappings: CPU work kept off the FX thread. */
    private final ExecutorService mappingWork = BackgroundExecutors.bounded("mapping", 1);
    /** Checks the Query step's SQL off the FX thread; the first check loads Trino's parser (see {@link #warmUp}). */
    private final ExecutorService sqlChecks = BackgroundExecutors.bounded("sql-check", 1);
    private final ScheduledExecutorService typingPauses = BackgroundExecutors.scheduled("typing-pause");
    private final SqlAnalyzer sql = new SqlAnalyzer();
    private final AwsClientFactory clients = new AwsClientFactory();
    private final SecretStore secrets = SecretStore.withOsKeychain(keychain);
    private final SandboxHost sandbox;
    private final ProjectSession session;
    private final ShellModel shell;

    private final StepDialogs dialogs;
    private final QueryDialogs queryDialogs;
    private final PauseTimer typingPause;
    private QueryStep query;

    /**
     * @param dirs    the program's folders
     * @param dialogs what steps ask of the desktop (save dialogs, clipboard); tests script the answers
     */
    public GuiWiring(AppDirs dirs, StepDialogs dialogs) {
        this(dirs, dialogs, Sleeper.SYSTEM);
    }

    /**
     * @param aporiaPauses waits between retries of Aporia's calls (tests pass one that does not really wait)
     */
    public GuiWiring(AppDirs dirs, StepDialogs dialogs, Sleeper aporiaPauses) {
        this(dirs, dialogs, new FxQueryDialogs(() -> javafx.stage.Window.getWindows().stream()
                .filter(javafx.stage.Window::isFocused).findFirst().orElse(null)), null, aporiaPauses);
    }

    /**
     * @param queryDialogs what the Query step asks (confirming a write); tests script the answers
     * @param typingPause  says when the user paused typing in the Query step; null for real time (tests decide)
     */
    public GuiWiring(AppDirs dirs, StepDialogs dialogs, QueryDialogs queryDialogs, PauseTimer typingPause) {
        this(dirs, dialogs, queryDialogs, typingPause, Sleeper.SYSTEM);
    }

    /**
     * Everything a test may replace: the Query step's dialogs and typing pauses, and the pauses between Aporia's
     * retries.
     */
    public GuiWiring(AppDirs dirs, StepDialogs dialogs, QueryDialogs queryDialogs, PauseTimer typingPause,
                     Sleeper aporiaPauses) {
        this.dirs = dirs;
        this.aporiaPauses = aporiaPauses;
        this.dialogs = dialogs;
        this.queryDialogs = queryDialogs;
        this.typingPause = typingPause != null ? typingPause : PauseTimer.on(typingPauses);
        this.sandbox = new SandboxHost(dirs.sandboxData(), sandboxStarter);
        DraftStore drafts = new DraftStore(dirs.drafts());
        Autosaver autosaver = new Autosaver(drafts, autosave, AUTOSAVE_QUIET_PERIOD, e -> { });
        this.session = new ProjectSession(new ProjectStore(), drafts, autosaver,
                new RecentProjects(dirs.recentProjects()), io);
        this.shell = new ShellModel(buildSteps());
    }

    private List<WizardStep> buildSteps() {
        ProfileFileLocations profileFiles = ProfileFileLocations.standard();
        ConnectionStep connection = new ConnectionStep(new ConnectionServices(
                new ConnectionVerifier(clients, aws), sandbox, secrets, new AwsProfiles(profileFiles),
                CredentialsDetector.standard(), io));
        AwsSessions sessions = new AwsSessions(clients, aws);
        WorkgroupStep workgroup = new WorkgroupStep(new WorkgroupServices(sessions, dialogs, io));
        // Typed outputs flow forward through the shell, never by one step reaching into another.
        workgroup.connectionProperty().bind(connection.verifiedConnection());
        query = new QueryStep(new QueryServices(sessions, sql, sqlChecks, typingPause, queryDialogs,
                new QueryHistory(dirs.queryHistory()), io));
        query.connectionProperty().bind(connection.verifiedConnection());
        query.workgroupProperty().bind(workgroup.chosenWorkgroup());
        query.readableDatabasesProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> session.project().access().databases(), session.projectProperty()));
        MappingStep mapping = new MappingStep(new MappingServices(mappingWork, Clock.systemDefaultZone()));
        mapping.previewProperty().bind(query.preview());
        // The GUI finds secrets in memory or the keychain, never in its environment.
        RegisterStep register = new RegisterStep(new RegisterServices(sessions, secrets, new Registrations(
                new ProjectCredentials(secrets, Map.of(), profileFiles), aporiaPauses), dialogs, aporia, io));
        register.connectionProperty().bind(connection.verifiedConnection());
        register.projectProperty().bind(session.projectProperty());
        return List.of(connection, workgroup, query, mapping, register);
    }

    /**
     * Loads Trino's parser (1–2.6 s of class loading) for the Query step's checks and for the Register step's plan,
     * so the first pause in typing is answered at once. Call it once the window shows: before the first frame it
     * took the second core from the FX thread and the renderer (about 70 ms of start-up on two cores). One thread
     * loads the classes; the plan's own analyzer then only makes its parser.
     */
    public void warmUp() {
        sqlChecks.execute(() -> {
            sql.analyze("SELECT 1");
            QueryTables.warmUp();
        });
    }

    public AppDirs dirs() {
        return dirs;
    }

    public ProjectSession session() {
        return session;
    }

    public ShellModel shell() {
        return shell;
    }

    @Override
    public void close() {
        query.close(); // before the AWS pool goes: a query still running is stopped in Athena
        session.close();
        secrets.clearMemory();
        sandbox.close();
        aws.shutdownNow();
        clients.close();
        keychain.shutdown();
        sandboxStarter.shutdown();
        aporia.shutdownNow();
        mappingWork.shutdownNow();
        sqlChecks.shutdownNow();
        typingPauses.shutdownNow();
        io.shutdown();
        autosave.shutdown();
        try {
            // Let a last draft write or delete finish: the process is about to end.
            autosave.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
            io.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
