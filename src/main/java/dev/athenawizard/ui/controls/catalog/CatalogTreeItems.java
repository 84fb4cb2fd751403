package dev.athenawizard.ui.controls.catalog;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.catalog.CachedDatabase;
import dev.athenawizard.core.athena.catalog.CachedTable;
import dev.athenawizard.core.athena.catalog.CatalogSnapshot;
import dev.athenawizard.core.athena.catalog.LoadState;
import dev.athenawizard.core.athena.catalog.TableColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * The catalog tree's items, kept in step with the catalog cache's snapshots: databases, their tables once listed,
 * a table's columns once read. Items are reused by name from one snapshot to the next, so what the user opened stays
 * open; a table's column rows are made only when it is opened (a database may have thousands of tables).
 */
final class CatalogTreeItems {
    private final TreeItem<CatalogNode> root = new TreeItem<>();
    private final Map<String, DatabaseItem> databases = new HashMap<>();
    private final Consumer<String> databaseOpened;
    private final BiConsumer<String, String> tableOpened;
    private CatalogSnapshot snapshot;
    private String filter = "";

    CatalogTreeItems(Consumer<String> databaseOpened, BiConsumer<String, String> tableOpened) {
        this.databaseOpened = databaseOpened;
        this.tableOpened = tableOpened;
        root.setExpanded(true);
    }

    TreeItem<CatalogNode> root() {
        return root;
    }

    void show(CatalogSnapshot next) {
        snapshot = next;
        refresh();
    }

    /** Shows only tables whose name contains {@code text} (any case), and the databases holding them. */
    void filter(String text) {
        filter = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        refresh();
    }

    DatabaseItem database(String name) {
        return databases.get(name.toLowerCase(Locale.ROOT));
    }

    private void refresh() {
        if (snapshot == null) {
            return;
        }
        List<TreeItem<CatalogNode>> shown = new ArrayList<>();
        if (snapshot.databasesState() == LoadState.FAILED) {
            shown.add(message(snapshot.failure().map(AthenaFailure::getMessage).orElse("The catalog could not be read."),
                    CatalogNode.Message.Kind.ERROR));
        } else if (snapshot.databasesState() != LoadState.LOADED) {
            shown.add(message("Loading databases…", CatalogNode.Message.Kind.LOADING));
        }
        Map<String, DatabaseItem> seen = new HashMap<>();
        for (CachedDatabase db : snapshot.databases()) {
            String key = db.name().toLowerCase(Locale.ROOT);
            DatabaseItem item = databases.computeIfAbsent(key, k -> new DatabaseItem());
            seen.put(key, item);
            item.update(db);
            if (filter.isEmpty() || db.name().toLowerCase(Locale.ROOT).contains(filter) || item.hasMatches()) {
                shown.add(item);
                if (!filter.isEmpty() && item.hasMatches()) {
                    item.setExpanded(true);
                }
            }
        }
        databases.keySet().retainAll(seen.keySet());
        if (shown.isEmpty() && snapshot.databasesState() == LoadState.LOADED) {
            shown.add(message(filter.isEmpty() ? "No databases" : "Nothing matches “" + filter + "”",
                    CatalogNode.Message.Kind.EMPTY));
        }
        if (!root.getChildren().equals(shown)) {
            root.getChildren().setAll(shown);
        }
    }

    private static TreeItem<CatalogNode> message(String text, CatalogNode.Message.Kind kind) {
        return new TreeItem<>(new CatalogNode.Message(text, kind));
    }

    private boolean matches(CachedTable t) {
        return filter.isEmpty() || t.name().toLowerCase(Locale.ROOT).contains(filter);
    }

    /** A database: its tables once listed, asked for when it is first opened. */
    final class DatabaseItem extends LazyItem {
        private final Map<String, TableItem> tables = new HashMap<>();
        private CachedDatabase database;
        private String builtFor = "";

        DatabaseItem() {
            expandedProperty().addListener((o, was, open) -> {
                if (open && database.tablesState() == LoadState.NOT_LOADED) {
                    databaseOpened.accept(database.name());
                }
            });
        }

