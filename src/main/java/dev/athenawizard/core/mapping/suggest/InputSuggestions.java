package dev.athenawizard.core.mapping.suggest;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.ColumnProfile;
import dev.athenawizard.core.mapping.profile.ValueKind;
import dev.athenawizard.core.mapping.profile.Words;
import dev.athenawizard.core.mapping.types.TypeAdvisor;
import java.util.Optional;

/** Everything that is neither id, timestamp, prediction nor actual: a feature, a raw input, or ignored. */
final class InputSuggestions {
    private InputSuggestions() {
    }

    static Suggestion of(Candidate c, Optional<String> timestampColumn) {
        ColumnProfile p = c.profile();
        if (c.name().shap()) {
            return ignored(c, Confidence.HIGH, "named …_shap: Aporia reads such columns as a feature's SHAP values, "
                    + "not as a field of their own");
        }
        if (c.type().isEmpty()) {
            return ignored(c, Confidence.MEDIUM, TypeAdvisor.noTypeReason(p));
        }
        if (p.allNull()) {
            return ignored(c, Confidence.MEDIUM, "NULL in every preview row: nothing to monitor yet");
        }
        String typeReason = c.type().get().reason();
        if (c.freeText()) {
            return new Suggestion(c.column(), Role.RAW_INPUT, c.column(), Optional.of(FieldSchema.of(
                    AporiaFieldType.TEXT)), "", Confidence.HIGH, typeReason + ": kept with each prediction as a raw "
                    + "input (choose Features if the model reads the text itself)");
        }
        if (c.kind() == ValueKind.DATETIME) {
            String other = timestampColumn.map(t -> " (the timestamp column is " + t + ")").orElse("");
            return raw(c, Confidence.MEDIUM, "another point in time" + other + ": kept as a raw input");
        }
        if (c.name().idLike()) {
            return raw(c, Confidence.MEDIUM, "named like an identifier: an id is no model input; kept as a raw input");
        }
        if (p.kind() == ValueKind.TEXT && p.nonNull() >= 20 && p.distinct() >= 0.9 * p.nonNull()) {
            return raw(c, Confidence.MEDIUM, "almost every value differs (" + p.distinct() + " of " + p.nonNull()
                    + "): too many for categories; kept as a raw input");
        }
        return new Suggestion(c.column(), Role.FEATURE, c.column(), c.type().map(t -> t.schema()), "",
                Confidence.MEDIUM, "a model input (" + typeReason + ")"
                        + (p.nulls() > 0 ? "; NULL in " + Words.percent(p.nullShare()) + " of rows" : ""));
    }

    private static Suggestion raw(Candidate c, Confidence confidence, String reason) {
        return new Suggestion(c.column(), Role.RAW_INPUT, c.column(), c.type().map(t -> t.schema()), "", confidence,
                reason);
    }

    private static Suggestion ignored(Candidate c, Confidence confidence, String reason) {
        return new Suggestion(c.column(), Role.IGNORED, c.column(), Optional.empty(), "", confidence, reason);
    }
}
