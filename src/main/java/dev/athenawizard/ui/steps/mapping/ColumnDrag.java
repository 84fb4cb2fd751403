package dev.athenawizard.ui.steps.mapping;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Dragging result columns: one typed format, so a zone only ever receives column names it can read. */
final class ColumnDrag {
    /** The dragged columns' names, in order. */
    static final DataFormat COLUMNS = new DataFormat("application/x-athena-wizard-columns");

    private ColumnDrag() {
    }

    /** Starts dragging {@code columns} from {@code source}. */
    static void start(Node source, List<String> columns) {
        Dragboard board = source.startDragAndDrop(TransferMode.MOVE);
        ClipboardContent content = new ClipboardContent();
        content.put(COLUMNS, new ArrayList<>(columns));
        content.putString(String.join("\n", columns));
        board.setContent(content);
    }

    /** The columns a drag carries; empty when it carries something else. */
    @SuppressWarnings("unchecked")
    static List<String> columns(DragEvent event) {
        Dragboard board = event.getDragboard();
        if (!board.hasContent(COLUMNS) || !(board.getContent(COLUMNS) instanceof List<?> list)) {
            return List.of();
        }
        return ((List<Object>) list).stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
}
