package dev.athenawizard.ui.controls.sql;

import dev.athenawizard.core.sql.highlight.TextRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Style classes laid over the highlighting on ranges of text — problem underlines, the matching bracket, find
 * matches — kept in step with edits, and merged into whatever the highlighter writes. Changing a layer restyles only
 * the characters it covered or covers.
 */
final class StyleOverlays {
    /** What an edit does to a layer's marks. */
    enum OnEdit {
        /** Marks move with the text; a mark the edit touches inside is dropped (it described the old text). */
        KEEP_UNTOUCHED,
        /** Every mark goes: they are recomputed for the new text. */
        CLEAR
    }

    /** A range with the style class of its layer, and what it stands for (e.g. the problem). */
    record Mark(TextRange range, Object payload) {
    }

    private static final class Layer {
        final OnEdit onEdit;
        List<Mark> marks = List.of();

        Layer(OnEdit onEdit) {
            this.onEdit = onEdit;
        }
    }

    private final CodeArea area;
    private final Map<String, Layer> layers = new LinkedHashMap<>();
    private final List<Runnable> changeListeners = new ArrayList<>();

    StyleOverlays(CodeArea area) {
        this.area = area;
    }

    /** Runs after each change of marks, by {@link #set} or by an edit. */
    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    void define(String styleClass, OnEdit onEdit) {
        layers.put(styleClass, new Layer(onEdit));
    }

    List<Mark> marks(String styleClass) {
        return layers.get(styleClass).marks;
    }

    /** The marks of a layer that cover {@code offset}. */
    List<Mark> marksAt(String styleClass, int offset) {
        return marks(styleClass).stream().filter(m -> m.range().contains(offset)).toList();
    }

    /** Replaces a layer's marks and restyles what the old and new marks cover. */
    void set(String styleClass, List<Mark> marks) {
        Layer layer = layers.get(styleClass);
        List<Mark> old = layer.marks;
        int length = area.getLength();
        layer.marks = marks.stream()
                .map(m -> new Mark(new TextRange(Math.min(m.range().start(), length),
                        Math.min(m.range().end(), length)), m.payload()))
                .filter(m -> !m.range().isEmpty())
                .sorted(Comparator.comparingInt(m -> m.range().start()))
                .toList();
        restyle(old);
        restyle(layer.marks);
        changeListeners.forEach(Runnable::run);
    }

    /** Follows an edit the area has already made. */
    void edited(int position, int removed, int inserted) {
        List<Mark> gone = new ArrayList<>();
        for (Layer layer : layers.values()) {
            if (layer.marks.isEmpty()) {
                continue;
            }
            List<Mark> kept = new ArrayList<>();
            for (Mark m : layer.marks) {
                TextRange moved = m.range().afterEdit(position, removed, inserted);
                boolean touched = position < m.range().end() && position + removed > m.range().start()
                        || position > m.range().start() && position < m.range().end();
                if (layer.onEdit == OnEdit.CLEAR || touched || moved.isEmpty()) {
                    gone.add(new Mark(moved, m.payload()));
                } else {
                    kept.add(new Mark(moved, m.payload()));
                }
            }
            layer.marks = List.copyOf(kept);
        }
        restyle(gone);
        changeListeners.forEach(Runnable::run);
    }

    private void restyle(List<Mark> marks) {
        int length = area.getLength();
        for (Mark m : marks) {
            int from = Math.min(m.range().start(), length);
            int to = Math.min(m.range().end(), length);
            if (from < to) {
                StyleSpans<Collection<String>> current = area.getStyleSpans(from, to);
                StyleSpansBuilder<Collection<String>> out = new StyleSpansBuilder<>();
                int at = from;
                for (StyleSpan<Collection<String>> span : current) {
                    int end = at + span.getLength();
                    add(out, at, end, withoutOverlays(span.getStyle()));
                    at = end;
                }
                area.setStyleSpans(from, out.create());
            }
        }
    }

    /**
     * Adds {@code [from, to)} with {@code base} classes to {@code out}, split where overlay marks begin or end, each
     * piece carrying the overlay classes that cover it.
     */
    void add(StyleSpansBuilder<Collection<String>> out, int from, int to, Collection<String> base) {
        TreeSet<Integer> cuts = null;
        for (Layer layer : layers.values()) {
            for (Mark m : layer.marks) {
                if (m.range().overlaps(from, to)) {
                    if (cuts == null) {
                        cuts = new TreeSet<>();
                    }
                    cuts.add(Math.max(from, m.range().start()));
                    cuts.add(Math.min(to, m.range().end()));
                }
            }
        }
        if (cuts == null) {
            out.add(base, to - from);
            return;
        }
        cuts.add(from);
        cuts.add(to);
        Integer previous = null;
        for (Integer cut : cuts) {
            if (previous != null && cut > previous) {
                out.add(withOverlays(base, previous), cut - previous);
            }
            previous = cut;
        }
    }

    /** Whether any layer has marks: the highlighter then merges them into what it writes. */
    boolean isEmpty() {
        return layers.values().stream().allMatch(l -> l.marks.isEmpty());
    }

    private Collection<String> withOverlays(Collection<String> base, int offset) {
        List<String> classes = null;
        for (Map.Entry<String, Layer> e : layers.entrySet()) {
            for (Mark m : e.getValue().marks) {
                if (m.range().contains(offset)) {
                    if (classes == null) {
                        classes = new ArrayList<>(base);
                    }
                    classes.add(e.getKey());
                    break;
                }
            }
        }
        return classes == null ? base : classes;
    }

    private Collection<String> withoutOverlays(Collection<String> style) {
        if (style.stream().noneMatch(layers::containsKey)) {
            return style;
        }
        return style.stream().filter(c -> !layers.containsKey(c)).toList();
    }
}
