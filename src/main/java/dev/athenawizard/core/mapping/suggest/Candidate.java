package dev.athenawizard.core.mapping.suggest;

import dev.athenawizard.core.mapping.profile.ColumnProfile;
import dev.athenawizard.core.mapping.profile.ValueKind;
import dev.athenawizard.core.mapping.types.TypeAdvisor;
import dev.athenawizard.core.mapping.types.TypeChoice;
import java.util.Optional;

/** A column as the suggester sees it: its profile, what its name says, and the type it calls for. */
record Candidate(ColumnProfile profile, NameHints name, Optional<TypeChoice> type) {
    static Candidate of(ColumnProfile profile) {
        return new Candidate(profile, NameHints.of(profile.name()), TypeAdvisor.propose(profile));
    }

    String column() {
        return profile.name();
    }

    ValueKind kind() {
        return profile.valueKind();
    }

    boolean freeText() {
        return profile.kind() == ValueKind.TEXT && profile.text().map(t -> t.freeText()).orElse(false)
                && !profile.parsability().allNumbers();
    }

    /** Something a model can output or be graded on: a single value, a dict of scores, or an array of numbers. */
    boolean outcomeShaped() {
        ValueKind k = kind();
        return type.isPresent() && !freeText()
                && (k == ValueKind.NUMBER || k == ValueKind.BOOLEAN || k == ValueKind.TEXT || k.isKeyed()
                        || k == ValueKind.ARRAY);
    }
}
