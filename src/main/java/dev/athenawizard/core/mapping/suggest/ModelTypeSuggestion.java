package dev.athenawizard.core.mapping.suggest;

import dev.athenawizard.core.aporia.schema.ModelType;

/** The model type the suggested predictions call for, and why. */
public record ModelTypeSuggestion(ModelType type, String reason) {
}
