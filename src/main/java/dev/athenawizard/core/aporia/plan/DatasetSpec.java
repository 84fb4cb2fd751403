package dev.athenawizard.core.aporia.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One dataset to connect ({@code connect_serving}, {@code connect_training}, {@code connect_testing}): the query Aporia
 * runs and how its columns feed the version's fields.
 *
 * <p>Aporia reads each raw input, feature and prediction from the column of the same name; the mapping maps below
 * hold only the fields whose column is named differently ({@code field → column}). {@code labels} links each
 * prediction that has a delayed actual to the column holding that actual ({@code prediction → column}).
 *
 * @param query the user's own query, without a preview's LIMIT and without a trailing semicolon
 */
public record DatasetSpec(DatasetKind kind, String query, String idColumn, String timestampColumn,
                          Map<String, String> rawInputs, Map<String, String> features, Map<String, String> predictions,
                          Map<String, String> labels) {
    public DatasetSpec {
        Objects.requireNonNull(kind, "kind");
        rawInputs = ordered(rawInputs);
        features = ordered(features);
        predictions = ordered(predictions);
        labels = ordered(labels);
    }

    private static Map<String, String> ordered(Map<String, String> map) {
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
