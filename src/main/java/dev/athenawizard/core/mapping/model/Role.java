package dev.athenawizard.core.mapping.model;

/** What a result column is to the model: the Mapping step's drop zones. */
public enum Role {
    /** The unique prediction id ({@code id_column}). */
    ID("ID column", false, true),
    /** When the prediction was made ({@code timestamp_column}). */
    TIMESTAMP("Timestamp column", false, true),
    /** Data kept with each prediction that the model does not read (metadata, the raw text). */
    RAW_INPUT("Raw inputs", true, false),
    /** What the model reads; their order is the model's feature order. */
    FEATURE("Features", true, false),
    /** What the model outputs. */
    PREDICTION("Predictions", true, false),
    /** What really happened, each linked to the prediction it grades; NULL until known. */
    ACTUAL("Actuals", true, false),
    /** Seen and deliberately left out; not sent to Aporia. */
    IGNORED("Ignored", false, false);

    private final String zone;
    private final boolean field;
    private final boolean single;

    Role(String zone, boolean field, boolean single) {
        this.zone = zone;
        this.field = field;
        this.single = single;
    }

    /** The drop zone's title. */
    public String zone() {
        return zone;
    }

    /** Whether a column in this role is an Aporia field, with a name and a type. */
    public boolean isField() {
        return field;
    }

    /** Whether only one column can have this role (the ID and the timestamp). */
    public boolean isSingle() {
        return single;
    }
}
