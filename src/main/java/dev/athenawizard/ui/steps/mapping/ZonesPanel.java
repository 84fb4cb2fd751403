package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.mapping.check.Severity;
import dev.athenawizard.core.mapping.model.Role;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The right side: the model's fields as drop zones in one list (a title per zone, then its columns). A zone says
 * whether it takes a drag while the drag is over it; a drop, a key (1–7, Delete, Alt+↑/↓, F2) or a menu item becomes
 * one edit. Each field shows its Aporia type (a menu that greys out, with the reason, the types that cannot hold the
 * column), its actual link, and what the checks found. Binds to its model.
 */
final class ZonesPanel extends VBox {
    static final PseudoClass DROP_OK = PseudoClass.getPseudoClass("drop-ok");
    static final PseudoClass DROP_REFUSED = PseudoClass.getPseudoClass("drop-refused");
    private static final PseudoClass HEADER = PseudoClass.getPseudoClass("zone-header");
    private static final PseudoClass EMPTY_ZONE = PseudoClass.getPseudoClass("zone-empty");

    private final ZonesModel model;
    final ListView<ZoneItem> list = new ListView<>();

    ZonesPanel(ZonesModel model) {
        super(6);
        this.model = model;
        getStyleClass().add("zones-panel");
        list.setId("zones");
        KeptSelection.bind(list, model.items, model.selected, item -> item instanceof ZoneItem.Field f
                ? Optional.of(f.column()) : Optional.empty());
        list.setCellFactory(l -> new ZoneCell());
        list.setContextMenu(contextMenu());
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        model.renaming.addListener(o -> list.refresh()); // the renamed field turns into a text field and back
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label();
        hint.setId("drop-hint");
        hint.getStyleClass().add("field-error");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(model.dropHint);
        hint.visibleProperty().bind(model.dropHint.isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        getChildren().addAll(list, hint);
    }

    /** Shows and selects a column's field (a check in the list was clicked). */
    void reveal(String column) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof ZoneItem.Field f && f.column().equals(column)) {
                list.getSelectionModel().clearAndSelect(i);
                list.scrollTo(Math.max(0, i - 1));
                return;
            }
        }
    }

    private List<String> selected() {
        return List.copyOf(model.selected);
    }

    private void keyPressed(KeyEvent e) {
        if (!model.renaming.get().isEmpty()) {
            return;
        }
        Optional<Role> role = e.isShortcutDown() || e.isAltDown() ? Optional.empty()
                : ZonesModel.roleForKey(e.getText());
        if (role.isPresent()) {
            model.assign(selected(), role.get());
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            model.unassign(selected());
        } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            model.move(selected(), e.getCode() == KeyCode.UP ? -1 : 1);
        } else if (e.getCode() == KeyCode.F2 && !model.selected.isEmpty()) {
            model.startRename(model.selected.get(0));
        } else {
            return;
        }
        e.consume();
    }

    private ContextMenu contextMenu() {
        Menu assign = new Menu("Move to zone");
        for (Role role : Role.values()) {
            MenuItem item = new MenuItem(role.zone() + "   (key " + ZonesModel.keyOf(role) + ")");
            item.setOnAction(e -> model.assign(selected(), role));
            assign.getItems().add(item);
        }
        Menu type = new Menu("Set type");
        type.setId("set-type-menu");
        for (AporiaFieldType t : AporiaFieldType.values()) {
            MenuItem item = new MenuItem(t.wireName() + ": " + t.meaning());
            item.setOnAction(e -> model.retype(selected(), FieldSchema.of(t)));
            type.getItems().add(item);
        }
        MenuItem rename = new MenuItem("Rename field   (F2)");
        rename.setOnAction(e -> model.startRename(model.selected.get(0)));
        MenuItem up = new MenuItem("Move up   (Alt+↑)");
        up.setOnAction(e -> model.move(selected(), -1));
        MenuItem down = new MenuItem("Move down   (Alt+↓)");
        down.setOnAction(e -> model.move(selected(), 1));
        MenuItem unassign = new MenuItem("Unassign   (Delete)");
        unassign.setOnAction(e -> model.unassign(selected()));
        ContextMenu menu = new ContextMenu(assign, type, rename, new SeparatorMenuItem(), up, down,
                new SeparatorMenuItem(), unassign);
        menu.setOnShowing(e -> {
            boolean none = model.selected.isEmpty();
            for (MenuItem item : menu.getItems()) {
                item.setDisable(none);
            }
            rename.setDisable(none || model.selected.size() > 1);
        });
        return menu;
    }

    /** One line of the zones: a title, a hint, or a field with its type, link and check. */
    final class ZoneCell extends ListCell<ZoneItem> {
        ZoneCell() {
            setPrefWidth(0); // follow the list's width, so the text wraps instead of widening the cell
            setOnDragDetected(e -> {
                if (getItem() instanceof ZoneItem.Field f && model.renaming.get().isEmpty()) {
                    ColumnDrag.start(this, getListView().getSelectionModel().isSelected(getIndex())
                            ? selected() : List.of(f.column()));
                    e.consume();
                }
            });
            setOnDragOver(this::dragOver);
            setOnDragExited(e -> {
                pseudoClassStateChanged(DROP_OK, false);
                pseudoClassStateChanged(DROP_REFUSED, false);
                model.dropHint.set("");
            });
            setOnDragDropped(this::dropped);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                        && getItem() instanceof ZoneItem.Field f) {
                    model.startRename(f.column());
                }
            });
        }

        private void dragOver(DragEvent e) {
            List<String> columns = ColumnDrag.columns(e);
            if (getItem() == null || columns.isEmpty()) {
                return;
            }
            Optional<String> refusal = model.refusal(columns, getItem().role());
            pseudoClassStateChanged(DROP_OK, refusal.isEmpty());
            pseudoClassStateChanged(DROP_REFUSED, refusal.isPresent());
            model.dropHint.set(refusal.orElse(""));
            if (refusal.isEmpty()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        }

        private void dropped(DragEvent e) {
            List<String> columns = ColumnDrag.columns(e);
            ZoneItem item = getItem();
            if (item != null && !columns.isEmpty()) {
                boolean after = e.getY() > getHeight() / 2;
                String target = item instanceof ZoneItem.Field f ? f.column() : null;
                model.drop(columns, item.role(), target, after);
                e.setDropCompleted(true);
            }
            model.dropHint.set("");
            e.consume();
        }

        @Override
        protected void updateItem(ZoneItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setTooltip(null);
            pseudoClassStateChanged(HEADER, item instanceof ZoneItem.Header);
            pseudoClassStateChanged(EMPTY_ZONE, item instanceof ZoneItem.Empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            if (item instanceof ZoneItem.Header h) {
                Label title = wrapping(new Label(h.title()), "zone-title");
                Label hint = wrapping(new Label(h.hint()), "muted");
                hint.getStyleClass().add("zone-hint");
                VBox box = new VBox(0, title, hint);
                setGraphic(box);
                setId("zone-" + h.role().name().toLowerCase(Locale.ROOT));
                setAccessibleText(h.title() + " zone: " + h.hint());
            } else if (item instanceof ZoneItem.Empty x) {
                setGraphic(wrapping(new Label(x.text()), "zone-empty-text"));
                setId(null);
                setAccessibleText(x.text());
            } else if (item instanceof ZoneItem.Field f) {
                setGraphic(field(f));
                setId("field-" + f.column());
                setAccessibleText(f.role().zone() + ": " + f.label() + (f.type().isEmpty() ? "" : ", " + f.type())
                        + (f.note().isEmpty() ? "" : ". " + f.note()));
                if (!f.reason().isEmpty()) {
                    setTooltip(new Tooltip("Suggested because: " + f.reason()));
                }
            }
        }

        private VBox field(ZoneItem.Field f) {
            HBox row = new HBox(8);
            row.setAlignment(Pos.CENTER_LEFT);
            if (model.renaming.get().equals(f.column())) {
                row.getChildren().add(renameField(f));
            } else {
                Label name = wrapping(new Label(f.label()), "field-name");
                HBox.setHgrow(name, Priority.ALWAYS);
                name.setMaxWidth(Double.MAX_VALUE);
                row.getChildren().add(name);
            }
            if (!f.type().isEmpty()) {
                row.getChildren().add(typeButton(f));
            }
            VBox box = new VBox(2, row);
            if (f.role() == Role.ACTUAL) {
                box.getChildren().add(linkButton(f));
            } else if (!f.link().isEmpty()) {
                box.getChildren().add(wrapping(new Label(f.link()), "field-link"));
            }
            if (model.renaming.get().equals(f.column())) {
                Label problem = wrapping(new Label(), "field-error");
                problem.textProperty().bind(model.renameProblem);
                problem.visibleProperty().bind(model.renameProblem.isNotEmpty());
                problem.managedProperty().bind(problem.visibleProperty());
                box.getChildren().add(problem);
            }
            if (!f.note().isEmpty()) {
                Label note = wrapping(new Label(f.note()), "field-note");
                note.getStyleClass().add(severityClass(f.severity()));
                box.getChildren().add(note);
            }
            return box;
        }

        private TextField renameField(ZoneItem.Field f) {
            TextField edit = new TextField();
            edit.setId("rename-field");
            edit.textProperty().bindBidirectional(model.renameText);
            HBox.setHgrow(edit, Priority.ALWAYS);
            PseudoClass error = PseudoClass.getPseudoClass("error");
            edit.pseudoClassStateChanged(error, !model.renameProblem.get().isEmpty());
            javafx.beans.value.ChangeListener<String> marks = (o, was, now) -> edit.pseudoClassStateChanged(error,
                    !now.isEmpty());
            edit.getProperties().put("marks", marks); // held by the field: the weak listener lives as long as it
            model.renameProblem.addListener(new javafx.beans.value.WeakChangeListener<>(marks));
            edit.setOnAction(e -> {
                if (model.commitRename()) {
                    getListView().requestFocus();
                }
            });
            edit.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    model.cancelRename();
                    getListView().requestFocus();
                    e.consume();
                }
            });
            edit.focusedProperty().addListener((o, was, now) -> {
                // a field taken off the screen (the list made its lines again) decides nothing
                if (!now && edit.getScene() != null && model.renaming.get().equals(f.column())) {
                    if (!model.commitRename()) {
                        model.cancelRename(); // leaving the field keeps the old name rather than a refused one
                    }
                }
            });
            edit.sceneProperty().addListener((o, was, scene) -> {
                if (scene != null) {
                    edit.requestFocus();
                }
            });
            return edit;
        }

        private MenuButton typeButton(ZoneItem.Field f) {
            MenuButton button = new MenuButton(f.type());
            button.setId("type-" + f.column());
            button.getStyleClass().add("type-button");
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnShowing(e -> button.getItems().setAll(model.typeOptions(f.column()).stream().map(option -> {
                RadioMenuItem item = new RadioMenuItem(option.label());
                item.setSelected(option.current());
                item.setDisable(!option.fits());
                item.setOnAction(x -> model.retype(List.of(f.column()), option.schema()));
                return (MenuItem) item;
            }).toList()));
            button.getItems().add(new MenuItem("types")); // so the menu opens; replaced as it shows
            return button;
        }

        private MenuButton linkButton(ZoneItem.Field f) {
            MenuButton button = new MenuButton(f.link());
            button.setId("link-" + f.column());
            button.getStyleClass().add("link-button");
            button.setOnShowing(e -> {
                List<MenuItem> items = new java.util.ArrayList<>();
                for (String prediction : model.predictions()) {
                    MenuItem item = new MenuItem("grades " + prediction);
                    item.setOnAction(x -> model.link(f.column(), prediction));
                    items.add(item);
                }
                MenuItem none = new MenuItem(items.isEmpty() ? "no prediction to grade yet" : "grades no prediction");
                none.setOnAction(x -> model.link(f.column(), ""));
                items.add(none);
                button.getItems().setAll(items);
            });
            button.getItems().add(new MenuItem("predictions")); // so the menu opens; replaced as it shows
            return button;
        }
    }

    private static String severityClass(Severity severity) {
        return severity == null ? "ok" : severity.name().toLowerCase(Locale.ROOT);
    }

    private static Label wrapping(Label label, String styleClass) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
