package dev.athenawizard.ui.steps.query;

import dev.athenawizard.core.athena.query.QueryPreview;
import dev.athenawizard.ui.controls.PlannedStep;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/** The Query step. Not built yet: it shows what it will collect and never claims to be complete. */
public final class QueryStep extends PlannedStep {
    private final ReadOnlyObjectWrapper<QueryPreview> preview = new ReadOnlyObjectWrapper<>();

    public QueryStep() {
        super("query", "Query",
                "Write the SQL whose result Aporia will monitor, and preview it on live Athena data.",
                List.of(
                        "The catalog and database for unqualified table names",
                        "The SQL, checked as you type, with errors underlined where they are",
                        "A live preview of the first rows: column names and Athena types, run time, data scanned "
                        + "and its cost",
                        "Cancel that stops the query in Athena, not only on screen"));
    }

    /**
     * Output for the Mapping step: the latest successful preview of the query on screen, or null while there is none
     * (no query yet, the text changed since, or the preview failed).
     */
    public ObservableValue<QueryPreview> preview() {
        return preview.getReadOnlyProperty();
    }
}
