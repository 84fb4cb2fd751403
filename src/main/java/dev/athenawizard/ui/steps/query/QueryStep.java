package dev.athenawizard.ui.steps.query;

import dev.athenawizard.ui.controls.PlannedStep;
import java.util.List;

/** The Query step. Not built yet: it shows what it will collect and never claims to be complete. */
public final class QueryStep extends PlannedStep {
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
}
