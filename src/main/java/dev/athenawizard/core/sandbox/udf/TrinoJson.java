package dev.athenawizard.core.sandbox.udf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Trino's JSON functions over JSON text. Trino keeps a JSON value canonical: compact, with object keys sorted
 * ({@code json_parse('{"b":1, "a":2}')} is {@code {"a":2,"b":1}}). Paths are Trino's JSONPath subset:
 * {@code $}, {@code .key}, {@code ["key"]} and {@code [index]}.
 */
public final class TrinoJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private TrinoJson() {
    }

    /** The canonical text of a JSON document, or empty if it is not JSON. */
    public static Optional<String> canonical(String text) {
        try {
            Object value = MAPPER.readValue(text, Object.class);
            return Optional.of(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** {@code json_parse}: canonical JSON, or Trino's error for text that is not JSON. */
    public static String parse(String text) {
        return canonical(text).orElseThrow(() -> Errors.of("INVALID_FUNCTION_ARGUMENT", "Cannot convert value to JSON: '"
                + text + "'"));
    }

    /** {@code json_extract}: the JSON at {@code path}, or null when there is none. */
    public static String extract(String json, String path) {
        JsonNode node = at(json, path);
        return node == null ? null : write(node);
    }

    /** {@code json_extract_scalar}: the text of the scalar at {@code path}; null for a missing, null or non-scalar value. */
    public static String extractScalar(String json, String path) {
        JsonNode node = at(json, path);
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    /** {@code json_size}: members of an object or array at {@code path}, 0 for a scalar, null when missing. */
    public static Long size(String json, String path) {
        JsonNode node = at(json, path);
        return node == null ? null : (long) (node.isContainerNode() ? node.size() : 0);
    }

    public static Long arrayLength(String json) {
        JsonNode node = read(json);
        return node != null && node.isArray() ? (long) node.size() : null;
    }

    /** {@code json_array_get}: the element's JSON, a string element unquoted (Trino's documented quirk). */
    public static String arrayGet(String json, long index) {
        JsonNode node = read(json);
        if (node == null || !node.isArray()) {
            return null;
        }
        long position = index < 0 ? node.size() + index : index;
        if (position < 0 || position >= node.size()) {
            return null;
        }
        JsonNode element = node.get((int) position);
        return element.isTextual() ? element.asText() : write(element);
    }

    /** {@code json_array_contains} for a value given as JSON text ({@code 2}, {@code "a"}, {@code true}). */
    public static Boolean arrayContains(String json, String valueJson) {
        JsonNode node = read(json);
        JsonNode value = read(valueJson);
        if (node == null || !node.isArray() || value == null) {
            return null;
        }
        for (JsonNode element : node) {
            if (element.isNumber() && value.isNumber() ? element.asDouble() == value.asDouble() : element.equals(value)) {
                return true;
            }
        }
        return false;
    }

    public static Boolean isScalar(String json) {
        JsonNode node = read(json);
        if (node == null) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", "Invalid JSON value: " + json);
        }
        return !node.isContainerNode();
    }

    /** {@code CAST(json AS varchar)}: a scalar's text; an array or object cannot be cast. */
    public static String toVarchar(String json) {
        JsonNode node = read(json);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isContainerNode()) {
            throw Errors.of("INVALID_CAST_ARGUMENT", "Cannot cast to varchar. Expected a json scalar value, but got "
                    + (node.isArray() ? "array" : "object"));
        }
        return node.asText();
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(MAPPER.treeToValue(node, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode at(String json, String path) {
        List<Object> steps = steps(path);
        JsonNode node = read(json);
        for (Object step : steps) {
            if (node == null) {
                return null;
            }
            node = step instanceof Integer index ? (node.isArray() ? node.get(index) : null)
                    : node.isObject() ? node.get((String) step) : null;
        }
        return node;
    }

    /** The steps of a path: names (String) and array indexes (Integer). */
    static List<Object> steps(String path) {
        String p = path.strip();
        if (!p.startsWith("$")) {
            throw invalidPath(path);
        }
        List<Object> steps = new ArrayList<>();
        int i = 1;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < p.length() && p.charAt(end) != '.' && p.charAt(end) != '[') {
                    end++;
                }
                if (end == i + 1) {
                    throw invalidPath(path);
                }
                steps.add(p.substring(i + 1, end));
                i = end;
            } else if (c == '[') {
                int close = p.indexOf(']', i);
                if (close < 0) {
                    throw invalidPath(path);
                }
                String inside = p.substring(i + 1, close).strip();
                if (inside.length() >= 2 && (inside.startsWith("\"") && inside.endsWith("\"")
                        || inside.startsWith("'") && inside.endsWith("'"))) {
                    steps.add(inside.substring(1, inside.length() - 1));
                } else if (inside.chars().allMatch(Character::isDigit) && !inside.isEmpty()) {
                    steps.add(Integer.parseInt(inside));
                } else if (!inside.isEmpty() && inside.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
                    steps.add(inside);
                } else {
                    throw invalidPath(path);
                }
                i = close + 1;
            } else {
                throw invalidPath(path);
            }
        }
        return steps;
    }

    private static RuntimeException invalidPath(String path) {
        return Errors.of("INVALID_FUNCTION_ARGUMENT", "Invalid JSON path: '" + path + "'");
    }
}
