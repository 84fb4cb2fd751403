package dev.athenawizard.ui.controls.results;

import dev.athenawizard.core.athena.query.ResultColumn;
import dev.athenawizard.core.athena.query.ResultTable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

/**
 * Query results as a grid: each column headed by its name and Athena type (an array column whose values all have
 * one length says so: {@code array[768]}), SQL NULL shown as {@code NULL} in its own style (apart from the text
 * "NULL"), arrays and maps shortened with their size ({@code [0.12, -0.03, … ] (768)}), numbers right-aligned.
 *
 * <p>A virtual grid rather than a {@code TableView}: a TableView makes a cell for every column of every visible row
 * (1,550 for 50 columns), which is what makes 10,000 × 50 slow to show and scroll; here only the values in view
 * exist. See {@code ResultGridBenchmark}. Columns resize by dragging a header's right edge.
 *
 * <p>Click or arrow keys select a cell. Ctrl+C copies its value, Ctrl+Shift+C its row (tab-separated); the context
 * menu has both and the column name. Copies hold the full value in Athena's notation, a NULL as nothing. Use on the
 * FX thread.
 *
 * <pre>{@code
 * ResultStatus status = new ResultStatus();
 * ResultGrid grid = new ResultGrid();
 * VBox preview = new VBox(new ResultStatusLine(status), grid);
 * status.succeeded(table.rows().size(), table.hasMore(), OptionalInt.of(100), result.statistics());
 * grid.show(table);
 * }</pre>
 */
public final class ResultGrid extends StackPane {
    static final String STYLESHEET = Objects.requireNonNull(
            ResultGrid.class.getResource("/dev/athenawizard/ui/controls/results/results.css"), "results.css")
            .toExternalForm();

    private final GridBody body = new GridBody();
    private final Label placeholder = new Label("No rows yet");

    public ResultGrid() {
        getStyleClass().add("result-grid");
        getStylesheets().add(STYLESHEET);
        body.setId("result-grid-body");
        placeholder.getStyleClass().add("result-placeholder");
        placeholder.setWrapText(true);
        placeholder.setMouseTransparent(true);
        getChildren().addAll(body, placeholder);
        body.setOnContextMenuRequested(e -> {
            contextMenu().show(body, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        body.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.C && e.isShortcutDown()) {
                if (e.isShiftDown()) {
                    copySelectedRow();
                } else {
                    copySelectedCell();
                }
                e.consume();
            }
        });
    }

    /** Shows a preview's rows. */
    public void show(ResultTable result) {
        show(result.columns(), result.rows());
    }

    /**
     * Shows {@code rows} (each a list of values in Athena's text notation, null for SQL NULL) under {@code columns}.
     * The rows are shown as given, not copied.
     */
    public void show(List<ResultColumn> columns, List<List<String>> rows) {
        body.show(GridColumns.of(columns, rows), rows);
        placeholder.setText("The query returned no rows");
        placeholder.setVisible(rows.isEmpty());
    }

    /** Empties the grid, e.g. when the query it showed has changed; {@code why} says so in its place. */
    public void clear(String why) {
        body.show(GridColumns.NONE, List.of());
        placeholder.setText(why);
        placeholder.setVisible(true);
    }

    public List<ResultColumn> columns() {
        return body.columns().columns();
    }

    public int rowCount() {
        return body.data().size();
    }

    /** Brings row {@code index} (0-based) into view. */
    public void scrollToRow(int index) {
        body.scrollToRow(index);
    }

    /** Selects a cell (0-based row and column) and brings it into view. */
    public void select(int row, int column) {
        body.select(row, column);
    }

    /** Copies the selected cell's full value; a NULL copies as nothing. */
    public void copySelectedCell() {
        if (hasSelection()) {
            put(Objects.requireNonNullElse(body.data().get(body.selectedRow()).get(body.selectedColumn()), ""));
        }
    }

    /** Copies the selected cell's row, values separated by tabs, NULLs empty. */
    public void copySelectedRow() {
        if (hasSelection()) {
            put(body.data().get(body.selectedRow()).stream().map(v -> v == null ? "" : v)
                    .collect(Collectors.joining("\t")));
        }
    }

    GridBody body() {
        return body;
    }

    private boolean hasSelection() {
        return body.selectedRow() >= 0 && body.selectedRow() < body.data().size() && body.selectedColumn() >= 0;
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
        name.setOnAction(e -> {
            if (hasSelection()) {
                put(body.columns().column(body.selectedColumn()).name());
            }
        });
        boolean none = !hasSelection();
        cell.setDisable(none);
        row.setDisable(none);
        name.setDisable(none);
        return new ContextMenu(cell, row, name);
    }
}
