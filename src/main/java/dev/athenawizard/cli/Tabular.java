package dev.athenawizard.cli;

import java.util.List;

/**
 * Rows under named columns, ready to print in any {@link OutputFormat}.
 *
 * @param columns the columns, with the JSON type their values print as
 * @param rows    the cells as text; {@code null} is a missing value (SQL NULL, or not known)
 */
record Tabular(List<Column> columns, List<List<String>> rows) {

    /** What a column's non-null text is in JSON. */
    enum JsonType { STRING, NUMBER, BOOLEAN }

    record Column(String name, JsonType jsonType) {
        static Column text(String name) {
            return new Column(name, JsonType.STRING);
        }
    }
}
