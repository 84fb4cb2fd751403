package dev.athenawizard.core.sandbox.aporia;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/** Reading a JSON payload's members the way a strict API does: wrong types and unknown members are refused. */
final class Members {
    private Members() {
    }

    static JsonNode object(JsonNode parent, String member, String path) {
        JsonNode node = parent.path(member);
        if (!node.isObject()) {
            throw ApiError.badRequest(path, path + " is required and must be an object.");
        }
        return node;
    }

    /** An object, or empty when absent or null. */
    static JsonNode optionalObject(JsonNode parent, String member, String path) {
        JsonNode node = parent.path(member);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw ApiError.badRequest(path, path + " must be an object or null.");
        }
        return node;
    }

    static String text(JsonNode parent, String member, String path) {
        JsonNode node = parent.path(member);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw ApiError.badRequest(path, path + " is required and must be a non-empty string.");
        }
        return node.asText();
    }

    /** A string, or null when absent or null. */
    static String optionalText(JsonNode parent, String member, String path) {
        JsonNode node = parent.path(member);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiError.badRequest(path, path + " must be a string or null.");
        }
        return node.asText();
    }

    static void onlyKnown(JsonNode object, Set<String> known, String where) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                String path = where.isEmpty() ? name : where + "." + name;
                throw ApiError.badRequest(path, "Unknown field " + path + ".");
            }
        }
    }

    /** Every member of the object is a non-empty string. */
    static void stringValues(JsonNode object, String path) {
        object.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                throw ApiError.badRequest(path + "." + e.getKey(), path + "." + e.getKey()
                        + " must be a non-empty string.");
            }
        });
    }
}
