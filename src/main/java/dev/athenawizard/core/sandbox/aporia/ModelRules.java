package dev.athenawizard.core.sandbox.aporia;

import com.fasterxml.jackson.databind.JsonNode;
import dev.athenawizard.core.aporia.schema.AporiaIds;
import dev.athenawizard.core.aporia.schema.ModelColor;
import dev.athenawizard.core.aporia.schema.ModelIcon;
import dev.athenawizard.core.aporia.schema.TagRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Checks {@code POST /v1beta/models} as Aporia does: id and name, a known colour and icon, and the tag rules. */
final class ModelRules {
    private static final Set<String> MEMBERS = Set.of("id", "name", "description", "owner", "color", "icon", "tags");

    private ModelRules() {
    }

    /** @return the model id */
    static String check(JsonNode body) {
        Members.onlyKnown(body, MEMBERS, "");
        String id = Members.text(body, "id", "id");
        if (!AporiaIds.valid(id)) {
            throw ApiError.badRequest("id", "Model id \"" + id + "\" may hold only " + AporiaIds.RULE
                    + " characters.");
        }
        Members.text(body, "name", "name");
        Members.optionalText(body, "description", "description");
        Members.optionalText(body, "owner", "owner");
        String color = Members.optionalText(body, "color", "color");
        if (color != null && ModelColor.fromWireName(color).filter(c -> c.wireName().equals(color)).isEmpty()) {
            throw ApiError.badRequest("color", "Unknown color \"" + color + "\".");
        }
        String icon = Members.optionalText(body, "icon", "icon");
        if (icon != null && ModelIcon.fromWireName(icon).filter(i -> i.wireName().equals(icon)).isEmpty()) {
            throw ApiError.badRequest("icon", "Unknown icon \"" + icon + "\".");
        }
        JsonNode tags = Members.optionalObject(body, "tags", "tags");
        if (tags != null) {
            Map<String, String> map = new LinkedHashMap<>();
            tags.fields().forEachRemaining(e -> {
                if (!e.getValue().isTextual()) {
                    throw ApiError.badRequest("tags." + e.getKey(), "Tag values must be strings.");
                }
                map.put(e.getKey(), e.getValue().asText());
            });
            TagRules.check(map).stream().findFirst().ifPresent(v -> {
                throw ApiError.badRequest(v.key().isEmpty() ? "tags" : "tags." + v.key(), v.message());
            });
        }
        return id;
    }
}
