package dev.athenawizard.core.aporia.plan;

import dev.athenawizard.core.TypedText;
import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.mapping.model.FieldNames;
import dev.athenawizard.core.project.MappingSection;
import dev.athenawizard.core.project.MappingSection.FieldMapping;
import dev.athenawizard.core.project.RegistrationSection.DatasetColumns;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mapping section read as Aporia's schema: the typed fields of each group in order, which column feeds each
 * field, and which actual column belongs to which prediction. It then produces each dataset's column mapping.
 */
final class MappedSchema {
    private final List<SchemaField> rawInputs;
    private final List<SchemaField> features;
    private final List<SchemaField> predictions;
    private final Map<String, String> columns;
    /** Prediction → the actual field holding its ground truth. */
    private final Map<String, String> actualOf;
    private final String idColumn;
    private final String timestampColumn;

    private MappedSchema(List<SchemaField> rawInputs, List<SchemaField> features, List<SchemaField> predictions,
                         Map<String, String> columns, Map<String, String> actualOf, String idColumn,
                         String timestampColumn) {
        this.rawInputs = rawInputs;
        this.features = features;
        this.predictions = predictions;
        this.columns = columns;
        this.actualOf = actualOf;
        this.idColumn = idColumn;
        this.timestampColumn = timestampColumn;
    }

    static Optional<MappedSchema> read(MappingSection mapping, Problems problems) {
        Problems own = new Problems();
        if (mapping.idColumn().isBlank()) {
            own.add("mapping.idColumn", "Choose the id column: the unique id of each prediction.");
        }
        if (mapping.timestampColumn().isBlank()) {
            own.add("mapping.timestampColumn", "Choose the timestamp column: when each prediction was made.");
        }
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, String> groupOf = new HashMap<>();
        List<SchemaField> rawInputs = group("rawInputs", "raw input", mapping.rawInputs(), columns, groupOf, own);
        List<SchemaField> features = group("features", "feature", mapping.features(), columns, groupOf, own);
        List<SchemaField> predictions = group("predictions", "prediction", mapping.predictions(), columns, groupOf,
                own);
        if (mapping.features().isEmpty()) {
            own.add("mapping.features", "Map at least one feature: Aporia monitors a model's inputs.");
        }
        if (mapping.predictions().isEmpty()) {
            own.add("mapping.predictions", "Map at least one prediction: Aporia monitors a model's outputs.");
        }
        Map<String, String> actualOf = actuals(mapping, predictions, columns, groupOf, own);
        problems.addAll(own.list());
        if (!own.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MappedSchema(rawInputs, features, predictions, columns, actualOf,
                mapping.idColumn().strip(), mapping.timestampColumn().strip()));
    }

