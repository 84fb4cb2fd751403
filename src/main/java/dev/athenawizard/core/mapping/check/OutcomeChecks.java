package dev.athenawizard.core.mapping.check;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.AthenaText;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.profile.RowValue;
import dev.athenawizard.core.mapping.profile.Words;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Actuals: each linked to a prediction; a true/false or categorical prediction and its actual speak of the same
 * labels; and how many predictions already have their actual (information: the rest are simply not known yet).
 */
final class OutcomeChecks {
    private OutcomeChecks() {
    }

    static void run(Mapping mapping, PreviewProfile preview, List<Check> out) {
        for (MappedColumn actual : mapping.inRole(Role.ACTUAL)) {
            if (!preview.has(actual.column())) {
                continue;
            }
            Optional<MappedColumn> prediction = mapping.entry(actual.linkedPrediction())
                    .filter(p -> p.role() == Role.PREDICTION);
            if (prediction.isEmpty()) {
                out.add(Check.of(Severity.ERROR, Topic.ACTUAL_LINK, actual.column(), actual.column() + " grades no "
                        + "prediction: link it to the prediction it is the ground truth of."));
            } else if (preview.has(prediction.get().column())) {
                labels(prediction.get(), actual, preview, out);
            }
            coverage(actual, preview, out);
        }
    }

    private static void labels(MappedColumn prediction, MappedColumn actual, PreviewProfile preview, List<Check> out) {
        AporiaFieldType type = prediction.schema().map(s -> s.type()).orElse(null);
        boolean yesNo = type == AporiaFieldType.BOOLEAN;
        if (!(yesNo || type == AporiaFieldType.STRING || type == AporiaFieldType.CATEGORICAL)) {
            return; // a score or number is graded against any actual Aporia can compare it with
        }
        // a true/false prediction speaks of both labels, even if the preview shows only one
        Set<String> predicted = yesNo ? new LinkedHashSet<>(List.of("true", "false"))
                : labelsOf(preview, prediction.column(), false);
        List<RowValue> actualRows = preview.rowsWhere(actual.column(), v -> v != null, Integer.MAX_VALUE);
        if (actualRows.isEmpty() || predicted.isEmpty()) {
            return; // nothing to compare yet; the coverage finding says so
        }
        Set<String> actualLabels = new LinkedHashSet<>();
        actualRows.forEach(r -> actualLabels.add(label(r.value(), yesNo)));
        List<RowValue> strangers = actualRows.stream().filter(r -> !predicted.contains(label(r.value(), yesNo)))
                .toList();
        String names = actual.column() + " and " + prediction.column();
        if (strangers.isEmpty()) {
            out.add(Check.of(Severity.OK, Topic.LABEL_SETS, actual.column(), names + " use the same labels ("
                    + quoteAll(actualLabels) + ")."));
            return;
        }
        Set<String> common = new LinkedHashSet<>(actualLabels);
        common.retainAll(predicted);
        String found = prediction.column() + " predicts " + quoteAll(predicted) + ", " + actual.column() + " holds "
                + quoteAll(actualLabels);
        if (yesNo || common.isEmpty()) {
            out.add(Check.rows(Severity.ERROR, Topic.LABEL_SETS, actual.column(), names + " use different labels: "
                    + found + " (first in row " + strangers.get(0).row() + "). Make them agree in the query, e.g. "
                    + "with CASE or CAST.", strangers, strangers.size()));
        } else {
            out.add(Check.rows(Severity.WARNING, Topic.LABEL_SETS, actual.column(), actual.column() + " has labels "
                    + prediction.column() + " never predicts in the preview (" + found + "); fine if the model "
                    + "simply missed them, wrong if the labels are spelt differently.", strangers, strangers.size()));
        }
    }

    private static Set<String> labelsOf(PreviewProfile preview, String column, boolean yesNo) {
        Set<String> labels = new LinkedHashSet<>();
        preview.rowsWhere(column, v -> v != null, Integer.MAX_VALUE).forEach(r -> labels.add(label(r.value(), yesNo)));
        return labels;
    }

    /** True/false in any case, and 0/1, are the same yes/no labels; 1 and 1.0 are the same number. */
    private static String label(String value, boolean yesNo) {
        if (AthenaText.isBoolean(value)) {
            return Boolean.toString(AthenaText.isTrue(value));
        }
        if (AthenaText.isNumber(value)) {
            double d = Double.parseDouble(value);
            if (yesNo && AthenaText.isZeroOrOne(d)) {
                return Boolean.toString(d == 1.0);
            }
            return Words.number(d);
        }
        return value;
    }

    private static String quoteAll(Set<String> labels) {
        List<String> shown = labels.stream().limit(6).map(l -> "'" + l + "'").toList();
        return Words.list(shown) + (labels.size() > 6 ? " and " + (labels.size() - 6) + " more" : "");
    }

    private static void coverage(MappedColumn actual, PreviewProfile preview, List<Check> out) {
        int rows = preview.rowCount();
        if (rows == 0) {
            return;
        }
        int known = preview.rowsWhere(actual.column(), v -> v != null, Integer.MAX_VALUE).size();
        out.add(Check.of(Severity.INFO, Topic.ACTUAL_COVERAGE, actual.column(), known + " of "
                + Words.count(rows, "preview prediction") + " (" + Words.percent((double) known / rows)
                + ") already have an actual in " + actual.column()
                + (known < rows ? "; the rest are NULL, not known yet" : "") + "."));
    }
}
