package dev.athenawizard.core.mapping.check;

import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.profile.AthenaText;
import dev.athenawizard.core.mapping.profile.ColumnProfile;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.profile.RowValue;
import dev.athenawizard.core.mapping.profile.ValueKind;
import dev.athenawizard.core.mapping.profile.ValueText;
import dev.athenawizard.core.mapping.profile.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ID column (present, unique, never NULL) and the timestamp column (present, never NULL, points in time). */
final class IdentityChecks {
    private IdentityChecks() {
    }

    static void run(Mapping mapping, PreviewProfile preview, List<Check> out) {
        Optional<MappedColumn> id = mapping.idColumn();
        if (id.isEmpty()) {
            out.add(Check.of(Severity.ERROR, Topic.ID, "", "Choose an ID column: Aporia needs a unique id for "
                    + "every prediction (id_column)."));
        } else if (preview.has(id.get().column())) {
            id(id.get().column(), preview, out);
        }
        Optional<MappedColumn> ts = mapping.timestampColumn();
        if (ts.isEmpty()) {
            out.add(Check.of(Severity.ERROR, Topic.TIMESTAMP, "", "Choose a timestamp column: Aporia needs to know "
                    + "when each prediction was made (timestamp_column)."));
        } else if (preview.has(ts.get().column())) {
            timestamp(ts.get().column(), preview, out);
        }
    }

    private static void id(String column, PreviewProfile preview, List<Check> out) {
        if (noRows(preview, Topic.ID, column, out)) {
            return;
        }
        int rows = preview.rowCount();
        List<RowValue> nulls = preview.rowsWhere(column, v -> v == null, Integer.MAX_VALUE);
        if (!nulls.isEmpty()) {
            out.add(Check.rows(Severity.ERROR, Topic.ID, column, column + " is NULL in " + nulls.size() + " of "
                    + Words.count(rows, "preview row") + " (" + rowList(nulls) + "); every prediction needs an id.",
                    nulls, nulls.size()));
        }
        Map<String, List<RowValue>> byValue = new LinkedHashMap<>();
        for (RowValue r : preview.rowsWhere(column, v -> v != null, Integer.MAX_VALUE)) {
            byValue.computeIfAbsent(r.value(), v -> new ArrayList<>()).add(r);
        }
        List<List<RowValue>> repeated = byValue.values().stream().filter(l -> l.size() > 1).toList();
        if (!repeated.isEmpty()) {
            List<RowValue> examples = repeated.stream().flatMap(List::stream).toList();
            String first = repeated.stream().limit(3).map(l -> ValueText.quote(l.get(0).value()) + " in " + rowList(l))
                    .reduce((a, b) -> a + "; " + b).orElse("");
            out.add(Check.rows(Severity.ERROR, Topic.ID, column, column + " is not unique: "
                    + Words.count(repeated.size(), "value") + " repeat" + (repeated.size() == 1 ? "s" : "") + " ("
                    + first + (repeated.size() > 3 ? "; …" : "") + "). Aporia matches actuals to predictions by id.",
                    examples, examples.size()));
        }
        if (nulls.isEmpty() && repeated.isEmpty()) {
            out.add(Check.of(Severity.OK, Topic.ID, column, column + " is unique and never NULL in "
                    + Words.count(rows, "preview row") + "."));
        }
    }

    private static void timestamp(String column, PreviewProfile preview, List<Check> out) {
        if (noRows(preview, Topic.TIMESTAMP, column, out)) {
            return;
        }
        int rows = preview.rowCount();
        ColumnProfile p = preview.column(column).orElseThrow();
        List<RowValue> nulls = preview.rowsWhere(column, v -> v == null, Integer.MAX_VALUE);
        if (!nulls.isEmpty()) {
            out.add(Check.rows(Severity.ERROR, Topic.TIMESTAMP, column, column + " is NULL in " + nulls.size()
                    + " of " + Words.count(rows, "preview row") + " (" + rowList(nulls) + "); Aporia needs the time "
                    + "of every prediction.", nulls, nulls.size()));
        }
        List<RowValue> notTimes = p.kind() == ValueKind.DATETIME ? List.of()
                : preview.rowsWhere(column, v -> v != null && !AthenaText.isTimestamp(v), Integer.MAX_VALUE);
        if (!notTimes.isEmpty()) {
            out.add(Check.rows(Severity.ERROR, Topic.TIMESTAMP, column, column + " holds values that are not points "
                    + "in time: " + notTimes.get(0).describe() + (notTimes.size() > 1 ? " and "
                    + Words.count(notTimes.size() - 1, "more row") : "") + ".", notTimes, notTimes.size()));
        }
        if (nulls.isEmpty() && notTimes.isEmpty()) {
            String range = p.times().map(t -> ", from " + t.earliest() + " to " + t.latest()).orElse("");
            out.add(Check.of(Severity.OK, Topic.TIMESTAMP, column, column + " is never NULL in "
                    + Words.count(rows, "preview row") + range + "."));
        }
    }

    private static boolean noRows(PreviewProfile preview, Topic topic, String column, List<Check> out) {
        if (preview.rowCount() > 0) {
            return false;
        }
        out.add(Check.of(Severity.WARNING, topic, column, column + " not checked: the preview returned no rows."));
        return true;
    }

    /** {@code 3, 9 and 12}, or the first five and how many more. */
    static String rowList(List<RowValue> rows) {
        List<String> numbers = rows.stream().limit(5).map(r -> Integer.toString(r.row())).toList();
        String listed = rows.size() > 5 ? String.join(", ", numbers) + " and " + (rows.size() - 5) + " more"
                : Words.list(numbers);
        return (rows.size() == 1 ? "row " : "rows ") + listed;
    }
}
