package dev.athenawizard.core.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Which result columns feed which of Aporia's model fields.
 *
 * <p>The first seven components are what Register sends; the last two only let the Mapping step reopen as the user
 * left it. Files written before those existed read them as empty lists; empty ones are not written, so a project that
 * does not use them stays readable by the releases before them.
 *
 * @param idColumn            the unique prediction id column
 * @param timestampColumn     the prediction timestamp column
 * @param rawInputs           raw inputs, in order
 * @param features            features, in the model's feature order
 * @param predictions         predictions
 * @param actuals             delayed actuals
 * @param actualLinks         for each actual field, the prediction field it is the ground truth of
 * @param ignoredColumns      result columns the user deliberately left out (unlike columns not yet looked at)
 * @param rejectedSuggestions suggestions the user rejected, as {@code column|ROLE|type|linked prediction} keys, so
 *                            "Suggest mapping" does not offer them again
 */
public record MappingSection(
        String idColumn,
        String timestampColumn,
        List<FieldMapping> rawInputs,
        List<FieldMapping> features,
        List<FieldMapping> predictions,
        List<FieldMapping> actuals,
        Map<String, String> actualLinks,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> ignoredColumns,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> rejectedSuggestions) {

    public static final MappingSection EMPTY = new MappingSection("", "", null, null, null, null, null);

    public MappingSection {
        idColumn = idColumn == null ? "" : idColumn;
        timestampColumn = timestampColumn == null ? "" : timestampColumn;
        rawInputs = rawInputs == null ? List.of() : List.copyOf(rawInputs);
        features = features == null ? List.of() : List.copyOf(features);
        predictions = predictions == null ? List.of() : List.copyOf(predictions);
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
        actualLinks = actualLinks == null ? Map.of() : Map.copyOf(actualLinks);
        ignoredColumns = ignoredColumns == null ? List.of() : List.copyOf(ignoredColumns);
        rejectedSuggestions = rejectedSuggestions == null ? List.of() : List.copyOf(rejectedSuggestions);
    }

    /** A mapping without the Mapping step's own bookkeeping (ignored columns, rejected suggestions). */
    public MappingSection(String idColumn, String timestampColumn, List<FieldMapping> rawInputs,
                          List<FieldMapping> features, List<FieldMapping> predictions, List<FieldMapping> actuals,
                          Map<String, String> actualLinks) {
        this(idColumn, timestampColumn, rawInputs, features, predictions, actuals, actualLinks, null, null);
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
