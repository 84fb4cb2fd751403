package dev.athenawizard.ui.controls.results;

import java.util.function.IntConsumer;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The grid's column headers: each column's name over its Athena type. Dragging a header's right edge resizes the
 * column. Scrolls sideways with the rows.
 */
final class GridHeader extends Region {
    static final double HEIGHT = 42;
    private static final double GRIP = 5;

    private final Pane strip = new Pane();
    private final Rectangle clip = new Rectangle();
    private GridColumns columns = GridColumns.NONE;
    private double scrollX;
    private int resizing = -1;
    private double resizeFrom;
    private double widthFrom;
    private final IntConsumer resized;

    GridHeader(IntConsumer resized) {
        this.resized = resized;
        getStyleClass().add("result-header");
        strip.setManaged(false);
        getChildren().add(strip);
        setClip(clip);
        setOnMouseMoved(e -> setCursor(edgeAt(e.getX()) >= 0 ? Cursor.H_RESIZE : Cursor.DEFAULT));
        setOnMousePressed(this::pressed);
        setOnMouseDragged(e -> {
            if (resizing >= 0) {
                columns.resize(resizing, widthFrom + e.getX() - resizeFrom);
                resized.accept(resizing);
            }
        });
        setOnMouseReleased(e -> resizing = -1);
    }

    void show(GridColumns next) {
        columns = next;
        strip.getChildren().clear();
        for (int i = 0; i < next.size(); i++) {
            strip.getChildren().add(new HeaderCell(next.shape(i)));
        }
        requestLayout();
    }

    void scrollTo(double x) {
        scrollX = x;
        strip.setLayoutX(-x);
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT;
    }

    @Override
    protected void layoutChildren() {
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        for (int i = 0; i < strip.getChildren().size(); i++) {
            HeaderCell cell = (HeaderCell) strip.getChildren().get(i);
            cell.resizeRelocate(columns.start(i), 0, columns.width(i), HEIGHT);
        }
        strip.setLayoutX(-scrollX);
    }

    private void pressed(MouseEvent e) {
        resizing = edgeAt(e.getX());
        if (resizing >= 0) {
            resizeFrom = e.getX();
            widthFrom = columns.width(resizing);
            e.consume();
        }
    }

    /**
     * One column's header: name over type, as plain text nodes (a few dozen Labels with their skins cost more to
     * style and lay out than the rows of a screenful); cut with "…" when the column is narrower than they are.
     */
    private static final class HeaderCell extends Region {
        private final Text name = new Text();
        private final Text type = new Text();
        private final ColumnShape shape;
        private final TextFit fit = new TextFit();

        HeaderCell(ColumnShape shape) {
            this.shape = shape;
            getStyleClass().add("result-column-header");
            name.getStyleClass().add("result-column-name");
            type.getStyleClass().add("result-column-type");
            name.setTextOrigin(VPos.TOP);
            type.setTextOrigin(VPos.TOP);
            name.setManaged(false);
            type.setManaged(false);
            getChildren().addAll(name, type);
            setManaged(false);
        }

        @Override
        protected void layoutChildren() {
            double room = getWidth() - 2 * GridRow.PADDING;
            name.setText(fit.fit(shape.name(), room, name));
            type.setText(fit.fit(shape.typeLabel(), room, type));
            place(name, 4, room);
            place(type, 22, room);
        }

        private void place(Text text, double y, double room) {
            double x = GridRow.PADDING + (shape.numeric() ? room - text.getLayoutBounds().getWidth() : 0);
            text.relocate(x, y);
        }
    }

    /** The column whose right edge is under {@code x}, or -1. */
    private int edgeAt(double x) {
        double content = x + scrollX;
        int c = columns.columnAt(content);
        if (c > 0 && content - columns.start(c) <= GRIP) {
            return c - 1;
        }
        if (c >= 0 && columns.start(c) + columns.width(c) - content <= GRIP) {
            return c;
        }
        return c < 0 && columns.size() > 0 && content - columns.totalWidth() <= GRIP ? columns.size() - 1 : -1;
    }
}
