package dev.athenawizard.core.aporia.plan;

import dev.athenawizard.core.aporia.schema.ModelColor;
import dev.athenawizard.core.aporia.schema.ModelIcon;
import java.util.Map;
import java.util.TreeMap;

/**
 * The model as {@code create_model} sends it.
 *
 * @param description empty for none
 * @param owner       empty for none
 * @param tags        sorted by key, so every rendering of the plan is the same
 */
public record ModelSpec(String id, String name, String description, String owner, ModelColor color, ModelIcon icon,
                        Map<String, String> tags) {
    public ModelSpec {
        description = description == null ? "" : description;
        owner = owner == null ? "" : owner;
        color = color == null ? ModelColor.DEFAULT : color;
        icon = icon == null ? ModelIcon.DEFAULT : icon;
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
    }
}
