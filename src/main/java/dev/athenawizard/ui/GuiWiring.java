package dev.athenawizard.ui;

import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.concurrent.BackgroundExecutors;
import dev.athenawizard.core.project.Autosaver;
import dev.athenawizard.core.project.DraftStore;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.project.RecentProjects;
import dev.athenawizard.ui.shell.ProjectSession;
import dev.athenawizard.ui.shell.ShellModel;
import dev.athenawizard.ui.shell.WizardStep;
import dev.athenawizard.ui.steps.connection.ConnectionStep;
import dev.athenawizard.ui.steps.mapping.MappingStep;
import dev.athenawizard.ui.steps.query.QueryStep;
import dev.athenawizard.ui.steps.register.RegisterStep;
import dev.athenawizard.ui.steps.workgroup.WorkgroupStep;
import java.time.Duration;
import java.util.List;
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
    private final ProjectSession session;
    private final ShellModel shell;

    public GuiWiring(AppDirs dirs) {
        this.dirs = dirs;
        DraftStore drafts = new DraftStore(dirs.drafts());
        Autosaver autosaver = new Autosaver(drafts, autosave, AUTOSAVE_QUIET_PERIOD, e -> { });
        this.session = new ProjectSession(new ProjectStore(), drafts, autosaver,
                new RecentProjects(dirs.recentProjects()), io);
        this.shell = new ShellModel(buildSteps());
    }

    private List<WizardStep> buildSteps() {
        ConnectionStep connection = new ConnectionStep();
        WorkgroupStep workgroup = new WorkgroupStep();
        QueryStep query = new QueryStep();
        MappingStep mapping = new MappingStep();
        RegisterStep register = new RegisterStep();
        return List.of(connection, workgroup, query, mapping, register);
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
        session.flushDraft();
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
