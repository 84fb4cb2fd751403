package dev.athenawizard.core.mapping.edit;

import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The mapping being edited, with undo and redo: what the Mapping screen binds to. Every {@link MappingEdit} that
 * changes the mapping is one step; undo and redo move between the immutable mappings of those steps. Listeners hear
 * every change of {@link #current()} (apply, undo, redo, reset), so the screen, its checks and the project stay in
 * step.
 *
 * <p>Not thread-safe: use it from one thread (the FX thread; every edit is fast, it only reads the preview's rows).
 */
public final class MappingHistory {
    /** Steps kept for undo; the oldest are forgotten beyond this. */
    public static final int MAX_STEPS = 500;

    private record Step(String description, Mapping before, Mapping after) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Consumer<Mapping>> listeners = new ArrayList<>();
    private PreviewProfile preview;
    private Mapping current;

    public MappingHistory(Mapping initial, PreviewProfile preview) {
        this.current = Objects.requireNonNull(initial, "initial");
        this.preview = Objects.requireNonNull(preview, "preview");
    }

    public Mapping current() {
        return current;
    }

    public PreviewProfile preview() {
        return preview;
    }

    /** Later edits judge types against this preview (a new preview of the same query); the history stays. */
    public void usePreview(PreviewProfile value) {
        preview = Objects.requireNonNull(value, "preview");
    }

    /** Applies the edit; when it changes the mapping, that is one undo step and the redo steps are dropped. */
    public EditOutcome apply(MappingEdit edit) {
        EditResult result = edit.apply(current, preview);
        boolean changed = !result.mapping().equals(current);
        if (changed) {
            undo.push(new Step(edit.description(), current, result.mapping()));
            while (undo.size() > MAX_STEPS) {
                undo.removeLast();
            }
            redo.clear();
            set(result.mapping());
        }
        return new EditOutcome(edit.description(), changed, result.refusals(), result.notes());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What undo would take back, for its menu item ("Undo Assign amount to Features"). */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Step::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Step::description);
    }

    /** Takes back the last step; false when there is none. */
    public boolean undo() {
        Step step = undo.poll();
        if (step == null) {
            return false;
        }
        redo.push(step);
        set(step.before());
        return true;
    }

    /** Does the last undone step again; false when there is none. */
    public boolean redo() {
        Step step = redo.poll();
        if (step == null) {
            return false;
        }
        undo.push(step);
        set(step.after());
        return true;
    }

    /** Starts over from a mapping (a project opened, a carried-over mapping): no undo past this point. */
    public void reset(Mapping mapping, PreviewProfile newPreview) {
        undo.clear();
        redo.clear();
        preview = Objects.requireNonNull(newPreview, "preview");
        set(Objects.requireNonNull(mapping, "mapping"));
    }

    /** Told the new mapping after every change. */
    public void addListener(Consumer<Mapping> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Mapping> listener) {
        listeners.remove(listener);
    }

    private void set(Mapping mapping) {
        current = mapping;
        for (Consumer<Mapping> l : List.copyOf(listeners)) {
            l.accept(mapping);
        }
    }
}
