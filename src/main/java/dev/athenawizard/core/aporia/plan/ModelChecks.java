package dev.athenawizard.core.aporia.plan;

import dev.athenawizard.core.TypedText;
import dev.athenawizard.core.aporia.schema.AporiaIds;
import dev.athenawizard.core.aporia.schema.ModelColor;
import dev.athenawizard.core.aporia.schema.ModelIcon;
import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.core.aporia.schema.TagRules;
import dev.athenawizard.core.project.ModelSection;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The model section's fields, checked one by one (model id, name, colour, icon, tags, version, model type). */
final class ModelChecks {
    private ModelChecks() {
    }

    static Optional<ModelSpec> model(ModelSection model, Problems problems) {
        boolean ok = true;
        String id = model.id().strip();
        if (id.isEmpty()) {
            problems.add("model.id", "The model id is empty: give the model an id, such as insurance-upsell.");
            ok = false;
        } else if (!AporiaIds.valid(id)) {
            problems.add("model.id", "The model id " + TypedText.quoted(id) + " may hold only " + AporiaIds.RULE
                    + " characters" + AporiaIds.firstWrong(id) + ": Aporia puts it into its API's paths.");
            ok = false;
        }
        String name = model.name().strip();
        if (name.isEmpty()) {
            problems.add("model.name", "The model name is empty: Aporia shows it in its list of models.");
            ok = false;
        }
        Optional<ModelColor> color = model.color().isBlank() ? Optional.of(ModelColor.DEFAULT)
                : ModelColor.fromWireName(model.color());
        if (color.isEmpty()) {
            problems.add("model.color", TypedText.quoted(model.color()) + " is not one of Aporia's model colours: "
                    + list(ModelColor.values()) + ".");
            ok = false;
        }
        Optional<ModelIcon> icon = model.icon().isBlank() ? Optional.of(ModelIcon.DEFAULT)
                : ModelIcon.fromWireName(model.icon());
        if (icon.isEmpty()) {
            problems.add("model.icon", TypedText.quoted(model.icon()) + " is not one of Aporia's model icons: "
                    + list(ModelIcon.values()) + ".");
            ok = false;
        }
        for (TagRules.Violation v : TagRules.check(model.tags())) {
            problems.add(v.key().isEmpty() ? "model.tags" : "model.tags[" + TypedText.key(v.key()) + "]",
                    capitalise(v.message()));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new ModelSpec(id, name, model.description().strip(), model.owner().strip(), color.get(),
                icon.get(), model.tags()));
    }

    static Optional<String> version(ModelSection model, Problems problems) {
        String version = model.version().strip();
        if (!AporiaIds.valid(version)) {
            problems.add("model.version", "The version name " + TypedText.quoted(version) + " may hold only "
                    + AporiaIds.RULE + " characters" + AporiaIds.firstWrong(version) + ", like v1 or 2024-06-retrain.");
            return Optional.empty();
        }
        return Optional.of(version);
    }

    static Optional<ModelType> modelType(ModelSection model, Problems problems) {
        if (model.modelType().isBlank()) {
            problems.add("model.modelType", "Choose the model type: " + list(ModelType.values()) + ".");
            return Optional.empty();
        }
        Optional<ModelType> type = ModelType.fromWireName(model.modelType());
        if (type.isEmpty()) {
            problems.add("model.modelType", TypedText.quoted(model.modelType()) + " is not a model type Aporia knows: "
                    + list(ModelType.values()) + ".");
        }
        return type;
    }

    static String list(Object[] values) {
        return Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", "));
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
