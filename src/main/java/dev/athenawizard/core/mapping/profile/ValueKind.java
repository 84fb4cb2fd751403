package dev.athenawizard.core.mapping.profile;

/** What a column's values are, as far as mapping them to Aporia is concerned. */
public enum ValueKind {
    NUMBER("numbers"),
    BOOLEAN("true/false values"),
    /** Dates and timestamps. */
    DATETIME("points in time"),
    TEXT("text"),
    ARRAY("arrays"),
    MAP("maps"),
    /** Structs: {@code {x=1, y=2}}, rendered like maps. */
    ROW("rows"),
    BINARY("binary data"),
    /** Types with no Aporia counterpart: time of day, intervals. */
    OTHER("values of another kind"),
    /** Nothing to tell: no values, or Athena gave no type. */
    UNKNOWN("unknown values");

    private final String plural;

    ValueKind(String plural) {
        this.plural = plural;
    }

    /** How a sentence names values of this kind: "numbers", "true/false values". */
    public String plural() {
        return plural;
    }

    /** Maps and rows render alike ({@code {a=1}}) and both become Aporia dicts. */
    public boolean isKeyed() {
        return this == MAP || this == ROW;
    }

    /** The kind two elements of one array share: the same kind, or text when they differ. */
    static ValueKind common(ValueKind a, ValueKind b) {
        if (a == UNKNOWN) {
            return b;
        }
        if (b == UNKNOWN || a == b) {
            return a;
        }
        return TEXT;
    }
}
