package dev.athenawizard.ui.controls.results;

import dev.athenawizard.core.athena.query.ResultColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The grid's columns: each one's shape (name, type label, numeric?) and its current width and left edge. */
final class GridColumns {
    static final double MIN_WIDTH = 40;
    static final GridColumns NONE = new GridColumns(List.of(), List.of());

    private final List<ResultColumn> columns;
    private final List<ColumnShape> shapes;
    private final double[] widths;
    private final double[] starts;

    private GridColumns(List<ResultColumn> columns, List<ColumnShape> shapes) {
        this.columns = List.copyOf(columns);
        this.shapes = List.copyOf(shapes);
        this.widths = shapes.stream().mapToDouble(ColumnShape::width).toArray();
        this.starts = new double[widths.length + 1];
        recompute();
    }

    static GridColumns of(List<ResultColumn> columns, List<List<String>> rows) {
        List<ColumnShape> shapes = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            shapes.add(ColumnShape.of(columns.get(i), i, rows));
        }
        return new GridColumns(columns, shapes);
    }

    int size() {
        return widths.length;
    }

    ResultColumn column(int i) {
        return columns.get(i);
    }

    List<ResultColumn> columns() {
        return columns;
    }

    ColumnShape shape(int i) {
        return shapes.get(i);
    }

    double start(int i) {
        return starts[i];
    }

    double width(int i) {
        return widths[i];
    }

    double totalWidth() {
        return starts[widths.length];
    }

    void resize(int i, double width) {
        widths[i] = Math.max(MIN_WIDTH, width);
        recompute();
    }

    /** The column at {@code x} (in content coordinates), or -1 past the last one. */
    int columnAt(double x) {
        if (x < 0 || x >= totalWidth()) {
            return -1;
        }
        int i = Arrays.binarySearch(starts, x);
        return i >= 0 ? Math.min(i, widths.length - 1) : -i - 2;
    }

    private void recompute() {
        for (int i = 0; i < widths.length; i++) {
            starts[i + 1] = starts[i] + widths[i];
        }
    }
}
