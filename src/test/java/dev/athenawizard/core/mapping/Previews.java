package dev.athenawizard.core.mapping;

import dev.athenawizard.core.athena.query.ResultColumn;
import dev.athenawizard.core.athena.query.ResultTable;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds preview results the way {@code QueryResults} hands them over: columns, and rows of Athena-notation text. */
public final class Previews {
    private final List<ResultColumn> columns = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private final Map<String, String> declared = new HashMap<>();

    public static Previews table() {
        return new Previews();
    }

    public Previews column(String name, String athenaType) {
        columns.add(new ResultColumn(name, athenaType, 0, 0));
        return this;
    }

    /** A column with its Glue type, as when the result column comes straight from a table column. */
    public Previews column(String name, String athenaType, String glueType) {
        declared.put(name, glueType);
        return column(name, athenaType);
    }

    /** One row; a Java null is SQL NULL. */
    public Previews row(String... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("row of " + values.length + " for " + columns.size() + " columns");
        }
        rows.add(Collections.unmodifiableList(Arrays.asList(values.clone())));
        return this;
    }

    /** One column's values, a row each: for single-column tables. */
    public Previews rows(String... values) {
        for (String v : values) {
            row(v);
        }
        return this;
    }

    public ResultTable result() {
        return new ResultTable(columns, rows, false);
    }

    public PreviewProfile profile() {
        return PreviewProfile.of(result(), declared);
    }
}
