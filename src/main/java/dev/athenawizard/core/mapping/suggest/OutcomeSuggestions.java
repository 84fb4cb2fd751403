package dev.athenawizard.core.mapping.suggest;

import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.ColumnProfile;
import dev.athenawizard.core.mapping.profile.Words;
import dev.athenawizard.core.mapping.suggest.NameHints.Marker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Predictions and actuals, found by their names: words such as {@code will_}, {@code proba}, {@code pred} mark a
 * prediction, and {@code did_}, {@code label}, {@code actual}, {@code ground_truth} an actual; a column whose name
 * has no such word but shares its subject with a marked one is its partner ({@code churn} beside
 * {@code churn_label} is the prediction).
 */
final class OutcomeSuggestions {
    record Outcomes(List<Suggestion> predictions, List<Suggestion> actuals) {
    }

    private OutcomeSuggestions() {
    }

    static Outcomes find(List<Candidate> candidates) {
        List<Candidate> shaped = candidates.stream().filter(Candidate::outcomeShaped).toList();
        List<Candidate> predictions = new ArrayList<>();
        List<Candidate> actuals = new ArrayList<>();
        List<String> partnerReasons = new ArrayList<>();
        for (Candidate c : shaped) {
            if (c.name().marker() == Marker.PREDICTION) {
                predictions.add(c);
            } else if (c.name().marker() == Marker.ACTUAL) {
                actuals.add(c);
            }
        }
        List<Candidate> markedActuals = List.copyOf(actuals);
        List<Candidate> markedPredictions = List.copyOf(predictions);
        List<Candidate> partners = new ArrayList<>();
        for (Candidate c : shaped) {
            String subject = c.name().subject();
            if (c.name().marker() != Marker.NONE || subject.isEmpty() || c.name().idLike() || c.name().timeLike()) {
                continue;
            }
            Optional<Candidate> graded = markedActuals.stream().filter(a -> a.name().subject().equals(subject))
                    .findFirst();
            Optional<Candidate> grading = markedPredictions.stream().filter(p -> p.name().subject().equals(subject))
                    .findFirst();
            if (graded.isPresent()) {
                predictions.add(c);
                partners.add(c);
                partnerReasons.add("its name has no role word, but " + graded.get().column()
                        + " is named as its actual");
            } else if (grading.isPresent()) {
                actuals.add(c);
                partners.add(c);
                partnerReasons.add("its name has no role word, but " + grading.get().column()
                        + " is named as the prediction of it");
            }
        }
        List<Suggestion> predicted = new ArrayList<>();
        for (Candidate p : predictions) {
            int partner = partners.indexOf(p);
            String why = partner >= 0 ? partnerReasons.get(partner) : predictionReason(p);
            predicted.add(new Suggestion(p.column(), Role.PREDICTION, p.column(), p.type().map(t -> t.schema()), "",
                    partner >= 0 ? Confidence.MEDIUM : Confidence.HIGH, why + "; " + p.type().orElseThrow().reason()));
        }
        List<Suggestion> actual = new ArrayList<>();
        for (Candidate a : actuals) {
            int partner = partners.indexOf(a);
            String why = partner >= 0 ? partnerReasons.get(partner) : actualReason(a);
            Optional<ActualLinks.Link> link = ActualLinks.best(a, predictions);
            String linked = link.map(l -> "; " + l.reason())
                    .orElse("; no prediction found for it to grade: link it by hand");
            Confidence confidence = link.map(ActualLinks.Link::confidence).orElse(Confidence.LOW);
            if (partner >= 0 && confidence == Confidence.HIGH) {
                confidence = Confidence.MEDIUM;
            }
            actual.add(new Suggestion(a.column(), Role.ACTUAL, a.column(), a.type().map(t -> t.schema()),
                    link.map(ActualLinks.Link::prediction).orElse(""), confidence, why + linked + nulls(a.profile())));
        }
        return new Outcomes(predicted, actual);
    }

    private static String predictionReason(Candidate c) {
        String word = c.name().markerWord();
        if (word.equals("will_…")) {
            return "named will_…: an outcome the model predicts";
        }
        if (word.startsWith("prob")) {
            String range = c.profile().numbers().filter(n -> n.withinUnitInterval())
                    .map(n -> ", values from " + Words.number(n.min()) + " to " + Words.number(n.max())).orElse("");
            return "named like a probability (" + word + ")" + range;
        }
        if (word.equals("score")) {
            return "named score: a model's output";
        }
        return "named like a model output (" + word + ")";
    }

    private static String actualReason(Candidate c) {
        String word = c.name().markerWord();
        return word.equals("did_…") ? "named did_…: what really happened"
                : "named like a ground truth (" + word + ")";
    }

    private static String nulls(ColumnProfile p) {
        if (p.allNull()) {
            return "; NULL in every preview row (not known yet, which Aporia allows)";
        }
        return p.nulls() == 0 ? ""
                : "; NULL in " + p.nulls() + " of " + Words.count(p.rows(), "row") + " (not known yet)";
    }
}
