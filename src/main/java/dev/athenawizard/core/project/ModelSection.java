package dev.athenawizard.core.project;

import java.util.Map;

/**
 * The model and version to register in Aporia.
 *
 * @param id          the model's id in Aporia (it appears in the API's paths)
 * @param name        the model's display name
 * @param description free text, may be empty
 * @param color       one of Aporia's model colours ({@code blue}, {@code green}, …); empty for Aporia's default
 * @param icon        one of Aporia's model icons ({@code general}, {@code fraud-detection}, …); empty for the default
 * @param tags        up to 10 tags, key → value
 * @param version     the version name, {@code v1} by default; a retrained model gets a new one
 * @param modelType   binary, multiclass, multi-label, regression or ranking
 * @param owner       who owns the model in Aporia (an e-mail address or a name); empty for none
 */
public record ModelSection(
        String id,
        String name,
        String description,
        String color,
        String icon,
        Map<String, String> tags,
        String version,
        String modelType,
        String owner) {

    public static final ModelSection EMPTY = new ModelSection("", "", "", "", "", null, "v1", "", "");

    public ModelSection {
        id = id == null ? "" : id;
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        color = color == null ? "" : color;
        icon = icon == null ? "" : icon;
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        version = version == null || version.isBlank() ? "v1" : version;
        modelType = modelType == null ? "" : modelType;
        owner = owner == null ? "" : owner;
    }

    /** The section as it was before {@code owner} existed (kept so earlier callers still compile). */
    public ModelSection(String id, String name, String description, String color, String icon,
                        Map<String, String> tags, String version, String modelType) {
        this(id, name, description, color, icon, tags, version, modelType, "");
    }

    /** This section with the fields the Register step edits; the model type (the Mapping step's choice) is kept. */
    public ModelSection withDetails(String id, String name, String description, String owner, String color,
                                    String icon, Map<String, String> tags, String version) {
        return new ModelSection(id, name, description, color, icon, tags, version, modelType, owner);
    }

    /** The section with another model type (its wire name; empty for none): the Mapping step's choice. */
    public ModelSection withModelType(String value) {
        return new ModelSection(id, name, description, color, icon, tags, version, value, owner);
    }

    /** The section with another version name: the Mapping step's proposal for a retrained model, once accepted. */
    public ModelSection withVersion(String value) {
        return new ModelSection(id, name, description, color, icon, tags, value, modelType, owner);
    }
}
