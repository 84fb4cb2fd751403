package dev.athenawizard.ui.controls.sql;

import dev.athenawizard.core.sql.highlight.HighlightStyle;
import dev.athenawizard.core.sql.highlight.Highlighting;
import dev.athenawizard.core.sql.highlight.SqlHighlighter;
import dev.athenawizard.core.sql.highlight.TextRange;
import dev.athenawizard.ui.async.FxThread;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Keeps the editor's highlighting up to date without making typing wait: the text is tokenized on a background
 * thread; the newest text wins (a result for text that has changed since is dropped, and the newest text goes next);
 * and the FX thread writes only the range whose styles changed — a keystroke in a 5,000-line query restyles a word,
 * not the query. When a change does span the whole text (an opened string or comment), the visible lines are
 * restyled first and the rest a slice per frame, so no frame waits on the whole text.
 */
final class HighlightPipeline {
    /** Characters out of view restyled per frame when a change is large: a few milliseconds of FX-thread work. */
    static final int SLICE = 3_000;
    /**
     * Characters restyled per frame on screen: RichTextFX rebuilds the text nodes of visible lines it restyles, which
     * costs far more per character than lines out of view.
     */
    static final int VISIBLE_SLICE = 600;
    private static final Collection<String>[] STYLE_CLASSES = styleClasses();

