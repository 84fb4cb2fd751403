package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.ValueCount;
import dev.athenawizard.core.mapping.profile.ValueText;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The left side: the filter and the column cards. Cards are dragged onto the zones (one, or every selected one); the
 * keys 1–7 and the context menu put the selected columns in a zone without dragging. Binds to its model.
 */
final class ColumnListPanel extends VBox {
    private static final double BAR_HEIGHT = 22;

    private final ColumnListModel model;
    private final ZonesModel zones;
    final ListView<ColumnCard> list = new ListView<>();

    ColumnListPanel(ColumnListModel model, ZonesModel zones) {
        super(6);
        this.model = model;
        this.zones = zones;
        getStyleClass().add("column-panel");
        TextField filter = new TextField();
        filter.setId("column-filter");
        filter.setPromptText("Filter columns: name, type, zone");
        filter.textProperty().bindBidirectional(model.filter);
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label count = new Label();
        count.setId("column-count");
        count.getStyleClass().add("muted");
        count.textProperty().bind(model.count);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, filter, count);
        top.setAlignment(Pos.CENTER_LEFT);

        list.setId("columns");
        KeptSelection.bind(list, model.shown, model.selected, card -> Optional.of(card.name()));
        list.setCellFactory(l -> new CardCell());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.placeholder);
        list.setPlaceholder(placeholder);
        list.setContextMenu(contextMenu());
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        model.mapping.addListener(o -> list.refresh()); // each card says where its column went
        // a field dragged back here leaves its zone
        list.setOnDragOver(e -> {
            if (e.getGestureSource() instanceof ZonesPanel.ZoneCell && !ColumnDrag.columns(e).isEmpty()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            zones.unassign(ColumnDrag.columns(e));
            e.setDropCompleted(true);
            e.consume();
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(top, list);
    }

    private void keyPressed(KeyEvent e) {
        Optional<Role> role = e.isShortcutDown() || e.isAltDown() ? Optional.empty()
                : ZonesModel.roleForKey(e.getText());
        if (role.isPresent()) {
            zones.assign(List.copyOf(model.selected), role.get());
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            zones.unassign(List.copyOf(model.selected));
            e.consume();
        }
    }

    private ContextMenu contextMenu() {
        Menu assign = new Menu("Assign to");
        for (Role role : Role.values()) {
            MenuItem item = new MenuItem(role.zone() + "   (key " + ZonesModel.keyOf(role) + ")");
            item.setId("assign-" + role.name().toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(e -> zones.assign(List.copyOf(model.selected), role));
            assign.getItems().add(item);
        }
        MenuItem unassign = new MenuItem("Unassign   (Delete)");
        unassign.setOnAction(e -> zones.unassign(List.copyOf(model.selected)));
        MenuItem all = new MenuItem("Select all shown   (Ctrl+A)");
        all.setOnAction(e -> list.getSelectionModel().selectAll());
        ContextMenu menu = new ContextMenu(assign, unassign, new SeparatorMenuItem(), all);
        menu.setOnShowing(e -> {
            assign.setDisable(model.selected.isEmpty());
            unassign.setDisable(model.selected.isEmpty());
        });
        return menu;
    }

    /** One column's card: name and type, statistics and where it went, samples, and a small picture. */
    private final class CardCell extends ListCell<ColumnCard> {
        CardCell() {
            setPrefWidth(0); // follow the list's width, so the text wraps instead of widening the cell
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    List<String> dragged = getListView().getSelectionModel().isSelected(getIndex())
                            ? List.copyOf(model.selected) : List.of(getItem().name());
                    ColumnDrag.start(this, dragged);
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(ColumnCard card, boolean empty) {
            super.updateItem(card, empty);
            setText(null);
            if (empty || card == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label name = wrapping(new Label(card.name()), "card-name");
            Label type = wrapping(new Label(card.type()), "card-type");
            HBox head = new HBox(8, name, type);
            head.setAlignment(Pos.BASELINE_LEFT);
            String place = model.placeOf(card.name());
            VBox box = new VBox(2, head, wrapping(new Label(card.stats()), "card-stats"));
            if (!place.isEmpty()) {
                box.getChildren().add(wrapping(new Label(place), "card-place"));
            }
            if (!card.samples().isEmpty()) {
                box.getChildren().add(wrapping(new Label(card.samples()), "card-samples"));
            }
            picture(card.distribution()).ifPresent(box.getChildren()::add);
            setGraphic(box);
            setAccessibleText(card.accessibleText() + (place.isEmpty() ? "" : ", " + place));
        }
    }

    private static Optional<Node> picture(ColumnCard.Distribution distribution) {
        if (distribution instanceof ColumnCard.Bars bars) {
            int highest = bars.counts().stream().mapToInt(Integer::intValue).max().orElse(1);
            HBox columns = new HBox(1);
            columns.setAlignment(Pos.BOTTOM_LEFT);
            columns.setMinHeight(BAR_HEIGHT);
            for (int count : bars.counts()) {
                Region bar = new Region();
                bar.getStyleClass().add("histogram-bar");
                double h = count == 0 ? 1 : Math.max(2, BAR_HEIGHT * count / Math.max(1, highest));
                bar.setMinSize(8, h);
                bar.setPrefSize(10, h);
                bar.setMaxHeight(h);
                columns.getChildren().add(bar);
            }
            Label caption = wrapping(new Label(bars.caption()), "card-caption");
            HBox row = new HBox(8, columns, caption);
            row.setAlignment(Pos.BOTTOM_LEFT);
            return Optional.of(row);
        }
        if (distribution instanceof ColumnCard.TopValues top) {
            VBox rows = new VBox(1);
            for (ValueCount v : top.values()) {
                Region bar = new Region();
                bar.getStyleClass().add("top-value-bar");
                double w = Math.max(2, 60.0 * v.count() / Math.max(1, top.rows()));
                bar.setMinSize(w, 8);
                bar.setMaxSize(w, 8);
                Label value = wrapping(new Label(ValueText.quote(v.value()) + "  " + v.count()), "card-caption");
                HBox row = new HBox(6, bar, value);
                row.setAlignment(Pos.CENTER_LEFT);
                rows.getChildren().add(row);
            }
            return Optional.of(rows);
        }
        String text = ((ColumnCard.Caption) distribution).text();
        return text.isEmpty() ? Optional.empty() : Optional.of(wrapping(new Label(text), "card-caption"));
    }

    private static Label wrapping(Label label, String styleClass) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
