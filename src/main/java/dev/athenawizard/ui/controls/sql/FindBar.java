package dev.athenawizard.ui.controls.sql;

import dev.athenawizard.core.sql.highlight.TextRange;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;

/**
 * Ctrl+F: a bar under the editor that finds text as it is typed, marks every match, selects the current one, and
 * says which it is ("2 of 5"). Enter or F3 finds the next, Shift+Enter or Shift+F3 the previous, Esc closes it.
 */
final class FindBar extends HBox {
    static final String LAYER = "sql-find-match";
    /** Beyond this many matches only the count is shown; marking them all would slow the editor down. */
    private static final int MAX_MARKS = 2_000;

    private final CodeArea area;
    private final StyleOverlays overlays;
    private final TextField query = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label count = new Label();
    private List<TextRange> matches = List.of();

    FindBar(CodeArea area, StyleOverlays overlays) {
        this.area = area;
        this.overlays = overlays;
        overlays.define(LAYER, StyleOverlays.OnEdit.CLEAR);
        getStyleClass().add("sql-find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(4, 8, 4, 8));
        query.setId("sql-find-query");
        query.setPromptText("Find in query");
        query.setPrefColumnCount(18);
        count.getStyleClass().add("sql-find-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        matchCase.setMinWidth(Region.USE_PREF_SIZE);
        Button previous = new Button("Previous");
        previous.setMinWidth(Region.USE_PREF_SIZE);
        previous.setOnAction(e -> step(-1));
        Button next = new Button("Next");
        next.setMinWidth(Region.USE_PREF_SIZE);
        next.setOnAction(e -> step(1));
        Button close = new Button("Close");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> hide());
        HBox.setHgrow(query, Priority.SOMETIMES);
        getChildren().addAll(new Label("Find"), query, matchCase, count, previous, next, close);
        query.textProperty().addListener((o, was, now) -> search(true));
        matchCase.selectedProperty().addListener((o, was, now) -> search(true));
        area.plainTextChanges().subscribe(c -> {
            if (isVisible()) {
                search(false);
            }
        });
        query.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F3) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    /** Opens the bar with the selected text (if any, on one line) as the query. */
    void show() {
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            query.setText(selected);
        }
        setVisible(true);
        setManaged(true);
        query.requestFocus();
        query.selectAll();
        search(false);
    }

    void hide() {
        setVisible(false);
        setManaged(false);
        overlays.set(LAYER, List.of());
        area.requestFocus();
    }

    /** Selects the next match after the caret ({@code direction} 1) or the previous one (-1), wrapping around. */
    void step(int direction) {
        if (query.getText().isEmpty()) {
            show();
            return;
        }
        if (matches.isEmpty()) {
            search(false);
        }
        if (matches.isEmpty()) {
            return;
        }
        int caret = area.getSelection().getLength() > 0 && direction < 0 ? area.getSelection().getStart()
                : area.getCaretPosition();
        int index = direction > 0 ? firstFrom(caret) : lastBefore(caret);
        select(index);
    }

    private int firstFrom(int offset) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() >= offset) {
                return i;
            }
        }
        return 0;
    }

    private int lastBefore(int offset) {
        for (int i = matches.size() - 1; i >= 0; i--) {
            if (matches.get(i).start() < offset) {
                return i;
            }
        }
        return matches.size() - 1;
    }

    private void select(int index) {
        TextRange m = matches.get(index);
        area.selectRange(m.start(), m.end());
        area.requestFollowCaret();
        count.setText((index + 1) + " of " + matches.size());
    }

    private void search(boolean selectFirst) {
        String needle = query.getText();
        List<TextRange> found = new ArrayList<>();
        if (!needle.isEmpty()) {
            boolean ignoreCase = !matchCase.isSelected();
            String text = area.getText();
            int last = text.length() - needle.length();
            for (int at = 0; at <= last; at++) {
                if (text.regionMatches(ignoreCase, at, needle, 0, needle.length())) {
                    found.add(new TextRange(at, at + needle.length()));
                    at += needle.length() - 1;
                }
            }
        }
        matches = found;
        overlays.set(LAYER, found.size() > MAX_MARKS ? List.of()
                : found.stream().map(r -> new StyleOverlays.Mark(r, null)).toList());
        if (found.isEmpty()) {
            count.setText(needle.isEmpty() ? "" : "No matches");
        } else if (selectFirst) {
            select(firstFrom(area.getSelection().getStart()));
        } else {
            count.setText(found.size() == 1 ? "1 match" : found.size() + " matches");
        }
    }
}
