package dev.athenawizard.core.mapping.suggest;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import java.util.List;
import java.util.Optional;

/** The model type the predictions call for: a yes/no decision is binary, a label multiclass, a number regression. */
final class ModelTypeSuggestions {
    private ModelTypeSuggestions() {
    }

    static Optional<ModelTypeSuggestion> suggest(List<Suggestion> predictions, List<Suggestion> actuals,
                                                 PreviewProfile preview) {
        Optional<Suggestion> decision = first(predictions, AporiaFieldType.BOOLEAN);
        if (decision.isPresent()) {
            Optional<Suggestion> proba = first(predictions, AporiaFieldType.NUMERIC);
            return Optional.of(new ModelTypeSuggestion(ModelType.BINARY, decision.get().column()
                    + " is a true/false prediction" + proba.map(p -> ", with " + p.column() + " as its score")
                    .orElse("")));
        }
        Optional<Suggestion> label = first(predictions, AporiaFieldType.STRING)
                .or(() -> first(predictions, AporiaFieldType.CATEGORICAL));
        if (label.isPresent()) {
            return Optional.of(new ModelTypeSuggestion(ModelType.MULTICLASS, label.get().column()
                    + " predicts one of several labels"));
        }
        Optional<Suggestion> scores = first(predictions, AporiaFieldType.DICT);
        if (scores.isPresent()) {
            return Optional.of(new ModelTypeSuggestion(ModelType.MULTI_LABEL, scores.get().column()
                    + " maps labels to scores"));
        }
        Optional<Suggestion> number = first(predictions, AporiaFieldType.NUMERIC);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        boolean probability = preview.column(number.get().column())
                .flatMap(p -> p.numbers()).map(n -> n.withinUnitInterval()).orElse(false);
        Optional<Suggestion> yesNo = actuals.stream()
                .filter(a -> a.linkedPrediction().equals(number.get().column()))
                .filter(a -> a.schema().map(s -> s.type() == AporiaFieldType.BOOLEAN).orElse(false)).findFirst();
        if (probability && yesNo.isPresent()) {
            return Optional.of(new ModelTypeSuggestion(ModelType.BINARY, number.get().column()
                    + " is a probability (0 to 1) graded by the true/false " + yesNo.get().column()));
        }
        return Optional.of(new ModelTypeSuggestion(ModelType.REGRESSION, number.get().column()
                + " predicts a number"));
    }

    private static Optional<Suggestion> first(List<Suggestion> suggestions, AporiaFieldType type) {
        return suggestions.stream().filter(s -> s.schema().map(x -> x.type() == type).orElse(false)).findFirst();
    }
}
