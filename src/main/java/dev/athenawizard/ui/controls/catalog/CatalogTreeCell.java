package dev.athenawizard.ui.controls.catalog;

import dev.athenawizard.core.athena.catalog.CachedTable;
import dev.athenawizard.core.athena.catalog.LoadState;
import dev.athenawizard.ui.controls.sql.SqlNameDrag;
import java.util.Optional;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * One row of the catalog tree: an icon-like badge, the name, and a muted detail (a column's type, "unreadable" for a
 * broken table). Messages (a failure's reason, a note) wrap to the tree's width instead of being cut off. Tables and
 * columns can be dragged into the SQL editor.
 */
final class CatalogTreeCell extends TreeCell<CatalogNode> {
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass MUTED = PseudoClass.getPseudoClass("muted");
    /** Modena's tree indents each level about this much (disclosure arrow and padding). */
    private static final double INDENT_PER_LEVEL = 18;
    /** Room for the tree's own padding and a vertical scroll bar. */
    private static final double EDGE = 40;

    private final Label badge = new Label();
    private final Label name = new Label();
    private final Label detail = new Label();
    private final HBox row = new HBox(6, badge, name, detail);
    private final Label message = new WrappingLabel();
    private final TreeView<CatalogNode> tree;

    private final Function<CachedTable, ContextMenu> tableMenu;

    CatalogTreeCell(TreeView<CatalogNode> tree, Function<CatalogNode, Optional<String>> sqlText,
            Function<CachedTable, ContextMenu> tableMenu) {
        this.tableMenu = tableMenu;
        getStyleClass().add("catalog-cell");
        badge.getStyleClass().add("catalog-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.setAlignment(Pos.CENTER);
        name.getStyleClass().add("catalog-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        detail.getStyleClass().add("catalog-detail");
        detail.setMinWidth(Region.USE_PREF_SIZE);
        row.setAlignment(Pos.CENTER_LEFT);
        message.getStyleClass().add("catalog-message");
        message.setWrapText(true);
        this.tree = tree;
        setOnDragDetected(e -> {
            CatalogNode node = getItem();
            if (node != null) {
                sqlText.apply(node).ifPresent(text -> {
                    startDragAndDrop(TransferMode.COPY).setContent(SqlNameDrag.content(text));
                    e.consume();
                });
            }
        });
    }

    @Override
    protected void updateItem(CatalogNode item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(BROKEN, false);
        pseudoClassStateChanged(ERROR, false);
        pseudoClassStateChanged(MUTED, false);
        setText(null);
        setTooltip(null);
        setContextMenu(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        if (item instanceof CatalogNode.Database d) {
            show("db", d.name(), d.database().tablesState() == LoadState.LOADED
                    ? count(d.database().tables().size(), "table") : "");
        } else if (item instanceof CatalogNode.Table t) {
            table(t.table());
            setContextMenu(tableMenu.apply(t.table()));
        } else if (item instanceof CatalogNode.Column c) {
            show(c.partitionKey() ? "key" : "col", c.name(), c.column().type()
                    + (c.partitionKey() ? " · partition" : ""));
            if (!c.column().comment().isEmpty()) {
                setTooltip(new Tooltip(c.column().comment()));
            }
        } else if (item instanceof CatalogNode.Message m) {
            message.setText(m.name());
            // wraps within what the tree shows right of this row's indentation, so nothing is cut off
            int level = tree.getTreeItemLevel(getTreeItem());
            message.maxWidthProperty().bind(tree.widthProperty().subtract(INDENT_PER_LEVEL * level + EDGE));
            message.prefWidthProperty().bind(message.maxWidthProperty());
            pseudoClassStateChanged(ERROR, m.kind() == CatalogNode.Message.Kind.ERROR);
            pseudoClassStateChanged(MUTED, m.kind() != CatalogNode.Message.Kind.ERROR);
            setGraphic(message);
        }
    }

    private void table(CachedTable t) {
        boolean broken = t.state() == CachedTable.State.BROKEN;
        String kind = t.info().map(i -> i.isView() ? "view" : "tbl").orElse("tbl");
        String info = t.state() == CachedTable.State.BROKEN ? "unreadable" : ""; // its columns show when opened
        show(broken ? "⚠" : kind, t.name(), info);
        pseudoClassStateChanged(BROKEN, broken);
        t.failure().ifPresent(f -> setTooltip(new Tooltip(f.getMessage())));
    }

    private void show(String badgeText, String nameText, String detailText) {
        badge.setText(badgeText);
        name.setText(nameText);
        detail.setText(detailText);
        detail.setVisible(!detailText.isEmpty());
        detail.setManaged(!detailText.isEmpty());
        setGraphic(row);
    }

    /**
     * A wrapping label that gives its height for the width it will really have: the cell asks for the height at the
     * cell's width, but the label is narrower (the row's indentation), and would be cut off with "…".
     */
    private static final class WrappingLabel extends Label {
        @Override
        protected double computePrefHeight(double width) {
            double max = getMaxWidth();
            return super.computePrefHeight(width < 0 || max <= 0 ? max : Math.min(width, max));
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
