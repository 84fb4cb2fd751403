package dev.athenawizard.ui.controls.sql;

import java.util.Optional;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;

/**
 * The typed drag format for a name dragged into the SQL editor (from the catalog tree, a result column header): the
 * SQL text to insert, already quoted where needed. Plain text rides along for other drop targets.
 */
public final class SqlNameDrag {
    /** The SQL text of a name, e.g. {@code aporia_demo.model_predictions} or {@code "Weird Name"}. */
    public static final DataFormat FORMAT = existing("application/x-athena-wizard-sql-name");

    private SqlNameDrag() {
    }

    /** What to put on the dragboard for {@code sqlText}. */
    public static ClipboardContent content(String sqlText) {
        ClipboardContent content = new ClipboardContent();
        content.put(FORMAT, sqlText);
        content.putString(sqlText);
        return content;
    }

    /** The SQL text a drag carries: our typed format, else plain text. */
    public static Optional<String> sqlText(Dragboard board) {
        if (board.hasContent(FORMAT)) {
            return Optional.of(String.valueOf(board.getContent(FORMAT)));
        }
        return board.hasString() ? Optional.of(board.getString()) : Optional.empty();
    }

    /** A DataFormat may be created once per JVM; reuse it if a test or another class loader made it first. */
    private static DataFormat existing(String mime) {
        DataFormat known = DataFormat.lookupMimeType(mime);
        return known != null ? known : new DataFormat(mime);
    }
}
