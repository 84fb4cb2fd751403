package dev.athenawizard.ui.controls.catalog;

import dev.athenawizard.core.athena.catalog.CachedTable;
import dev.athenawizard.core.athena.catalog.CatalogCache;
import dev.athenawizard.core.athena.catalog.CatalogSnapshot;
import dev.athenawizard.core.sql.completion.SqlIdentifiers;
import dev.athenawizard.ui.controls.sql.CatalogWatch;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The catalog beside the SQL editor: databases → tables → columns with their types, loaded through a
 * {@link CatalogCache} as nodes open, never all at once. A table that cannot be read shows as unreadable with its
 * reason, beside the others. A filter box narrows the tables by name.
 *
 * <p>Double-click (or Enter) on a table or column fires {@link CatalogTreeEvent#INSERT_NAME} with its SQL text; tables
 * and columns can also be dragged into the {@code SqlEditor}. A table's context menu has "Preview table", firing
 * {@link CatalogTreeEvent#PREVIEW_TABLE}. Use on the FX thread; it listens to the cache only while on screen.
 *
 * <pre>{@code
 * CatalogTree tree = new CatalogTree();
 * tree.setCatalog(catalogCache);
 * tree.defaultDatabaseProperty().bind(editor.defaultDatabaseProperty());
 * tree.setOnInsertName(e -> editor.insertAtCaret(e.sqlText()));
 * tree.setOnPreviewTable(e -> preview.table(e.database(), e.table()));
 * }</pre>
 */
public final class CatalogTree extends VBox {
    static final String STYLESHEET = Objects.requireNonNull(
            CatalogTree.class.getResource("/dev/athenawizard/ui/controls/catalog/catalog-tree.css"), "catalog-tree.css")
            .toExternalForm();

    private final ObjectProperty<CatalogCache> catalog = new SimpleObjectProperty<>(this, "catalog");
    private final StringProperty defaultDatabase = new SimpleStringProperty(this, "defaultDatabase", "");
    private final ObjectProperty<EventHandler<CatalogTreeEvent>> onInsertName = new SimpleObjectProperty<>();
    private final ObjectProperty<EventHandler<CatalogTreeEvent>> onPreviewTable = new SimpleObjectProperty<>();
    private final TextField filter = new TextField();
    private final TreeView<CatalogNode> tree = new TreeView<>();
    private final CatalogTreeItems items;
    private String pendingExpansion;

    public CatalogTree() {
        getStyleClass().add("catalog-tree");
        getStylesheets().add(STYLESHEET);
        items = new CatalogTreeItems(db -> withCache(c -> c.loadTables(db)),
                (db, table) -> withCache(c -> c.loadColumns(db, table)));
        filter.setId("catalog-filter");
        filter.setPromptText("Filter tables…");
        filter.textProperty().addListener((o, was, now) -> items.filter(now));
        Button refresh = new Button("Refresh");
        refresh.setId("catalog-refresh");
        refresh.setMinWidth(Button.USE_PREF_SIZE);
        refresh.setOnAction(e -> withCache(CatalogCache::refresh));
        HBox top = new HBox(6, filter, refresh);
        top.getStyleClass().add("catalog-tree-top");
        HBox.setHgrow(filter, Priority.ALWAYS);
        tree.setId("catalog-tree-view");
        tree.setRoot(items.root());
        tree.setShowRoot(false);
        tree.setCellFactory(view -> {
            CatalogTreeCell cell = new CatalogTreeCell(view, this::sqlText, this::menuFor);
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && cell.getItem() != null) {
                    insert(cell.getItem());
                }
            });
            return cell;
        });
        tree.setOnKeyPressed(e -> {
            TreeItem<CatalogNode> selected = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                insert(selected.getValue());
                e.consume();
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(top, tree);
        catalog.addListener((o, was, now) -> catalogChanged());
        new CatalogWatch(this, catalog, this::show);
        addEventHandler(CatalogTreeEvent.INSERT_NAME, e -> handle(onInsertName, e));
        addEventHandler(CatalogTreeEvent.PREVIEW_TABLE, e -> handle(onPreviewTable, e));
    }

    public ObjectProperty<CatalogCache> catalogProperty() {
        return catalog;
    }

    /** Shows this catalog; its databases are listed now, tables and columns as nodes open. */
    public void setCatalog(CatalogCache cache) {
        catalog.set(cache);
    }

    /** Tables of this database are inserted without the database name. */
    public StringProperty defaultDatabaseProperty() {
        return defaultDatabase;
    }

    /** The filter box's text. */
    public StringProperty filterProperty() {
        return filter.textProperty();
    }

    /** Opens a database (listing its tables if needed) and scrolls to it — now, or once the catalog lists it. */
    public void expandDatabase(String database) {
        CatalogTreeItems.DatabaseItem item = items.database(database);
        if (item == null) {
            pendingExpansion = database;
            return;
        }
        pendingExpansion = null;
        item.setExpanded(true);
        tree.scrollTo(Math.max(0, tree.getRow(item)));
    }

    /**
     * Opens a table of an open, listed database (reading its columns if needed) and selects it, e.g. to show the
     * table a query reads; does nothing if the table is not in the tree yet.
     */
    public void revealTable(String database, String table) {
        CatalogTreeItems.DatabaseItem db = items.database(database);
        CatalogTreeItems.TableItem item = db == null ? null : db.table(table);
        if (item != null) {
            db.setExpanded(true);
            item.setExpanded(true);
            tree.getSelectionModel().select(item);
            tree.scrollTo(Math.max(0, tree.getRow(item)));
        }
    }

    public void setOnInsertName(EventHandler<CatalogTreeEvent> handler) {
        onInsertName.set(handler);
    }

    public void setOnPreviewTable(EventHandler<CatalogTreeEvent> handler) {
        onPreviewTable.set(handler);
    }

    TreeView<CatalogNode> treeView() {
        return tree;
    }

    private void insert(CatalogNode node) {
        sqlText(node).ifPresent(text -> fireEvent(new CatalogTreeEvent(CatalogTreeEvent.INSERT_NAME,
                databaseOf(node), tableOf(node), text)));
    }

    /** A table as {@code table} in the default database, else {@code database.table}; a column by its name. */
    private Optional<String> sqlText(CatalogNode node) {
        if (node instanceof CatalogNode.Table t) {
            return Optional.of(tableText(t.table()));
        }
        if (node instanceof CatalogNode.Column c) {
            return Optional.of(SqlIdentifiers.quoteIfNeeded(c.name()));
        }
        if (node instanceof CatalogNode.Database d) {
            return Optional.of(SqlIdentifiers.quoteIfNeeded(d.name()));
        }
        return Optional.empty();
    }

    private String tableText(CachedTable t) {
        String table = SqlIdentifiers.quoteIfNeeded(t.name());
        return t.database().equalsIgnoreCase(defaultDatabase.get()) ? table
                : SqlIdentifiers.quoteIfNeeded(t.database()) + "." + table;
    }

    private ContextMenu menuFor(CachedTable t) {
        MenuItem preview = new MenuItem("Preview table");
        preview.setId("catalog-preview-table");
        preview.setDisable(t.state() == CachedTable.State.BROKEN);
        preview.setOnAction(e -> fireEvent(new CatalogTreeEvent(CatalogTreeEvent.PREVIEW_TABLE, t.database(),
                t.name(), tableText(t))));
        MenuItem insert = new MenuItem("Insert name");
        insert.setOnAction(e -> fireEvent(new CatalogTreeEvent(CatalogTreeEvent.INSERT_NAME, t.database(), t.name(),
                tableText(t))));
        MenuItem copy = new MenuItem("Copy name");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(tableText(t));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        return new ContextMenu(preview, insert, copy);
    }

    private static String databaseOf(CatalogNode node) {
        if (node instanceof CatalogNode.Table t) {
            return t.table().database();
        }
        if (node instanceof CatalogNode.Column c) {
            return c.table().database();
        }
        return node instanceof CatalogNode.Database d ? d.name() : "";
    }

    private static String tableOf(CatalogNode node) {
        if (node instanceof CatalogNode.Table t) {
            return t.name();
        }
        return node instanceof CatalogNode.Column c ? c.table().name() : "";
    }

    private void show(CatalogSnapshot snapshot) {
        items.show(snapshot);
        if (pendingExpansion != null && items.database(pendingExpansion) != null) {
            expandDatabase(pendingExpansion);
        }
    }

    private void handle(ObjectProperty<EventHandler<CatalogTreeEvent>> handler, CatalogTreeEvent e) {
        if (handler.get() != null) {
            handler.get().handle(e);
        }
    }

    private void withCache(java.util.function.Consumer<CatalogCache> action) {
        CatalogCache cache = catalog.get();
        if (cache != null) {
            action.accept(cache);
        }
    }

    /** A new catalog is shown from scratch and its databases listed. */
    private void catalogChanged() {
        CatalogCache cache = catalog.get();
        show(cache == null ? CatalogSnapshot.empty("") : cache.snapshot());
        if (cache != null) {
            cache.loadDatabases();
        }
    }
}
