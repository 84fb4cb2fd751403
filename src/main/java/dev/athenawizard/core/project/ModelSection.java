package dev.athenawizard.core.project;

import java.util.Map;

/**
 * The model and version to register in Aporia.
 *
 * @param modelType binary, multiclass, multi-label, regression or ranking
 */
public record ModelSection(
        String id,
        String name,
        String description,
        String color,
        String icon,
        Map<String, String> tags,
        String version,
        String modelType) {

    public static final ModelSection EMPTY = new ModelSection("", "", "", "", "", null, "v1", "");

    public ModelSection {
        id = id == null ? "" : id;
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        color = color == null ? "" : color;
        icon = icon == null ? "" : icon;
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        version = version == null || version.isBlank() ? "v1" : version;
        modelType = modelType == null ? "" : modelType;
    }
}
