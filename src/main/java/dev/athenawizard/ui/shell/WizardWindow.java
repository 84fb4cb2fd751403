package dev.athenawizard.ui.shell;

import dev.athenawizard.core.project.Draft;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.ProjectFileException;
import dev.athenawizard.ui.async.FxThread;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/**
 * The main window's content: the File menu, the wizard shell, and the glue between the steps and the open project.
 *
 * <p>Every edit in a step is written into the project (which marks it unsaved and schedules a draft); every New, Open
 * or restore loads the project into every step.
 */
public final class WizardWindow extends BorderPane {
    private final ProjectSession session;
    private final ShellModel shell;
    private final Supplier<ShellDialogs> dialogs;
    private final Runnable exit;
    private final Menu recentMenu = new Menu("Open _Recent");
    private final MenuBar menuBar;
    private boolean loading;

    public WizardWindow(ProjectSession session, ShellModel shell, Supplier<ShellDialogs> dialogs, Runnable exit) {
        this.session = session;
        this.shell = shell;
        this.dialogs = dialogs;
        this.exit = exit;
        getStyleClass().add("wizard-window");
        ShellView view = new ShellView(shell);
        menuBar = buildMenu();
        setTop(menuBar);
        setCenter(view);
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                view.installAccelerators();
            }
        });

        for (WizardStep step : shell.steps()) {
            step.changes().addListener(o -> {
                if (!loading) {
                    session.edit(step::store);
                }
            });
        }
        session.onReplaced(this::loadIntoSteps);
        loadIntoSteps(session.project());
        session.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecentMenu());
        session.refreshRecent();
    }

    public ProjectSession session() {
        return session;
    }

    /** The window's menus: File here; View and Help are added by {@link WindowDressing}. */
    public MenuBar menuBar() {
        return menuBar;
    }

    /** Loads a new, opened or restored project into every step, and shows the first step that needs attention. */
    private void loadIntoSteps(OnboardingProject project) {
        loading = true;
        try {
            for (WizardStep step : shell.steps()) {
                step.load(project);
            }
        } finally {
            loading = false;
        }
        shell.showFirstStepNeedingAttention();
    }

    private MenuBar buildMenu() {
        MenuItem newItem = item("_New", "Shortcut+N", "menu-new", this::newProject);
        MenuItem open = item("_Open…", "Shortcut+O", "menu-open", this::open);
        MenuItem save = item("_Save", "Shortcut+S", "menu-save", this::save);
        MenuItem saveAs = item("Save _As…", "Shortcut+Shift+S", "menu-save-as", this::saveAs);
        MenuItem quit = item("_Quit", "Shortcut+Q", "menu-quit", () -> {
            if (confirmClose()) {
                exit.run();
            }
        });
        recentMenu.setId("menu-recent");
        rebuildRecentMenu();
        Menu file = new Menu("_File", null, newItem, open, recentMenu, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), quit);
        MenuBar bar = new MenuBar(file);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void rebuildRecentMenu() {
        List<Path> files = session.recentFiles();
        recentMenu.getItems().clear();
        for (Path file : files) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> afterSettlingUnsaved(() -> openFile(file)));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(files.isEmpty());
    }

    public void newProject() {
        afterSettlingUnsaved(session::newProject);
    }

    public void open() {
        afterSettlingUnsaved(() -> dialogs.get().chooseFileToOpen().ifPresent(this::openFile));
    }

    /** Opens {@code file}; a damaged file is reported and the work on screen stays as it was. */
    public CompletableFuture<OnboardingProject> openFile(Path file) {
        CompletableFuture<OnboardingProject> opened = session.open(file);
        FxThread.onCompletion(opened, (project, failure) -> {
            if (failure != null) {
                String message = failure instanceof ProjectFileException p ? p.getMessage()
                        : file.getFileName() + " could not be opened: " + failure.getMessage();
                dialogs.get().showError("Cannot open " + file.getFileName(), message
                        + "\n\nYour current work is unchanged.");
            }
        });
        return opened;
    }

    /** Saves, asking for a file first if the project has none. Completes with false when the user backs out. */
    public CompletableFuture<Boolean> save() {
        return session.fileProperty().get() == null ? saveAs() : report(session.save());
    }

    public CompletableFuture<Boolean> saveAs() {
        return dialogs.get().chooseFileToSave(session.project().name())
                .map(target -> report(session.saveAs(target)))
                .orElse(CompletableFuture.completedFuture(false));
    }

    private CompletableFuture<Boolean> report(CompletableFuture<Path> saving) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        FxThread.onCompletion(saving, (path, failure) -> {
            if (failure != null) {
                dialogs.get().showError("Could not save", failure.getMessage()
                        + "\n\nNothing was lost: the work is still open and a draft is kept.");
                done.complete(false);
            } else {
                done.complete(true);
            }
        });
        return done;
    }

    /**
     * Before the work on screen is replaced: asks about unsaved changes, saves if asked, and runs {@code then} (on the
     * FX thread) unless the user cancelled or the save failed.
     */
    private void afterSettlingUnsaved(Runnable then) {
        if (!session.dirtyProperty().get()) {
            then.run();
            return;
        }
        switch (dialogs.get().askAboutUnsavedChanges(session.project().name())) {
            case SAVE -> save().thenAccept(saved -> {
                if (saved) {
                    FxThread.run(then);
                }
            });
            case DISCARD -> then.run();
            case CANCEL -> { }
        }
    }

    /** The window is about to close: true when it may (work saved or knowingly discarded). */
    public boolean confirmClose() {
        if (!session.dirtyProperty().get()) {
            session.closeCleanly();
            return true;
        }
        switch (dialogs.get().askAboutUnsavedChanges(session.project().name())) {
            case SAVE -> {
                save().thenAccept(saved -> {
                    if (saved) {
                        FxThread.run(() -> {
                            session.closeCleanly();
                            exit.run();
                        });
                    }
                });
                return false;
            }
            case DISCARD -> {
                session.closeCleanly();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** At start: offers to bring back work a crashed or killed run left behind. */
    public void offerDraftRestore() {
        FxThread.onCompletion(session.findOrphanDrafts(), (drafts, failure) -> {
            if (failure != null || drafts.isEmpty()) {
                return;
            }
            Draft newest = drafts.get(0);
            switch (dialogs.get().offerToRestore(newest)) {
                case RESTORE -> session.restore(newest);
                case DISCARD -> session.discard(newest);
                case LATER -> { }
            }
        });
    }
}