    private final CodeArea area;
    private final Executor background;
    private final StyleOverlays overlays;
    private final Deque<TextRange> slices = new ArrayDeque<>();
    private final FxTimeMeter fxTime = new FxTimeMeter();
    private final AnimationTimer sliceTimer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            fxTime.measure(HighlightPipeline.this::restyleNextSlice);
        }
    };
    private final List<Consumer<Highlighting>> onApplied = new java.util.ArrayList<>();
    /**
     * The area's text, kept by applying each edit: RichTextFX's own {@code getText()} walks every paragraph (about
     * 2 ms for 5,000 lines), copying this is a tenth of that.
     */
    private final StringBuilder mirror = new StringBuilder();
    private Highlighting applied = Highlighting.empty();
    private long appliedVersion;
    private TextRange dirty = TextRange.EMPTY;
    private long version;
    private boolean running;

    HighlightPipeline(CodeArea area, Executor background, StyleOverlays overlays) {
        this.area = area;
        this.background = background;
        this.overlays = overlays;
        area.plainTextChanges().subscribe(change -> fxTime.measure(() -> edited(change)));
    }

    /** Called on the FX thread each time a newer highlighting is on screen (brackets, completion use its tokens). */
    void onApplied(Consumer<Highlighting> listener) {
        onApplied.add(listener);
    }

    /** The highlighting of the text as it is now, if it has been computed (not while typing outruns it). */
    Optional<Highlighting> current() {
        return appliedVersion == version ? Optional.of(applied) : Optional.empty();
    }

    /** Whether the screen shows the styles of the current text, every slice included (tests wait for this). */
    boolean isSettled() {
        return !running && appliedVersion == version && slices.isEmpty();
    }

    /** Whether the kept copy of the text is the area's text (tests check it after every kind of edit). */
    boolean mirrorsText() {
        return mirror.toString().equals(area.getText());
    }

    /** FX-thread time spent here, for the benchmark. */
    FxTimeMeter fxTime() {
        return fxTime;
    }

    private void edited(PlainTextChange change) {
        version++;
        mirror.replace(change.getPosition(), change.getRemovalEnd(), change.getInserted());
        int position = change.getPosition();
        int removed = change.getRemovalEnd() - position;
        int inserted = change.getInsertionEnd() - position;
        TextRange edit = new TextRange(position, change.getInsertionEnd());
        dirty = dirty.isEmpty() ? edit : dirty.afterEdit(position, removed, inserted).union(edit);
        while (!slices.isEmpty()) { // slices not yet written stay to be written, for the new text
            dirty = dirty.union(slices.poll().afterEdit(position, removed, inserted));
        }
        sliceTimer.stop();
        overlays.edited(position, removed, inserted);
        schedule();
    }

    private void schedule() {
        if (running) {
            return;
        }
        running = true;
        long v = version;
        String text = mirror.toString();
        Highlighting base = applied;
        background.execute(() -> {
            Highlighting next = SqlHighlighter.highlight(text);
            TextRange changed = next.changedSince(base);
            FxThread.run(() -> fxTime.measure(() -> finished(v, next, changed)));
        });
    }

    private void finished(long v, Highlighting next, TextRange changed) {
        running = false;
        if (v != version) {
            schedule(); // typed on meanwhile: this result is for old text; the newest text goes next
            return;
        }
        TextRange range = changed.union(dirty);
        applied = next;
        appliedVersion = v;
        dirty = TextRange.EMPTY;
        if (range.length() <= SLICE) {
            restyle(range);
        } else {
            restyleVisibleThenSlices(range);
        }
        onApplied.forEach(l -> l.accept(next));
    }

    private void restyleVisibleThenSlices(TextRange range) {
        TextRange visible = visibleRange();
        int vs = Math.max(range.start(), visible.start());
        int ve = Math.min(range.end(), visible.end());
        if (vs < ve) {
            int firstEnd = Math.min(ve, vs + VISIBLE_SLICE);
            restyle(new TextRange(vs, firstEnd));
            for (int s = firstEnd; s < ve; s += VISIBLE_SLICE) {
                slices.add(new TextRange(s, Math.min(ve, s + VISIBLE_SLICE)));
            }
            queueSlices(ve, range.end());
            queueSlices(range.start(), vs);
        } else {
            queueSlices(range.start(), range.end());
        }
        sliceTimer.start();
    }

    private void queueSlices(int from, int to) {
        for (int s = from; s < to; s += SLICE) {
            slices.add(new TextRange(s, Math.min(to, s + SLICE)));
        }
    }

    private void restyleNextSlice() {
        TextRange slice = slices.poll();
        if (slice == null) {
            sliceTimer.stop();
            return;
        }
        restyle(slice);
    }

    private TextRange visibleRange() {
        if (area.getParagraphs().isEmpty() || area.getVisibleParagraphs().isEmpty()) {
            return TextRange.EMPTY;
        }
        int first = area.firstVisibleParToAllParIndex();
        int last = area.lastVisibleParToAllParIndex();
        int start = area.getAbsolutePosition(first, 0);
        int end = area.getAbsolutePosition(last, area.getParagraphLength(last));
        return new TextRange(start, Math.max(start, end));
    }

    /** Writes the styles of {@code range} from the applied highlighting, overlays merged in. */
    private void restyle(TextRange range) {
        int to = Math.min(range.end(), area.getLength());
        int from = Math.min(range.start(), to);
        if (from == to) {
            return;
        }
        Highlighting h = applied;
        StyleSpansBuilder<Collection<String>> out = new StyleSpansBuilder<>();
        boolean plain = overlays.isEmpty();
        for (int run = Math.max(0, h.tokens().tokenAt(from)); run < h.runCount() && h.runStart(run) < to; run++) {
            int a = Math.max(from, h.runStart(run));
            int b = Math.min(to, h.runEnd(run));
            Collection<String> style = STYLE_CLASSES[h.style(run).ordinal()];
            if (plain) {
                out.add(style, b - a);
            } else {
                overlays.add(out, a, b, style);
            }
        }
        area.setStyleSpans(from, out.create());
    }

    @SuppressWarnings("unchecked")
    private static Collection<String>[] styleClasses() {
        HighlightStyle[] styles = HighlightStyle.values();
        Collection<String>[] classes = new Collection[styles.length];
        for (HighlightStyle s : styles) {
            classes[s.ordinal()] = s.styleClass().isEmpty() ? Collections.emptyList() : List.of(s.styleClass());
        }
        return classes;
    }
}
