package dev.athenawizard.ui.controls.results;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;

/**
 * A light cell: one line of text, no graphic. SQL NULL reads {@code NULL} in the {@code :null} style, numbers sit to
 * the right, arrays and maps are shortened with their size.
 */
final class ResultCell extends TableCell<List<String>, String> {
    private static final PseudoClass NULL = PseudoClass.getPseudoClass("null");
    private static final PseudoClass NUMERIC = PseudoClass.getPseudoClass("numeric");

    private final String type;

    ResultCell(String athenaType, boolean numeric) {
        this.type = athenaType;
        getStyleClass().add("result-cell");
        setTextOverrun(OverrunStyle.ELLIPSIS);
        pseudoClassStateChanged(NUMERIC, numeric);
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        boolean isNull = !empty && value == null;
        pseudoClassStateChanged(NULL, isNull);
        if (empty) {
            setText(null);
        } else {
            setText(isNull ? "NULL" : ValueFormat.display(value, type));
        }
    }
}