    private static List<SchemaField> group(String key, String what, List<FieldMapping> fields,
                                           Map<String, String> columns, Map<String, String> groupOf, Problems problems) {
        List<SchemaField> out = new java.util.ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldMapping f = fields.get(i);
            String at = "mapping." + key + "[" + i + "]";
            Optional<String> name = claim(f, at, what, i, groupOf, problems);
            if (name.isPresent()) {
                columns.put(name.get(), f.column().strip());
                type(at, what, name.get(), f, problems).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The field's name once it is known to be unique and to read a column; empty (with a problem) otherwise. */
    private static Optional<String> claim(FieldMapping f, String at, String what, int index,
                                          Map<String, String> groupOf, Problems problems) {
        String name = f.field() == null ? "" : f.field().strip();
        if (name.isEmpty()) {
            problems.add(at + ".field", (what.equals("actual") ? "An " : "A ") + what + " (number " + (index + 1)
                    + ") has no name.");
            return Optional.empty();
        }
        Optional<String> unusable = FieldNames.problem(name);
        if (unusable.isPresent()) { // a project file can hold any name; the Mapping step lets only these be typed
            problems.add(at + ".field", "The " + what + " name " + unusable.get() + ".");
            return Optional.empty();
        }
        if (groupOf.containsKey(name)) {
            problems.add(at + ".field", "\"" + name + "\" is already a " + groupOf.get(name) + ": each name can be "
                    + "used once across raw inputs, features, predictions and actuals.");
            return Optional.empty();
        }
        groupOf.put(name, what);
        if (f.column() == null || f.column().isBlank()) {
            problems.add(at + ".column", "The " + what + " " + name + " reads no column: pick one.");
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private static Optional<SchemaField> type(String at, String what, String name, FieldMapping f, Problems problems) {
        Optional<AporiaFieldType> type = AporiaFieldType.fromWireName(f.aporiaType());
        if (type.isEmpty()) {
            problems.add(at + ".aporiaType", "The " + what + " " + name + " has the type "
                    + TypedText.quoted(f.aporiaType()) + ", which Aporia does not know: " + ModelChecks.list(AporiaFieldType.values()) + ".");
            return Optional.empty();
        }
        List<Integer> dims = f.dimensions();
        if (type.get().hasDimensions()) {
            if (dims.isEmpty()) {
                problems.add(at + ".dimensions", "The tensor " + name + " needs its dimensions, e.g. [768] for 768 "
                        + "values per row.");
                return Optional.empty();
            }
            if (dims.stream().anyMatch(d -> d == null || d < 1)) {
                problems.add(at + ".dimensions", "The tensor " + name + " has dimensions " + dims + ": each must be "
                        + "a whole number of at least 1.");
                return Optional.empty();
            }
        } else if (!dims.isEmpty()) {
            problems.add(at + ".dimensions", "The " + what + " " + name + " is " + type.get().wireName()
                    + ": only a tensor has dimensions.");
            return Optional.empty();
        }
        return Optional.of(new SchemaField(name, type.get(), dims));
    }

    private static Map<String, String> actuals(MappingSection mapping, List<SchemaField> predictions,
                                               Map<String, String> columns, Map<String, String> groupOf,
                                               Problems problems) {
        Set<String> predictionNames = new HashSet<>();
        predictions.forEach(p -> predictionNames.add(p.name()));
        Map<String, String> actualOf = new LinkedHashMap<>();
        List<FieldMapping> actuals = mapping.actuals();
        for (int i = 0; i < actuals.size(); i++) {
            FieldMapping a = actuals.get(i);
            Optional<String> claimed = claim(a, "mapping.actuals[" + i + "]", "actual", i, groupOf, problems);
            if (claimed.isEmpty()) {
                continue;
            }
            String name = claimed.get();
            String prediction = mapping.actualLinks().getOrDefault(name, "");
            if (prediction.isBlank()) {
                problems.add("mapping.actualLinks[" + name + "]", "The actual " + name + " is not linked to a "
                        + "prediction: Aporia compares each actual with one prediction.");
                continue;
            }
            if (!predictionNames.contains(prediction)) {
                problems.add("mapping.actualLinks[" + name + "]", "The actual " + name + " is linked to "
                        + TypedText.quoted(prediction) + ", which is not one of the predictions.");
                continue;
            }
            if (actualOf.containsKey(prediction)) {
                problems.add("mapping.actualLinks[" + name + "]", "The prediction " + prediction + " already has the "
                        + "actual " + actualOf.get(prediction) + "; a prediction has one actual.");
                continue;
            }
            columns.put(name, a.column().strip());
            actualOf.put(prediction, name);
        }
        return actualOf;
    }

    List<SchemaField> rawInputs() {
        return rawInputs;
    }

    List<SchemaField> features() {
        return features;
    }

    List<SchemaField> predictions() {
        return predictions;
    }

    /** Every field name the mapping knows, actuals included. */
    Set<String> fieldNames() {
        return columns.keySet();
    }

    /**
     * One dataset's columns: the serving mapping, with a training or test query's own names where it has them.
     * Mapping maps hold only the fields whose column is named differently; {@code labels} links every prediction that
     * has an actual to the actual's column.
     */
    DatasetSpec dataset(DatasetKind kind, String query, DatasetColumns own) {
        Map<String, String> column = new LinkedHashMap<>(columns);
        column.putAll(own.fieldColumns());
        Map<String, String> labels = new LinkedHashMap<>();
        actualOf.forEach((prediction, actual) -> labels.put(prediction, column.get(actual)));
        return new DatasetSpec(kind, query,
                own.idColumn().isBlank() ? idColumn : own.idColumn().strip(),
                own.timestampColumn().isBlank() ? timestampColumn : own.timestampColumn().strip(),
                renamed(rawInputs, column), renamed(features, column), renamed(predictions, column), labels);
    }

    private static Map<String, String> renamed(List<SchemaField> fields, Map<String, String> column) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SchemaField f : fields) {
            String c = column.get(f.name());
            if (!c.equals(f.name())) {
                out.put(f.name(), c);
            }
        }
        return out;
    }
}
