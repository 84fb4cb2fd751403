package dev.athenawizard.core.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/** JSON 1.1 helpers: one mapper, and the readers every operation needs for its optional members. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** A request body; an empty body counts as {@code {}}, anything else that is not an object is refused. */
    public static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return object();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw serialization("Start of structure or map found where not expected.");
            }
            return node;
        } catch (IOException e) {
            throw serialization("Could not parse the request body as JSON: " + e.getMessage());
        }
    }

    private static ServiceError serialization(String message) {
        return ServiceError.frontEnd(400, "SerializationException", message);
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text member; absent, null and non-text members read as empty. */
    public static Optional<String> text(JsonNode node, String member) {
        JsonNode value = node == null ? null : node.get(member);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    /** A text member, or the same validation error AWS gives when a required member is missing. */
    public static String requiredText(JsonNode node, String member, String wireName) {
        return text(node, member).orElseThrow(() -> validation(
                "1 validation error detected: Value null at '" + wireName + "' failed to satisfy constraint: "
                        + "Member must not be null"));
    }

    /** An object member, or an empty object: clients such as PyAthena always send {@code {}}. */
    public static JsonNode objectOrEmpty(JsonNode node, String member) {
        JsonNode value = node == null ? null : node.get(member);
        return value == null || !value.isObject() ? object() : value;
    }

    public static Optional<Integer> integer(JsonNode node, String member) {
        JsonNode value = node == null ? null : node.get(member);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asInt());
    }

    public static Optional<Boolean> bool(JsonNode node, String member) {
        JsonNode value = node == null ? null : node.get(member);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asBoolean());
    }

    /** JSON 1.1 timestamps are epoch seconds as a number (fractions allowed); the SDK rejects ISO strings. */
    public static double epochSeconds(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1_000_000_000.0;
    }

    /** A model-validation failure, which Athena and Glue report as their own request exceptions. */
    public static ServiceError validation(String message) {
        return ServiceError.of(400, "InvalidRequestException", message).with("AthenaErrorCode", "INVALID_INPUT");
    }
}
