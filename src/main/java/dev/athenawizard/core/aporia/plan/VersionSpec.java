package dev.athenawizard.core.aporia.plan;

import dev.athenawizard.core.aporia.schema.ModelType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model version as {@code create_model_version} sends it: its name, model type and schema. Feature order matters
 * (Aporia's explainability reads it): {@link #featurePositions()} numbers the features in the order given here.
 */
public record VersionSpec(String name, ModelType modelType, List<SchemaField> rawInputs, List<SchemaField> features,
                          List<SchemaField> predictions) {
    public VersionSpec {
        rawInputs = rawInputs == null ? List.of() : List.copyOf(rawInputs);
        features = features == null ? List.of() : List.copyOf(features);
        predictions = predictions == null ? List.of() : List.copyOf(predictions);
    }

    /** Feature name → its 0-based position, as the SDK derives {@code feature_positions}. */
    public Map<String, Integer> featurePositions() {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < features.size(); i++) {
            positions.put(features.get(i).name(), i);
        }
        return positions;
    }

    /** "4 features, 2 predictions, 1 raw input". */
    public String describeSchema() {
        return count(features.size(), "feature") + ", " + count(predictions.size(), "prediction") + ", "
                + count(rawInputs.size(), "raw input");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
