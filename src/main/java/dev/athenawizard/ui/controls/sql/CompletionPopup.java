package dev.athenawizard.ui.controls.sql;

import dev.athenawizard.core.sql.completion.CandidateKind;
import dev.athenawizard.core.sql.completion.CompletionCandidate;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;

/** The list of completion candidates under the caret: a kind badge, the name, and its type or arguments. */
final class CompletionPopup {
    private static final int VISIBLE_ROWS = 10;
    private static final double ROW_HEIGHT = 24;

    private final Popup popup = new Popup();
    private final ListView<CompletionCandidate> list = new ListView<>();
    private final Label placeholder = new Label();

    CompletionPopup(String stylesheet, Consumer<CompletionCandidate> onChosen) {
        list.getStyleClass().add("sql-completion-list");
        list.getStylesheets().add(stylesheet);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setPrefWidth(460);
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> new CandidateCell());
        list.setFocusTraversable(false);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected() != null) {
                onChosen.accept(selected());
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setAutoFix(true);
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    List<CompletionCandidate> items() {
        return list.getItems();
    }

    CompletionCandidate selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** Shows the candidates under {@code caret} (screen bounds), or {@code emptyText} when there are none. */
    void show(Node owner, Bounds caret, List<CompletionCandidate> candidates, String emptyText) {
        list.getItems().setAll(candidates);
        placeholder.setText(emptyText);
        list.setPrefHeight(Math.max(1, Math.min(VISIBLE_ROWS, candidates.size())) * ROW_HEIGHT + 4);
        if (!candidates.isEmpty()) {
            list.getSelectionModel().select(0);
            list.scrollTo(0);
        }
        if (!popup.isShowing()) {
            popup.show(owner, caret.getMinX(), caret.getMaxY() + 2);
        }
    }

    void hide() {
        popup.hide();
    }

    /** Moves the selection by {@code rows}, staying within the list. */
    void move(int rows) {
        int size = list.getItems().size();
        if (size == 0) {
            return;
        }
        int index = Math.max(0, Math.min(size - 1, list.getSelectionModel().getSelectedIndex() + rows));
        list.getSelectionModel().select(index);
        list.scrollTo(Math.max(0, index - VISIBLE_ROWS / 2));
    }

    private static final class CandidateCell extends ListCell<CompletionCandidate> {
        private final Label badge = new Label();
        private final Label name = new Label();
        private final Label detail = new Label();
        private final HBox row;

        CandidateCell() {
            badge.getStyleClass().add("sql-completion-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.setAlignment(Pos.CENTER);
            name.getStyleClass().add("sql-completion-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            detail.getStyleClass().add("sql-completion-detail");
            detail.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(detail, Priority.ALWAYS);
            row = new HBox(8, badge, name, detail);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(CompletionCandidate item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            badge.setText(badgeText(item.kind()));
            badge.getStyleClass().setAll("sql-completion-badge", "kind-" + item.kind().name().toLowerCase());
            name.setText(item.label());
            detail.setText(item.detail());
            setGraphic(row);
        }

        private static String badgeText(CandidateKind kind) {
            return switch (kind) {
                case COLUMN -> "col";
                case TABLE -> "tbl";
                case DATABASE -> "db";
                case FUNCTION -> "fn";
                case KEYWORD -> "kw";
            };
        }
    }
}
