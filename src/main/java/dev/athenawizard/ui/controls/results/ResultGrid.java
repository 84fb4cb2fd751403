package dev.athenawizard.ui.controls.results;

import dev.athenawizard.core.athena.query.ResultColumn;
import dev.athenawizard.core.athena.query.ResultTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * Query results as a table: each column headed by its name and Athena type, SQL NULL shown as {@code NULL} (styled
 * apart from the text "NULL"), arrays and maps shortened with their size ({@code [0.12, -0.03, … ] (768)}), numbers
 * right-aligned. Virtualized in both directions (fixed row height, so only the cells on screen exist), which keeps
 * 10,000 rows × 50 columns quick to show and scroll; see {@code ResultGridBenchmark}.
 *
 * <p>Ctrl+C copies the selected cell's value, Ctrl+Shift+C its row (tab-separated); the context menu has both and the
 * column name. Copies hold the full value in Athena's notation, a NULL as nothing. Use on the FX thread.
 *
 * <pre>{@code
 * ResultStatus status = new ResultStatus();
 * ResultGrid grid = new ResultGrid();
 * VBox preview = new VBox(new ResultStatusLine(status), grid);
 * status.succeeded(table.rows().size(), table.hasMore(), OptionalInt.of(100), result.statistics());
 * grid.show(table);
 * }</pre>
 */
public final class ResultGrid extends BorderPane {
    static final String STYLESHEET = Objects.requireNonNull(
            ResultGrid.class.getResource("/dev/athenawizard/ui/controls/results/results.css"), "results.css")
            .toExternalForm();
    /** Row height: fixed, which lets the table create cells for visible rows and columns only. */
    static final double ROW_HEIGHT = 24;

    private final TableView<List<String>> table = new TableView<>();
    private final Label placeholder = new Label("No rows yet");
    private List<ResultColumn> columns = List.of();

    public ResultGrid() {
        getStyleClass().add("result-grid");
        getStylesheets().add(STYLESHEET);
        table.setId("result-table");
        table.setFixedCellSize(ROW_HEIGHT);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        placeholder.getStyleClass().add("result-placeholder");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setContextMenu(contextMenu());
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.C && e.isShortcutDown()) {
                if (e.isShiftDown()) {
                    copySelectedRow();
                } else {
                    copySelectedCell();
                }
                e.consume();
            }
        });
        setCenter(table);
    }

    /** Shows a preview's rows. */
    public void show(ResultTable result) {
        show(result.columns(), result.rows());
    }

    /**
     * Shows {@code rows} (each a list of values in Athena's text notation, null for SQL NULL) under {@code columns}.
     * The rows are shown as given, not copied.
     */
    public void show(List<ResultColumn> resultColumns, List<List<String>> rows) {
        columns = List.copyOf(resultColumns);
        List<TableColumn<List<String>, String>> made = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            made.add(column(columns.get(i), i, rows));
        }
        table.getItems().clear();
        table.getColumns().setAll(made);
        table.setItems(FXCollections.observableList(rows));
        placeholder.setText(columns.isEmpty() ? "No rows yet" : "The query returned no rows");
    }

    /** Empties the table, e.g. when the query it showed has changed; {@code why} says so in its place. */
    public void clear(String why) {
        columns = List.of();
        table.getColumns().clear();
        table.setItems(FXCollections.observableArrayList());
        placeholder.setText(why);
    }

    public List<ResultColumn> columns() {
        return columns;
    }

    public int rowCount() {
        return table.getItems().size();
    }

    /** Brings row {@code index} (0-based) into view. */
    public void scrollToRow(int index) {
        table.scrollTo(index);
    }

    /** Copies the selected cell's full value; a NULL copies as nothing. */
    public void copySelectedCell() {
        selected().ifPresent(p -> put(Objects.requireNonNullElse(value(p.getRow(), p.getColumn()), "")));
    }

    /** Copies the selected cell's row, values separated by tabs, NULLs empty. */
    public void copySelectedRow() {
        selected().ifPresent(p -> put(table.getItems().get(p.getRow()).stream()
                .map(v -> v == null ? "" : v).collect(Collectors.joining("\t"))));
    }

    TableView<List<String>> tableView() {
        return table;
    }

    /** The selected cell (single-cell selection: the focused one, while anything is selected). */
    private Optional<TablePosition<List<String>, ?>> selected() {
        TablePosition<List<String>, ?> focused = table.getFocusModel().getFocusedCell();
        boolean any = !table.getSelectionModel().isEmpty();
        return any && focused != null && focused.getRow() >= 0 && focused.getColumn() >= 0
                ? Optional.of(focused) : Optional.empty();
    }

    private String value(int row, int visibleColumn) {
        TableColumn<List<String>, ?> column = table.getVisibleLeafColumn(visibleColumn);
        int index = (Integer) column.getUserData();
        return table.getItems().get(row).get(index);
    }

    private static void put(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private ContextMenu contextMenu() {
        MenuItem cell = new MenuItem("Copy cell");
        cell.setAccelerator(KeyCombination.keyCombination("Shortcut+C"));
        cell.setOnAction(e -> copySelectedCell());
        MenuItem row = new MenuItem("Copy row");
        row.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        row.setOnAction(e -> copySelectedRow());
        MenuItem name = new MenuItem("Copy column name");
        name.setOnAction(e -> selected().ifPresent(p -> put(columns.get(
                (Integer) table.getVisibleLeafColumn(p.getColumn()).getUserData()).name())));
        return new ContextMenu(cell, row, name);
    }

    private static TableColumn<List<String>, String> column(ResultColumn column, int index, List<List<String>> rows) {
        ColumnShape shape = ColumnShape.of(column, index, rows);
        TableColumn<List<String>, String> c = new TableColumn<>();
        c.setUserData(index);
        c.setSortable(false);
        c.setPrefWidth(shape.width());
        Label name = new Label(shape.name());
        name.getStyleClass().add("result-column-name");
        Label type = new Label(shape.typeLabel());
        type.getStyleClass().add("result-column-type");
        VBox header = new VBox(name, type);
        header.getStyleClass().add("result-column-header");
        c.setGraphic(header);
        c.setCellValueFactory(row -> new Value(row.getValue().get(index)));
        c.setCellFactory(col -> new ResultCell(column.type(), shape.numeric()));
        return c;
    }

    /** A cell's value: fixed, so it needs no listeners or property machinery. */
    private record Value(String value) implements ObservableValue<String> {
        @Override
        public String getValue() {
            return value;
        }

        @Override
        public void addListener(ChangeListener<? super String> listener) {
        }

        @Override
        public void removeListener(ChangeListener<? super String> listener) {
        }

        @Override
        public void addListener(InvalidationListener listener) {
        }

        @Override
        public void removeListener(InvalidationListener listener) {
        }
    }
}
