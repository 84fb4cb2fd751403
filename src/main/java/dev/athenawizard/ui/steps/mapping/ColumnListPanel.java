package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.mapping.model.Role;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
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
        list.setCellFactory(l -> new CardCell(model::placeOf));
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
}
