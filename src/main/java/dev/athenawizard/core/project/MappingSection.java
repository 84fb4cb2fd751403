package dev.athenawizard.core.project;

import java.util.List;
import java.util.Map;

/**
 * Which result columns feed which of Aporia's model fields.
 *
 * @param idColumn        the unique prediction id column
 * @param timestampColumn the prediction timestamp column
 * @param rawInputs       raw inputs, in order
 * @param features        features, in the model's feature order
 * @param predictions     predictions
 * @param actuals         delayed actuals
 * @param actualLinks     for each actual field, the prediction field it is the ground truth of
 */
public record MappingSection(
        String idColumn,
        String timestampColumn,
        List<FieldMapping> rawInputs,
        List<FieldMapping> features,
        List<FieldMapping> predictions,
        List<FieldMapping> actuals,
        Map<String, String> actualLinks) {

    public static final MappingSection EMPTY = new MappingSection("", "", null, null, null, null, null);

    public MappingSection {
        idColumn = idColumn == null ? "" : idColumn;
        timestampColumn = timestampColumn == null ? "" : timestampColumn;
        rawInputs = rawInputs == null ? List.of() : List.copyOf(rawInputs);
        features = features == null ? List.of() : List.copyOf(features);
        predictions = predictions == null ? List.of() : List.copyOf(predictions);
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
        actualLinks = actualLinks == null ? Map.of() : Map.copyOf(actualLinks);
    }

    /**
     * One model field fed by one result column.
     *
     * @param field      the field's name in Aporia
     * @param column     the result column it reads
     * @param aporiaType Aporia's field type: numeric, string, boolean, categorical, datetime, text, tensor, ...
     * @param dimensions a tensor's dimensions, e.g. [768]; empty for other types
     */
    public record FieldMapping(String field, String column, String aporiaType, List<Integer> dimensions) {
        public FieldMapping {
            dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        }
    }
}
