package dev.athenawizard.ui.controls;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns to their longest header or value, so no value is cut to "…" while there is room; when the
 * table is narrower than its columns, it scrolls sideways instead.
 */
public final class TableColumns {
    /** Cell padding and the header's sort arrow, on top of the text itself. */
    private static final double PADDING = 22;
    /** Enough rows to see every length that matters without measuring thousands. */
    private static final int ROWS_MEASURED = 200;

    private TableColumns() {
    }

    /** Measures now and whenever the rows change. */
    public static <S> void fitToContent(TableView<S> table) {
        table.getItems().addListener((javafx.collections.ListChangeListener<S>) c -> fit(table));
        fit(table);
    }

    private static <S> void fit(TableView<S> table) {
        // Bold: the header's font, and the recommended row's; a bold width is never too narrow for regular text.
        Font font = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13);
        for (TableColumn<S, ?> column : table.getColumns()) {
            double widest = width(column.getText(), font);
            int rows = Math.min(table.getItems().size(), ROWS_MEASURED);
            for (int i = 0; i < rows; i++) {
                Object value = column.getCellData(i);
                widest = Math.max(widest, width(value == null ? "" : value.toString(), font));
            }
            column.setPrefWidth(Math.ceil(widest + PADDING));
            column.setMinWidth(Math.ceil(width(column.getText(), font) + PADDING));
        }
    }

    private static double width(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
