package dev.athenawizard.ui.controls.sql;

import dev.athenawizard.core.sql.highlight.Highlighting;
import dev.athenawizard.core.sql.highlight.SqlLexer;
import dev.athenawizard.core.sql.highlight.SqlTokens;
import dev.athenawizard.core.sql.highlight.TextRange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * Underlines problems where they are and shows a problem's message while the mouse rests on it. A problem moves with
 * the text around it; editing inside it removes it (it described text that is gone) until the next check says again.
 */
final class ProblemMarkers {
    static final String LAYER = "sql-problem";
    private static final Duration HOVER_DELAY = Duration.ofMillis(350);

    private final CodeArea area;
    private final StyleOverlays overlays;
    private final ObservableList<SqlProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<SqlProblem> readOnly = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyObjectWrapper<SqlProblem> atCaret = new ReadOnlyObjectWrapper<>();
    private final Popup hover = new Popup();
    private final Label hoverText = new Label();

    private final Supplier<Optional<Highlighting>> highlighting;

    ProblemMarkers(CodeArea area, StyleOverlays overlays, Supplier<Optional<Highlighting>> highlighting,
            String stylesheet) {
        this.area = area;
        this.highlighting = highlighting;
        this.overlays = overlays;
        overlays.define(LAYER, StyleOverlays.OnEdit.KEEP_UNTOUCHED);
        hoverText.getStyleClass().add("sql-problem-message");
        hoverText.setWrapText(true);
        hoverText.setMaxWidth(460);
        hoverText.getStylesheets().add(stylesheet);
        hover.getContent().add(hoverText);
        hover.setAutoHide(true);
        area.setMouseOverTextDelay(HOVER_DELAY);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showAt(e.getCharacterIndex(),
                e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        area.caretPositionProperty().addListener((o, was, now) -> atCaret.set(problemAt(now).orElse(null)));
        overlays.onChange(this::syncList);
    }

    ObservableList<SqlProblem> problems() {
        return readOnly;
    }

    ReadOnlyObjectProperty<SqlProblem> atCaretProperty() {
        return atCaret.getReadOnlyProperty();
    }

    void set(List<SqlProblem> list) {
        String text = area.getText();
        SqlTokens tokens = highlighting.get().map(Highlighting::tokens).orElseGet(() -> SqlLexer.tokenize(text));
        List<StyleOverlays.Mark> marks = new ArrayList<>();
        for (SqlProblem p : list) {
            marks.add(new StyleOverlays.Mark(range(text, tokens, p), p));
        }
        overlays.set(LAYER, marks);
    }

    Optional<SqlProblem> problemAt(int offset) {
        return overlays.marksAt(LAYER, offset).stream().map(m -> (SqlProblem) m.payload()).findFirst()
                .or(() -> offset > 0 ? overlays.marksAt(LAYER, offset - 1).stream()
                        .map(m -> (SqlProblem) m.payload()).findFirst() : Optional.empty());
    }

    /** Where the hover popup shows now, if it does (for tests and the demo). */
    Optional<String> shownMessage() {
        return hover.isShowing() ? Optional.of(hoverText.getText()) : Optional.empty();
    }

    private void showAt(int offset, Point2D screen) {
        overlays.marksAt(LAYER, offset).stream().findFirst().ifPresent(m -> {
            SqlProblem p = (SqlProblem) m.payload();
            hoverText.setText("Line " + p.line() + ", column " + p.column() + ": " + p.message());
            hover.show(area, screen.getX(), screen.getY() + 18);
        });
    }

    private void syncList() {
        List<SqlProblem> now = overlays.marks(LAYER).stream().map(m -> (SqlProblem) m.payload()).toList();
        if (!now.equals(problems)) {
            problems.setAll(now);
        }
        atCaret.set(problemAt(area.getCaretPosition()).orElse(null));
    }

    /** The characters a problem covers: its range, or for a position the token starting there (one character at least). */
    static TextRange range(String text, SqlTokens tokens, SqlProblem p) {
        int start = offset(text, p.line(), p.column());
        int end = offset(text, p.endLine(), p.endColumn());
        if (p.isPoint() || end <= start) {
            boolean lineEnd = start >= text.length() || text.charAt(start) == '\n';
            if (lineEnd && start > 0 && text.charAt(start - 1) != '\n') { // e.g. "unexpected end of input"
                return new TextRange(start - 1, start);
            }
            if (start >= text.length()) {
                return TextRange.EMPTY;
            }
            int t = tokens.tokenAt(start);
            boolean word = t >= 0 && tokens.start(t) == start && !tokens.kind(t).isTrivia();
            end = word ? tokens.end(t) : start + 1;
        }
        return new TextRange(start, Math.max(start + 1, Math.min(end, text.length())));
    }

    /** The offset of a 1-based line and column, clamped to the line's end and the text's end. */
    static int offset(String text, int line, int column) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            int next = text.indexOf('\n', at);
            if (next < 0) {
                return text.length();
            }
            at = next + 1;
        }
        int lineEnd = text.indexOf('\n', at);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        return Math.min(at + column - 1, lineEnd);
    }
}
