package dev.athenawizard.ui.shell;

import dev.athenawizard.core.project.Autosaver;
import dev.athenawizard.core.project.Draft;
import dev.athenawizard.core.project.DraftStore;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.project.RecentProjects;
import dev.athenawizard.ui.async.FxThread;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open project as the window sees it: its content, the file it belongs to, whether it has unsaved changes, and
 * the recent-projects list. Reading and writing files happens on {@code io}; the FX thread only hands work over and
 * receives the outcome.
 */
public final class ProjectSession {
    private final ProjectStore store;
    private final DraftStore drafts;
    private final Autosaver autosaver;
    private final RecentProjects recent;
    private final Executor io;

    private final ReadOnlyObjectWrapper<OnboardingProject> project =
            new ReadOnlyObjectWrapper<>(OnboardingProject.empty());
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final StringBinding title;
    private boolean closed;
    private final List<java.util.function.Consumer<OnboardingProject>> replacedListeners = new java.util.ArrayList<>();

    public ProjectSession(ProjectStore store, DraftStore drafts, Autosaver autosaver, RecentProjects recent,
            Executor io) {
        this.store = store;
        this.drafts = drafts;
        this.autosaver = autosaver;
        this.recent = recent;
        this.io = io;
        this.title = Bindings.createStringBinding(
                () -> (dirty.get() ? "*" : "") + project.get().name() + " — Athena Onboarding Wizard", project, dirty);
    }

    public ReadOnlyObjectProperty<OnboardingProject> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public OnboardingProject project() {
        return project.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The window title: the project's name, marked with {@code *} while it has unsaved changes. */
    public StringBinding titleProperty() {
        return title;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /**
     * Records a change the user made; it becomes unsaved work and is autosaved as a draft. After {@link #close()}
     * (a background result landing as the program ends) nothing is recorded.
     */
    public void edit(UnaryOperator<OnboardingProject> change) {
        if (closed) {
            return;
        }
        OnboardingProject updated = change.apply(project.get());
        if (updated.equals(project.get())) {
            return;
        }
        project.set(updated);
        dirty.set(true);
        autosaver.changed(updated, Optional.ofNullable(file.get()));
    }

    /** Starts over with an empty project. */
    public void newProject() {
        replace(OnboardingProject.empty(), null, false);
        autosaver.clear();
    }

    /** Reads {@code path}; on success it becomes the open project, on failure the open project is untouched. */
    public CompletableFuture<OnboardingProject> open(Path path) {
        CompletableFuture<OnboardingProject> result = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            try {
                OnboardingProject loaded = store.load(path);
                recent.add(path);
                return loaded;
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, io).whenComplete((loaded, failure) -> FxThread.run(() -> {
            if (failure != null) {
                result.completeExceptionally(FxThread.unwrap(failure));
                return;
            }
            replace(loaded, path, false);
            autosaver.clear();
            refreshRecent();
            result.complete(loaded);
        }));
        return result;
    }

    /** Saves to the current file; the caller asks for a file first when there is none ({@link #fileProperty()}). */
    public CompletableFuture<Path> save() {
        Path target = file.get();
        if (target == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("The project has no file yet: use Save As."));
        }
        return saveAs(target);
    }

    /**
     * Saves to {@code target}. An untitled project takes its name from the file. The project stays dirty if the user
     * changed something while the file was being written.
     */
    public CompletableFuture<Path> saveAs(Path target) {
        OnboardingProject named = project.get();
        if (OnboardingProject.UNTITLED.equals(named.name())) {
            named = named.withName(nameFromFile(target));
            project.set(named);
        }
        OnboardingProject snapshot = named;
        CompletableFuture<Path> result = new CompletableFuture<>();
        CompletableFuture.runAsync(() -> {
            try {
                store.save(snapshot, target);
                recent.add(target);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, io).whenComplete((ok, failure) -> FxThread.run(() -> {
            if (failure != null) {
                result.completeExceptionally(FxThread.unwrap(failure));
                return;
            }
            file.set(target);
            if (project.get().equals(snapshot)) {
                dirty.set(false);
                autosaver.clear();
            }
            refreshRecent();
            result.complete(target);
        }));
        return result;
    }

    /** Unsaved work left behind by a crashed or killed run, newest first. */
    public CompletableFuture<List<Draft>> findOrphanDrafts() {
        return CompletableFuture.supplyAsync(drafts::orphans, io);
    }

    /** Brings a draft back as unsaved work, and forgets the draft file it came from. */
    public void restore(Draft draft) {
        replace(draft.project(), draft.projectFile().orElse(null), true);
        autosaver.changed(draft.project(), draft.projectFile());
        discard(draft);
    }

    public void discard(Draft draft) {
        io.execute(() -> {
            try {
                drafts.delete(draft);
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger(ProjectSession.class).warn("could not delete draft", e);
            }
        });
    }

    /** The window is closing after the user saved or chose to discard: no draft should survive. */
    public void closeCleanly() {
        autosaver.clear();
    }

    /** The program is ending: writes the pending draft, and records no edit after it. */
    public void close() {
        closed = true;
        autosaver.flush();
    }

    public void refreshRecent() {
        CompletableFuture.supplyAsync(recent::list, io)
                .thenAccept(list -> FxThread.run(() -> recentFiles.setAll(list)));
    }

    /** Called whenever a different project takes the window's place (New, Open, draft restore), not on edits. */
    public void onReplaced(java.util.function.Consumer<OnboardingProject> listener) {
        replacedListeners.add(listener);
    }

    private void replace(OnboardingProject value, Path path, boolean unsaved) {
        file.set(path);
        project.set(value);
        dirty.set(unsaved);
        replacedListeners.forEach(l -> l.accept(value));
    }

    static String nameFromFile(Path target) {
        String name = target.getFileName().toString();
        if (name.endsWith(ProjectStore.EXTENSION)) {
            name = name.substring(0, name.length() - ProjectStore.EXTENSION.length());
        } else if (name.endsWith(".json")) {
            name = name.substring(0, name.length() - ".json".length());
        }
        return name.isBlank() ? OnboardingProject.UNTITLED : name;
    }
}
