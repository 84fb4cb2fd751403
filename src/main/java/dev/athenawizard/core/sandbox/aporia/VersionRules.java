package dev.athenawizard.core.sandbox.aporia;

import com.fasterxml.jackson.databind.JsonNode;
import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.AporiaIds;
import dev.athenawizard.core.aporia.schema.ModelType;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks {@code POST /v1beta/models/{id}/versions} as Aporia does: a name, a known model type, and a schema whose
 * every field has a known type (a tensor with positive dimensions), no name in two groups, at least one feature and
 * one prediction, and feature positions that number exactly the features.
 */
final class VersionRules {
    private static final Set<String> MEMBERS = Set.of("name", "model_type", "version_schema", "model_data_type",
            "labels", "feature_importance", "mapping");
    private static final Set<String> SCHEMA_MEMBERS = Set.of("features", "predictions", "raw_inputs", "metrics",
            "feature_positions");
    private static final List<String> GROUPS = List.of("raw_inputs", "features", "predictions");
    private static final Set<String> DATA_TYPES = Set.of("tabular", "nlp");

    private VersionRules() {
    }

    /** @return the version name */
    static String check(JsonNode body) {
        Members.onlyKnown(body, MEMBERS, "");
        String name = Members.text(body, "name", "name");
        if (!AporiaIds.valid(name)) {
            throw ApiError.badRequest("name", "Version name \"" + name + "\" may hold only " + AporiaIds.RULE
                    + " characters.");
        }
        String type = Members.text(body, "model_type", "model_type");
        if (ModelType.fromWireName(type).filter(t -> t.wireName().equals(type)).isEmpty()) {
            throw ApiError.badRequest("model_type", "Unknown model_type \"" + type + "\".");
        }
        JsonNode schema = Members.object(body, "version_schema", "version_schema");
        Members.onlyKnown(schema, SCHEMA_MEMBERS, "version_schema");
        Map<String, String> groupOf = new HashMap<>();
        for (String group : GROUPS) {
            JsonNode fields = group.equals("raw_inputs")
                    ? Members.optionalObject(schema, group, "version_schema." + group)
                    : Members.object(schema, group, "version_schema." + group);
            if (fields == null) {
                continue;
            }
            if (!group.equals("raw_inputs") && fields.isEmpty()) {
                throw ApiError.badRequest("version_schema." + group, "version_schema." + group + " needs at least "
                        + "one field.");
            }
            fields.fields().forEachRemaining(e -> {
                String path = "version_schema." + group + "." + e.getKey();
                if (groupOf.containsKey(e.getKey())) {
                    throw ApiError.badRequest(path, "Field \"" + e.getKey() + "\" is in both " + groupOf.get(e.getKey())
                            + " and " + group + ".");
                }
                groupOf.put(e.getKey(), group);
                fieldType(e.getValue(), path);
            });
        }
        Members.optionalObject(schema, "metrics", "version_schema.metrics");
        featurePositions(schema);
        String dataType = Members.optionalText(body, "model_data_type", "model_data_type");
        if (dataType != null && !DATA_TYPES.contains(dataType)) {
            throw ApiError.badRequest("model_data_type", "Unknown model_data_type \"" + dataType + "\".");
        }
        JsonNode importance = Members.optionalObject(body, "feature_importance", "feature_importance");
        if (importance != null) {
            importance.fields().forEachRemaining(e -> {
                if (!schema.path("features").has(e.getKey()) || !e.getValue().isNumber()) {
                    throw ApiError.badRequest("feature_importance." + e.getKey(), "feature_importance must map "
                            + "features to numbers.");
                }
            });
        }
        Members.optionalObject(body, "mapping", "mapping");
        return name;
    }

    /** A type name, or {@code {"type": …, "dimensions": […]}}; a tensor needs positive dimensions. */
    private static void fieldType(JsonNode value, String path) {
        String typeName;
        JsonNode dims = null;
        if (value.isTextual()) {
            typeName = value.asText();
        } else if (value.isObject()) {
            Members.onlyKnown(value, Set.of("type", "dimensions"), path);
            typeName = Members.text(value, "type", path + ".type");
            dims = value.get("dimensions");
        } else {
            throw ApiError.badRequest(path, path + " must be a type name or a field schema object.");
        }
        AporiaFieldType type = AporiaFieldType.fromWireName(typeName).filter(t -> t.wireName().equals(typeName))
                .orElseThrow(() -> ApiError.badRequest(path, "Unknown field type \"" + typeName + "\" for " + path
                        + "."));
        if (type.hasDimensions()) {
            if (dims == null || !dims.isArray() || dims.isEmpty()) {
                throw ApiError.badRequest(path, "Tensor " + path + " needs \"dimensions\", a non-empty list.");
            }
            for (JsonNode d : dims) {
                if (!d.canConvertToInt() || !d.isIntegralNumber() || d.asInt() < 1) {
                    throw ApiError.badRequest(path + ".dimensions", "Tensor dimensions must be positive integers.");
                }
            }
        } else if (dims != null && !dims.isNull()) {
            throw ApiError.badRequest(path + ".dimensions", "Only a tensor has dimensions (" + path + " is "
                    + typeName + ").");
        }
    }

    /** When sent, the positions number the features 0, 1, 2, … each exactly once. */
    private static void featurePositions(JsonNode schema) {
        JsonNode positions = Members.optionalObject(schema, "feature_positions", "version_schema.feature_positions");
        if (positions == null) {
            return;
        }
        JsonNode features = schema.path("features");
        if (positions.size() != features.size()) {
            throw ApiError.badRequest("version_schema.feature_positions", "feature_positions must give a position "
                    + "to each of the " + features.size() + " features.");
        }
        boolean[] taken = new boolean[features.size()];
        Iterator<Map.Entry<String, JsonNode>> it = positions.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "version_schema.feature_positions." + e.getKey();
            if (!features.has(e.getKey())) {
                throw ApiError.badRequest(path, "feature_positions names \"" + e.getKey() + "\", which is not a "
                        + "feature.");
            }
            int p = e.getValue().isIntegralNumber() ? e.getValue().asInt() : -1;
            if (p < 0 || p >= taken.length || taken[p]) {
                throw ApiError.badRequest(path, "feature_positions must number the features 0 to "
                        + (taken.length - 1) + ", each once.");
            }
            taken[p] = true;
        }
    }
}
