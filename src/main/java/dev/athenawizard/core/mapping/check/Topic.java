package dev.athenawizard.core.mapping.check;

/** What a check is about, so the screen can place each finding next to what it concerns. */
public enum Topic {
    ID,
    TIMESTAMP,
    /** A mapped column the result does not have, or a name the result repeats. */
    COLUMNS,
    /** A field's Aporia type against its values. */
    TYPE,
    TENSOR_LENGTH,
    FIELD_NAME,
    /** At least one feature and one prediction. */
    REQUIRED_FIELDS,
    ACTUAL_LINK,
    LABEL_SETS,
    ACTUAL_COVERAGE,
    MODEL_TYPE,
    UNASSIGNED
}