        void update(CachedDatabase next) {
            if (database == next && builtFor.equals(filter)) {
                return;
            }
            database = next;
            setValue(new CatalogNode.Database(next));
            rebuild();
        }

        boolean hasMatches() {
            return !filter.isEmpty() && database.tableList().stream().anyMatch(CatalogTreeItems.this::matches);
        }

        @Override
        List<TreeItem<CatalogNode>> children() {
            builtFor = filter;
            List<TreeItem<CatalogNode>> children = new ArrayList<>();
            switch (database.tablesState()) {
                case NOT_LOADED, LOADING -> children.add(message("Loading tables…", CatalogNode.Message.Kind.LOADING));
                case FAILED -> children.add(message(database.failure().map(AthenaFailure::getMessage)
                        .orElse("The tables could not be listed."), CatalogNode.Message.Kind.ERROR));
                case LOADED -> tableItems(children);
            }
            return children;
        }

        private void tableItems(List<TreeItem<CatalogNode>> children) {
            database.listingFailure().ifPresent(f -> children.add(message("Athena could not list these tables at once "
                    + "(" + f.athenaMessage().orElse(f.getMessage()) + "), so each is read when opened.",
                    CatalogNode.Message.Kind.NOTE)));
            Map<String, TableItem> kept = new HashMap<>();
            for (CachedTable t : database.tableList()) {
                if (!matches(t)) {
                    continue;
                }
                String key = t.name().toLowerCase(Locale.ROOT);
                TableItem item = tables.getOrDefault(key, new TableItem());
                item.update(t);
                kept.put(key, item);
                children.add(item);
            }
            tables.clear();
            tables.putAll(kept);
            if (kept.isEmpty()) {
                children.add(message(filter.isEmpty() ? "No tables" : "No table matches “" + filter + "”",
                        CatalogNode.Message.Kind.EMPTY));
            }
        }

        TableItem table(String name) {
            getChildren();
            return tables.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A table: its columns once read; a broken table's reason in their place. */
    final class TableItem extends LazyItem {
        private CachedTable table;

        TableItem() {
            expandedProperty().addListener((o, was, open) -> {
                if (open && table.state() == CachedTable.State.NAME_ONLY) {
                    tableOpened.accept(table.database(), table.name());
                }
            });
        }

        void update(CachedTable next) {
            if (table == next) {
                return;
            }
            table = next;
            setValue(new CatalogNode.Table(next));
            rebuild();
        }

        @Override
        List<TreeItem<CatalogNode>> children() {
            List<TreeItem<CatalogNode>> children = new ArrayList<>();
            switch (table.state()) {
                case NAME_ONLY, LOADING -> children.add(message("Reading columns…", CatalogNode.Message.Kind.LOADING));
                case BROKEN -> children.add(message(table.failure().map(AthenaFailure::getMessage)
                        .orElse("Its definition cannot be read."), CatalogNode.Message.Kind.ERROR));
                case READ -> table.info().ifPresent(info -> {
                    for (TableColumn c : info.columns()) {
                        children.add(new TreeItem<>(new CatalogNode.Column(table, c, false)));
                    }
                    for (TableColumn c : info.partitionKeys()) {
                        children.add(new TreeItem<>(new CatalogNode.Column(table, c, true)));
                    }
                    if (children.isEmpty()) {
                        children.add(message("No columns", CatalogNode.Message.Kind.EMPTY));
                    }
                });
            }
            return children;
        }
    }

    /**
     * An item whose children are made when first shown, and made again when what it stands for changes — at once
     * if it is open, else when it next opens.
     */
    abstract static class LazyItem extends TreeItem<CatalogNode> {
        private boolean built;

        abstract List<TreeItem<CatalogNode>> children();

        void rebuild() {
            built = false;
            if (isExpanded()) {
                getChildren();
            }
        }

        @Override
        public boolean isLeaf() {
            return false; // a database or table always has something to show: tables, columns, or why not
        }

        @Override
        public ObservableList<TreeItem<CatalogNode>> getChildren() {
            if (!built) {
                built = true;
                super.getChildren().setAll(children());
            }
            return super.getChildren();
        }
    }
}
