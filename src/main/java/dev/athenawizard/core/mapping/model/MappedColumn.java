package dev.athenawizard.core.mapping.model;

import dev.athenawizard.core.aporia.schema.FieldSchema;
import java.util.Objects;
import java.util.Optional;

/**
 * One result column's place in the mapping.
 *
 * @param column           the result column
 * @param role             its role
 * @param field            the Aporia field name; the column name unless renamed (always the column name for the
 *                         ID, timestamp and ignored columns)
 * @param schema           the Aporia type; empty for roles without one, or while no type fits
 * @param linkedPrediction for an actual: the column of the prediction it grades; empty when not linked, and for
 *                         every other role
 */
public record MappedColumn(String column, Role role, String field, Optional<FieldSchema> schema,
        String linkedPrediction) {

    public MappedColumn {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(role, "role");
        if (!role.isField()) {
            field = column;
            schema = Optional.empty();
        }
        field = field == null || field.isEmpty() ? column : field;
        schema = schema == null ? Optional.empty() : schema;
        linkedPrediction = role == Role.ACTUAL && linkedPrediction != null ? linkedPrediction : "";
    }

    /** A column in a role without a field (ID, timestamp, ignored), or a field named like its column. */
    public static MappedColumn of(String column, Role role, FieldSchema schema) {
        return new MappedColumn(column, role, column, Optional.ofNullable(schema), "");
    }

    public MappedColumn withRole(Role value) {
        return new MappedColumn(column, value, field, schema, linkedPrediction);
    }

    public MappedColumn withField(String value) {
        return new MappedColumn(column, role, value, schema, linkedPrediction);
    }

    public MappedColumn withSchema(Optional<FieldSchema> value) {
        return new MappedColumn(column, role, field, value, linkedPrediction);
    }

    public MappedColumn withLink(String predictionColumn) {
        return new MappedColumn(column, role, field, schema, predictionColumn);
    }

    public boolean renamed() {
        return !field.equals(column);
    }
}
