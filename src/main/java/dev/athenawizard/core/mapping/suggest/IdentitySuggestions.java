package dev.athenawizard.core.mapping.suggest;

import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.ColumnProfile;
import dev.athenawizard.core.mapping.profile.ValueKind;
import dev.athenawizard.core.mapping.profile.Words;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The ID column and the timestamp column: the two every prediction row needs. */
final class IdentitySuggestions {
    private IdentitySuggestions() {
    }

    static Optional<Suggestion> id(List<Candidate> candidates, int rows) {
        Optional<Candidate> best = candidates.stream()
                .filter(c -> uniqueAndComplete(c.profile()) && idShaped(c))
                .filter(c -> c.name().idLike() || (c.profile().nonNull() >= 2 && c.kind() == ValueKind.TEXT
                        && c.name().marker() == NameHints.Marker.NONE))
                .max(Comparator.comparingInt(IdentitySuggestions::idScore));
        if (best.isPresent()) {
            Candidate c = best.get();
            String values = "unique and never NULL in all " + Words.count(rows, "preview row");
            boolean named = c.name().idLike();
            String reason = named ? values + "; named like an id"
                    : "text " + values + ", as ids are (no column is named like one)";
            return Optional.of(suggestion(c, Role.ID, named ? Confidence.HIGH : Confidence.MEDIUM, reason));
        }
        return candidates.stream().filter(c -> c.name().idLike() && idShaped(c)).findFirst()
                .map(c -> suggestion(c, Role.ID, Confidence.LOW, "named like an id, but "
                        + notUnique(c.profile()) + " in the preview; check the query before registering"));
    }

    static Optional<Suggestion> timestamp(List<Candidate> candidates, int rows) {
        return candidates.stream().filter(c -> c.kind() == ValueKind.DATETIME)
                .max(Comparator.comparingInt(IdentitySuggestions::timeScore))
                .map(c -> {
                    ColumnProfile p = c.profile();
                    String type = p.kind() == ValueKind.DATETIME ? "Athena type " + p.athenaType()
                            : "every value a timestamp written as text";
                    String nulls = p.nulls() == 0 ? "never NULL in " + Words.count(rows, "preview row")
                            : "NULL in " + p.nulls() + " of " + Words.count(rows, "preview row");
                    String named = c.name().timeLike() ? "; named like a point in time" : "";
                    Confidence confidence = p.nulls() > 0 ? Confidence.LOW
                            : c.name().timeLike() ? Confidence.HIGH : Confidence.MEDIUM;
                    return suggestion(c, Role.TIMESTAMP, confidence, type + ", " + nulls + named);
                });
    }

    private static boolean uniqueAndComplete(ColumnProfile p) {
        return p.unique() && p.nulls() == 0;
    }

    private static boolean idShaped(Candidate c) {
        return (c.kind() == ValueKind.TEXT && !c.freeText())
                || (c.profile().kind() == ValueKind.NUMBER && c.profile().integral());
    }

    private static int idScore(Candidate c) {
        int score = c.name().idLike() ? 4 : 0;
        if (c.name().idLike() && (c.name().has("prediction") || c.name().has("request")
                || c.name().has("inference") || c.name().has("event"))) {
            score++;
        }
        if (c.profile().kind() == ValueKind.TEXT) {
            score++;
            if (c.profile().text().map(t -> t.length().constant()).orElse(false)) {
                score++;
            }
        }
        return score;
    }

    private static int timeScore(Candidate c) {
        int score = c.name().timeLike() ? 2 : 0;
        if (c.name().has("prediction") || c.name().has("inference") || c.name().has("event")
                || c.name().has("scored")) {
            score++;
        }
        if (c.name().marker() == NameHints.Marker.ACTUAL || c.name().has("actual") || c.name().has("updated")
                || c.name().has("label")) {
            score -= 3;
        }
        if (c.profile().nulls() == 0) {
            score += 2;
        }
        if (c.profile().kind() == ValueKind.DATETIME) {
            score++;
        }
        if (c.profile().times().map(t -> t.datesOnly()).orElse(false)) {
            score--;
        }
        return score;
    }

    private static String notUnique(ColumnProfile p) {
        int repeats = p.nonNull() - p.distinct();
        String parts = repeats > 0 ? Words.count(repeats, "value") + " repeat" + (repeats == 1 ? "s" : "") : "";
        String nulls = p.nulls() > 0 ? "NULL in " + Words.count(p.nulls(), "row") : "";
        return parts.isEmpty() ? nulls : nulls.isEmpty() ? parts : parts + " and it is " + nulls;
    }

    private static Suggestion suggestion(Candidate c, Role role, Confidence confidence, String reason) {
        return new Suggestion(c.column(), role, c.column(), Optional.empty(), "", confidence, reason);
    }
}
