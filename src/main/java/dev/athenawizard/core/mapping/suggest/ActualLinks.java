package dev.athenawizard.core.mapping.suggest;

import dev.athenawizard.core.mapping.profile.ColumnProfile;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.profile.ValueKind;
import java.util.List;
import java.util.Optional;

/**
 * Which prediction an actual grades: the one whose name has the same subject ({@code did_buy_insurance} grades
 * {@code will_buy_insurance}), preferring one with the same kind of values (a true/false actual grades the
 * true/false decision rather than its probability); failing that, the only prediction of the actual's kind.
 */
public final class ActualLinks {
    /** A link and why it was chosen. */
    record Link(String prediction, Confidence confidence, String reason) {
    }

    private ActualLinks() {
    }

    /** The prediction column (of {@code predictions}) the actual column most likely grades. */
    public static Optional<String> guess(PreviewProfile preview, String actual, List<String> predictions) {
        Optional<ColumnProfile> a = preview.column(actual);
        if (a.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> candidates = predictions.stream().map(preview::column).flatMap(Optional::stream)
                .map(Candidate::of).toList();
        return best(Candidate.of(a.get()), candidates).map(Link::prediction);
    }

    static Optional<Link> best(Candidate actual, List<Candidate> predictions) {
        String subject = actual.name().subject();
        List<Candidate> sameSubject = predictions.stream().filter(p -> p.name().subject().equals(subject)).toList();
        if (!sameSubject.isEmpty()) {
            Candidate p = preferSameKind(actual, sameSubject);
            String why = subject.isEmpty()
                    ? "neither name has a subject besides the role words (" + actual.name().markerWord() + ", "
                            + p.name().markerWord() + ")"
                    : "the same subject '" + actual.name().subjectAsWritten() + "' in both names";
            return Optional.of(new Link(p.column(), Confidence.HIGH, "grades " + p.column() + ": " + why));
        }
        List<Candidate> sameKind = predictions.stream().filter(p -> outcomeKind(p) == outcomeKind(actual)).toList();
        if (sameKind.size() == 1) {
            Candidate p = sameKind.get(0);
            return Optional.of(new Link(p.column(), Confidence.MEDIUM, "grades " + p.column()
                    + ", the only prediction of " + outcomeKind(actual).plural()));
        }
        return Optional.empty();
    }

    private static Candidate preferSameKind(Candidate actual, List<Candidate> options) {
        return options.stream().filter(p -> outcomeKind(p) == outcomeKind(actual)).findFirst()
                .orElse(options.get(0));
    }

    /** Booleans and 0/1 numbers are both yes/no outcomes. */
    static ValueKind outcomeKind(Candidate c) {
        ColumnProfile p = c.profile();
        ValueKind kind = p.valueKind();
        if (kind == ValueKind.NUMBER && p.numbers().map(n -> n.zeroOrOne()).orElse(false) && p.distinct() <= 2
                && p.integral()) {
            return ValueKind.BOOLEAN;
        }
        return kind;
    }
}
