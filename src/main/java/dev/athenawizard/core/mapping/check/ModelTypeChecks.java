package dev.athenawizard.core.mapping.check;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.AthenaText;
import dev.athenawizard.core.mapping.profile.ColumnProfile;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.profile.RowValue;
import java.util.List;
import java.util.Optional;

/**
 * Whether the predictions fit the model type, per Aporia's model-type pages: binary needs a true/false (or 0/1)
 * decision, optionally with a numeric probability; multiclass a label (string or categorical); multi-label a dict
 * of label → probability; regression a number; ranking a relevance score (a number) or a vector.
 */
final class ModelTypeChecks {
    private ModelTypeChecks() {
    }

    static void run(Mapping mapping, PreviewProfile preview, List<Check> out) {
        Optional<ModelType> type = mapping.modelType();
        List<MappedColumn> predictions = mapping.inRole(Role.PREDICTION);
        if (type.isEmpty()) {
            out.add(Check.of(Severity.INFO, Topic.MODEL_TYPE, "", "No model type chosen yet, so the predictions are "
                    + "not checked against one; choose it here or in Register."));
            return;
        }
        if (predictions.isEmpty()) {
            return; // "map at least one prediction" says it already
        }
        switch (type.get()) {
            case BINARY -> binary(predictions, preview, out);
            case MULTICLASS -> needs(predictions, out, type.get(), "a label prediction (string or categorical)",
                    AporiaFieldType.STRING, AporiaFieldType.CATEGORICAL);
            case MULTI_LABEL -> needs(predictions, out, type.get(), "a dict prediction (each label → its "
                    + "probability)", AporiaFieldType.DICT);
            case REGRESSION -> regression(predictions, preview, out);
            case RANKING -> needs(predictions, out, type.get(), "a relevance score (numeric) or a vector prediction",
                    AporiaFieldType.NUMERIC, AporiaFieldType.VECTOR);
        }
    }

    private static void binary(List<MappedColumn> predictions, PreviewProfile preview, List<Check> out) {
        Optional<MappedColumn> decision = predictions.stream().filter(p -> is(p, AporiaFieldType.BOOLEAN)
                || (is(p, AporiaFieldType.NUMERIC, AporiaFieldType.CATEGORICAL) && zeroOne(p, preview))).findFirst();
        if (decision.isEmpty()) {
            String scores = predictions.stream().filter(p -> is(p, AporiaFieldType.NUMERIC)).findFirst()
                    .map(p -> " For a probability such as " + p.column() + ", add the decision to the query, e.g. "
                            + p.column() + " >= 0.5 AS decision, and map it as a boolean prediction.").orElse("");
            out.add(Check.of(Severity.ERROR, Topic.MODEL_TYPE, "", "A binary model needs a true/false (or 0/1) "
                    + "prediction, and none of the predictions is one." + scores));
            return;
        }
        out.add(Check.of(Severity.OK, Topic.MODEL_TYPE, decision.get().column(), "binary: " + decision.get().column()
                + " is a true/false decision."));
        for (MappedColumn p : predictions) {
            if (p != decision.get() && is(p, AporiaFieldType.NUMERIC)) {
                List<RowValue> outside = preview.rowsWhere(p.column(), v -> v != null && AthenaText.isNumber(v)
                        && !(Double.parseDouble(v) >= 0 && Double.parseDouble(v) <= 1), Integer.MAX_VALUE);
                if (!outside.isEmpty()) {
                    out.add(Check.rows(Severity.WARNING, Topic.MODEL_TYPE, p.column(), p.column() + " has values "
                            + "outside 0 to 1 (" + outside.get(0).describe() + "), unlike a probability.", outside,
                            outside.size()));
                }
            }
        }
    }

    private static void regression(List<MappedColumn> predictions, PreviewProfile preview, List<Check> out) {
        Optional<MappedColumn> number = predictions.stream().filter(p -> is(p, AporiaFieldType.NUMERIC)).findFirst();
        if (number.isEmpty()) {
            out.add(Check.of(Severity.ERROR, Topic.MODEL_TYPE, "", "A regression model needs a numeric prediction, "
                    + "and none of the predictions is numeric."));
            return;
        }
        if (zeroOne(number.get(), preview)) {
            out.add(Check.of(Severity.WARNING, Topic.MODEL_TYPE, number.get().column(), number.get().column()
                    + " holds only 0 and 1 in the preview: a yes/no decision suits a binary model better."));
        } else {
            out.add(Check.of(Severity.OK, Topic.MODEL_TYPE, number.get().column(), "regression: "
                    + number.get().column() + " is a numeric prediction."));
        }
    }

    private static void needs(List<MappedColumn> predictions, List<Check> out, ModelType type, String what,
                              AporiaFieldType... types) {
        Optional<MappedColumn> fit = predictions.stream().filter(p -> is(p, types)).findFirst();
        if (fit.isPresent()) {
            out.add(Check.of(Severity.OK, Topic.MODEL_TYPE, fit.get().column(), type.wireName() + ": "
                    + fit.get().column() + " is " + what + "."));
        } else {
            out.add(Check.of(Severity.ERROR, Topic.MODEL_TYPE, "", "A " + type.wireName() + " model needs " + what
                    + ", and none of the predictions is one."));
        }
    }

    private static boolean is(MappedColumn p, AporiaFieldType... types) {
        return p.schema().map(s -> List.of(types).contains(s.type())).orElse(false);
    }

    private static boolean zeroOne(MappedColumn p, PreviewProfile preview) {
        return preview.column(p.column()).map(ColumnProfile::numbers).flatMap(n -> n)
                .map(n -> n.zeroOrOne()).orElse(false);
    }
}
