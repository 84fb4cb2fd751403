package dev.athenawizard.ui.controls.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The grid itself: headers, the rows in view, and scroll bars. Only the rows that fit the view exist (a few dozen
 * {@link GridRow}s, reused as it scrolls), each holding only the columns in view, so showing 10,000 × 50 values or
 * jumping to row 9,000 costs what one screenful costs. One cell is selected at a time (click, arrow keys).
 */
final class GridBody extends Region {
    static final double ROW_HEIGHT = 24;

    private final GridHeader header = new GridHeader(c -> layoutRows());
    private final Pane rowsPane = new Pane();
    private final Rectangle rowsClip = new Rectangle();
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private final List<GridRow> rows = new ArrayList<>();
    private final TextFit fit = new TextFit();
    private GridColumns columns = GridColumns.NONE;
    private List<List<String>> data = List.of();
    private int selectedRow = -1;
    private int selectedColumn = -1;

    GridBody() {
        getStyleClass().add("result-body");
        vertical.setOrientation(Orientation.VERTICAL);
        rowsPane.getStyleClass().add("result-rows");
        rowsPane.setClip(rowsClip);
        getChildren().addAll(header, rowsPane, vertical, horizontal);
        vertical.valueProperty().addListener((o, was, now) -> layoutRows());
        horizontal.valueProperty().addListener((o, was, now) -> {
            header.scrollTo(now.doubleValue());
            layoutRows();
        });
        setFocusTraversable(true);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        rowsPane.setOnMousePressed(e -> {
            int row = rowAt(e.getY());
            int column = columns.columnAt(e.getX() + horizontal.getValue());
            if (row >= 0 && row < data.size() && column >= 0) {
                select(row, column);
            }
            requestFocus();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    void show(GridColumns next, List<List<String>> rowsData) {
        columns = next;
        data = rowsData;
        selectedRow = -1;
        selectedColumn = -1;
        header.show(next);
        vertical.setValue(0);
        horizontal.setValue(0);
        requestLayout();
    }

    GridColumns columns() {
        return columns;
    }

    List<List<String>> data() {
        return data;
    }

    int selectedRow() {
        return selectedRow;
    }

    int selectedColumn() {
        return selectedColumn;
    }

    /** The rows on screen, for tests. */
    List<GridRow> rowsOnScreen() {
        return rows.stream().filter(r -> r.isVisible() && r.index() >= 0 && r.index() < data.size()).toList();
    }

    void scrollToRow(int index) {
        double viewHeight = rowsPane.getHeight();
        double y = index * ROW_HEIGHT;
        if (y < vertical.getValue()) {
            vertical.setValue(y);
        } else if (y + ROW_HEIGHT > vertical.getValue() + viewHeight) {
            vertical.setValue(Math.min(vertical.getMax(), y + ROW_HEIGHT - viewHeight));
        }
    }

    void select(int row, int column) {
        selectedRow = row;
        selectedColumn = column;
        scrollToRow(row);
        double left = columns.start(column);
        double right = left + columns.width(column);
        double viewWidth = rowsPane.getWidth();
        if (left < horizontal.getValue()) {
            horizontal.setValue(left);
        } else if (right > horizontal.getValue() + viewWidth) {
            horizontal.setValue(Math.min(horizontal.getMax(), right - viewWidth));
        }
        layoutRows();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double bar = vertical.prefWidth(-1);
        boolean needV = data.size() * ROW_HEIGHT > h - GridHeader.HEIGHT - bar;
        boolean needH = columns.totalWidth() > w - (needV ? bar : 0);
        double viewW = Math.max(0, w - (needV ? bar : 0));
        double viewH = Math.max(0, h - GridHeader.HEIGHT - (needH ? bar : 0));
        header.resizeRelocate(0, 0, viewW, GridHeader.HEIGHT);
        rowsPane.resizeRelocate(0, GridHeader.HEIGHT, viewW, viewH);
        rowsClip.setWidth(viewW);
        rowsClip.setHeight(viewH);
        vertical.setVisible(needV);
        horizontal.setVisible(needH);
        vertical.resizeRelocate(viewW, GridHeader.HEIGHT, bar, viewH);
        horizontal.resizeRelocate(0, GridHeader.HEIGHT + viewH, viewW, bar);
        vertical.setMax(Math.max(0, data.size() * ROW_HEIGHT - viewH));
        vertical.setVisibleAmount(viewH);
        vertical.setUnitIncrement(ROW_HEIGHT);
        vertical.setBlockIncrement(Math.max(ROW_HEIGHT, viewH - ROW_HEIGHT));
        horizontal.setMax(Math.max(0, columns.totalWidth() - viewW));
        horizontal.setVisibleAmount(viewW);
        horizontal.setUnitIncrement(40);
        horizontal.setBlockIncrement(Math.max(40, viewW - 40));
        layoutRows();
    }

    /** Puts the rows that the scroll position shows into the row nodes, making more nodes only if the view grew. */
    private void layoutRows() {
        double viewH = rowsPane.getHeight();
        double viewW = rowsPane.getWidth();
        int needed = (int) Math.ceil(viewH / ROW_HEIGHT) + 1;
        while (rows.size() < needed) {
            GridRow row = new GridRow(fit);
            rows.add(row);
            rowsPane.getChildren().add(row);
        }
        double scrollY = vertical.getValue();
        int first = (int) Math.floor(scrollY / ROW_HEIGHT);
        double offset = first * ROW_HEIGHT - scrollY;
        double scrollX = horizontal.getValue();
        double rowWidth = Math.min(viewW, Math.max(0, columns.totalWidth() - scrollX));
        for (int i = 0; i < rows.size(); i++) {
            GridRow row = rows.get(i);
            int index = first + i;
            boolean shown = i < needed && index < data.size();
            row.setVisible(shown);
            if (shown) {
                row.resizeRelocate(0, offset + i * ROW_HEIGHT, rowWidth, ROW_HEIGHT);
                row.show(index, data.get(index), columns, scrollX, viewW, ROW_HEIGHT,
                        index == selectedRow ? selectedColumn : -1);
            }
        }
    }

    private int rowAt(double y) {
        return (int) Math.floor((y + vertical.getValue()) / ROW_HEIGHT);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0 && !e.isShiftDown()) {
            vertical.setValue(clamp(vertical.getValue() - e.getDeltaY(), vertical.getMax()));
        }
        double dx = e.getDeltaX() != 0 ? e.getDeltaX() : e.isShiftDown() ? e.getDeltaY() : 0;
        if (dx != 0) {
            horizontal.setValue(clamp(horizontal.getValue() - dx, horizontal.getMax()));
        }
        e.consume();
    }

    private void key(KeyEvent e) {
        if (data.isEmpty() || columns.size() == 0 || e.isShortcutDown()) {
            return;
        }
        int page = Math.max(1, (int) (rowsPane.getHeight() / ROW_HEIGHT) - 1);
        IntBinaryOperator move = (dr, dc) -> {
            int r = Math.max(0, Math.min(data.size() - 1, Math.max(0, selectedRow) + dr));
            int c = Math.max(0, Math.min(columns.size() - 1, Math.max(0, selectedColumn) + dc));
            select(r, c);
            return 0;
        };
        switch (e.getCode()) {
            case UP -> move.applyAsInt(-1, 0);
            case DOWN -> move.applyAsInt(1, 0);
            case LEFT -> move.applyAsInt(0, -1);
            case RIGHT -> move.applyAsInt(0, 1);
            case PAGE_UP -> move.applyAsInt(-page, 0);
            case PAGE_DOWN -> move.applyAsInt(page, 0);
            case HOME -> move.applyAsInt(0, -columns.size());
            case END -> move.applyAsInt(0, columns.size());
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }
}
