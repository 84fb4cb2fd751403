package dev.athenawizard.core.mapping.edit;

import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import java.util.List;
import java.util.Optional;

/** Chooses the model type (binary, multiclass, …) the checks judge the predictions against; empty for none. */
public record SetModelType(Optional<ModelType> type) implements MappingEdit {
    @Override
    public String description() {
        return type.map(t -> "Make the model " + t.wireName()).orElse("Clear the model type");
    }

    @Override
    public EditResult apply(Mapping mapping, PreviewProfile preview) {
        return new EditResult(mapping.withModelType(type), List.of(), List.of());
    }
}
