package dev.athenawizard.core.mapping.suggest;

import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Role;
import java.util.Optional;

/**
 * A proposed role (and type, field name, actual link) for one column, with the reason: a proposal the user accepts
 * or rejects, never applied by itself.
 *
 * @param column     the result column
 * @param role       the proposed role
 * @param field      the proposed field name (the column's, unless Aporia would refuse it)
 * @param schema     the proposed type; empty for the ID, timestamp and ignored roles
 * @param linkedPrediction for an actual, the prediction column it grades; empty otherwise or when none was found
 * @param confidence how sure
 * @param reason     why, in the user's terms ("unique and never NULL in all 100 preview rows; named like an id")
 */
public record Suggestion(String column, Role role, String field, Optional<FieldSchema> schema,
        String linkedPrediction, Confidence confidence, String reason) {

    public Suggestion {
        MappedColumn normalised = new MappedColumn(column, role, field, schema, linkedPrediction);
        field = normalised.field();
        schema = normalised.schema();
        linkedPrediction = normalised.linkedPrediction();
    }

    /** The mapping entry accepting it makes. */
    public MappedColumn entry() {
        return new MappedColumn(column, role, field, schema, linkedPrediction);
    }

    /**
     * Identifies what is proposed (column, role, type, link), so a rejection is remembered for exactly this
     * proposal: a later, different proposal for the column (a tensor whose length changed) is offered again.
     */
    public String key() {
        return column + "|" + role + "|" + schema.map(FieldSchema::label).orElse("") + "|" + linkedPrediction;
    }

    /** Whether the mapping already is what this proposes. */
    public boolean isSatisfiedBy(Mapping mapping) {
        return mapping.entry(column).map(e -> e.equals(entry())).orElse(false);
    }

    /** Short form for lists: {@code embeddings → Features, tensor [768]}. */
    public String summary() {
        return column + " → " + role.zone() + schema.map(s -> ", " + s.label()).orElse("")
                + (linkedPrediction.isEmpty() ? "" : ", grades " + linkedPrediction)
                + (field.equals(column) ? "" : ", as '" + field + "'");
    }
}
