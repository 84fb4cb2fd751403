package dev.athenawizard.core.aporia.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.athenawizard.core.aporia.plan.AthenaSource;
import dev.athenawizard.core.aporia.plan.DatasetSpec;
import dev.athenawizard.core.aporia.plan.ModelSpec;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import dev.athenawizard.core.aporia.plan.SchemaField;
import dev.athenawizard.core.aporia.plan.VersionSpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The request bodies exactly as the {@code aporia} 2.x SDK builds them (same members, same order, nulls where it
 * sends nulls): {@code create_model}, {@code create_model_version} with {@code feature_positions}, and
 * {@code connect_*} with an {@code athena} data source.
 */
public final class Payloads {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Payloads() {
    }

    /** {@code POST /models}. */
    public static ObjectNode model(ModelSpec model) {
        ObjectNode body = NODES.objectNode();
        body.put("id", model.id());
        body.put("name", model.name());
        putOrNull(body, "description", model.description());
        putOrNull(body, "owner", model.owner());
        body.put("color", model.color().wireName());
        body.put("icon", model.icon().wireName());
        body.set("tags", model.tags().isEmpty() ? NODES.nullNode() : strings(model.tags()));
        return body;
    }

    /** {@code POST /models/{id}/versions}. */
    public static ObjectNode version(VersionSpec version) {
        ObjectNode schema = NODES.objectNode();
        schema.set("features", fields(version.features()));
        schema.set("predictions", fields(version.predictions()));
        schema.set("raw_inputs", version.rawInputs().isEmpty() ? NODES.nullNode() : fields(version.rawInputs()));
        schema.putNull("metrics");
        ObjectNode positions = schema.putObject("feature_positions");
        version.featurePositions().forEach(positions::put);
        ObjectNode body = NODES.objectNode();
        body.put("name", version.name());
        body.put("model_type", version.modelType().wireName());
        body.set("version_schema", schema);
        body.putNull("model_data_type");
        body.putNull("labels");
        body.putNull("feature_importance");
        body.putNull("mapping");
        return body;
    }

    /** A schema entry: the type's name, or {@code {"type": "tensor", "dimensions": [768]}}. */
    public static JsonNode fieldSchema(SchemaField field) {
        if (!field.type().hasDimensions()) {
            return NODES.textNode(field.type().wireName());
        }
        ObjectNode node = NODES.objectNode();
        node.put("type", field.type().wireName());
        ArrayNode dims = node.putArray("dimensions");
        field.dimensions().forEach(dims::add);
        return node;
    }

    /** {@code POST /models/{id}/versions/{version}/datasets}. */
    public static ObjectNode dataset(RegistrationPlan plan, DatasetSpec dataset, KeyText key) {
        ObjectNode body = NODES.objectNode();
        body.put("name", dataset.kind().wireName());
        body.set("data_source", dataSource(plan.source(), dataset.query(), key));
        ObjectNode sync = body.putObject("sync");
        sync.put("enabled", true);
        sync.put("environment", plan.environment());
        if (!plan.syncSchedule().isEmpty()) {
            sync.put("schedule", plan.syncSchedule());
        }
        body.put("id_column", dataset.idColumn());
        body.put("timestamp_column", dataset.timestampColumn());
        putIfAny(body, "predictions", dataset.predictions());
        putIfAny(body, "features", dataset.features());
        putIfAny(body, "labels", dataset.labels());
        putIfAny(body, "raw_inputs", dataset.rawInputs());
        return body;
    }

    /** {@code AthenaDataSource(...).serialize()}: the Spark options first, then the JDBC ones. */
    public static ObjectNode dataSource(AthenaSource source, String query, KeyText key) {
        ObjectNode config = NODES.objectNode();
        config.put("sample_size", 1);
        config.set("select_expr", source.selectExpr().isEmpty() ? NODES.nullNode() : strings(source.selectExpr()));
        config.set("read_options", source.readOptions().isEmpty() ? NODES.nullNode() : strings(source.readOptions()));
        config.put("url", source.jdbcUrl());
        config.put("query", query);
        config.put("user", key.user());
        config.put("password", key.password());
        config.put("s3_output_location", source.s3OutputLocation());
        ObjectNode node = NODES.objectNode();
        node.put("type", "athena");
        node.set("config", config);
        return node;
    }

    public static String modelsPath() {
        return "/models";
    }

    public static String versionsPath(String modelId) {
        return "/models/" + segment(modelId) + "/versions";
    }

    public static String datasetsPath(String modelId, String version) {
        return versionsPath(modelId) + "/" + segment(version) + "/datasets";
    }

    public static String capabilitiesPath() {
        return "/capabilities/";
    }

    /** One path segment, percent-encoded (ids are checked to need none, but a path must never be ambiguous). */
    static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static ObjectNode fields(List<SchemaField> fields) {
        ObjectNode node = NODES.objectNode();
        fields.forEach(f -> node.set(f.name(), fieldSchema(f)));
        return node;
    }

    private static ObjectNode strings(Map<String, String> map) {
        ObjectNode node = NODES.objectNode();
        map.forEach(node::put);
        return node;
    }

    private static ArrayNode strings(List<String> list) {
        ArrayNode node = NODES.arrayNode();
        list.forEach(node::add);
        return node;
    }

    private static void putOrNull(ObjectNode body, String name, String value) {
        if (value == null || value.isEmpty()) {
            body.putNull(name);
        } else {
            body.put(name, value);
        }
    }

    private static void putIfAny(ObjectNode body, String name, Map<String, String> map) {
        if (!map.isEmpty()) {
            body.set(name, strings(map));
        }
    }
}
