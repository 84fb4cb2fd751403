package dev.athenawizard.ui.controls.results;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * One row of the grid on screen, reused for whichever row scrolls into its place. It holds text nodes for the
 * columns in view only — scrolling sideways through 50 columns never creates cells for the 40 out of sight — and
 * cuts a value that does not fit its column with "…".
 */
final class GridRow extends Region {
    private static final PseudoClass ODD = PseudoClass.getPseudoClass("odd");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final double PADDING = 6;

    private final List<CellText> texts = new ArrayList<>();
    private final Rectangle selectedCell = new Rectangle();
    private final TextFit fit;
    private int index = -1;

    GridRow(TextFit fit) {
        this.fit = fit;
        getStyleClass().add("result-row");
        selectedCell.getStyleClass().add("result-selected-cell");
        selectedCell.setManaged(false);
        selectedCell.setVisible(false);
        getChildren().add(selectedCell);
        setManaged(false);
    }

    int index() {
        return index;
    }

    /**
     * Shows row {@code rowIndex} ({@code values} null for none) with the columns that intersect
     * {@code [scrollX, scrollX + viewWidth)}; {@code selectedColumn} is the selected cell's column when this row
     * holds it, else -1.
     */
    void show(int rowIndex, List<String> values, GridColumns columns, double scrollX, double viewWidth,
            double height, int selectedColumn) {
        index = rowIndex;
        pseudoClassStateChanged(ODD, rowIndex % 2 == 1);
        pseudoClassStateChanged(SELECTED, selectedColumn >= 0);
        int used = 0;
        if (values != null) {
            int first = Math.max(0, columns.columnAt(scrollX));
            for (int c = first; c < columns.size() && columns.start(c) < scrollX + viewWidth; c++) {
                CellText text = text(used++);
                String value = values.get(c);
                ColumnShape shape = columns.shape(c);
                String display = value == null ? "NULL"
                        : ValueFormat.display(value, columns.column(c).type());
                double room = columns.width(c) - 2 * PADDING;
                text.show(c, value == null, shape.numeric(), fit.fit(display, room, text));
                double x = columns.start(c) - scrollX + PADDING;
                text.setLayoutX(shape.numeric() ? x + room - text.getLayoutBounds().getWidth() : x);
                text.setLayoutY(height / 2);
            }
        }
        for (int i = used; i < texts.size(); i++) {
            texts.get(i).setVisible(false);
        }
        boolean selected = values != null && selectedColumn >= 0;
        selectedCell.setVisible(selected);
        if (selected) {
            selectedCell.setX(columns.start(selectedColumn) - scrollX);
            selectedCell.setY(0);
            selectedCell.setWidth(columns.width(selectedColumn));
            selectedCell.setHeight(height);
        }
    }

    /** The text nodes showing values, for tests: each knows its column. */
    List<CellText> shownTexts() {
        return texts.stream().filter(Text::isVisible).toList();
    }

    private CellText text(int i) {
        if (i == texts.size()) {
            CellText text = new CellText();
            text.setFont(TextFit.CELL_FONT); // what the stylesheet sets; right for measuring before CSS has run
            text.setTextOrigin(VPos.CENTER);
            text.setManaged(false);
            texts.add(text);
            getChildren().add(text);
        }
        CellText text = texts.get(i);
        text.setVisible(true);
        return text;
    }

    /** A value on screen: styled {@code :null} for SQL NULL and {@code :numeric} for numbers. */
    static final class CellText extends Text {
        private static final PseudoClass NULL = PseudoClass.getPseudoClass("null");
        private static final PseudoClass NUMERIC = PseudoClass.getPseudoClass("numeric");
        private int column = -1;
        private boolean isNull;
        private boolean numeric;

        CellText() {
            getStyleClass().add("result-cell");
        }

        void show(int columnIndex, boolean sqlNull, boolean isNumeric, String text) {
            column = columnIndex;
            if (isNull != sqlNull) {
                isNull = sqlNull;
                pseudoClassStateChanged(NULL, sqlNull);
            }
            if (numeric != isNumeric) {
                numeric = isNumeric;
                pseudoClassStateChanged(NUMERIC, isNumeric);
            }
            setText(text);
        }

        int column() {
            return column;
        }

        boolean isNull() {
            return isNull;
        }
    }
}
