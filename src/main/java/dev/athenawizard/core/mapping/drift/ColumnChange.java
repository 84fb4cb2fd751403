package dev.athenawizard.core.mapping.drift;

/**
 * How one column differs between the saved fingerprint and a new preview.
 *
 * @param kind    what changed
 * @param column  the column
 * @param before  what the saved fingerprint says ({@code double}, {@code length 768}); empty for an added column
 * @param after   what the new preview shows; empty for a removed column
 */
public record ColumnChange(Kind kind, String column, String before, String after) {
    public enum Kind {
        ADDED,
        REMOVED,
        /** Another Athena type. */
        RETYPED,
        /** Arrays or maps that now hold another kind of element. */
        ELEMENTS_CHANGED,
        /** Arrays of another length (an embedding model with a new dimension). */
        SHAPE_CHANGED
    }

    /** One line for the list of what changed. */
    public String describe() {
        return switch (kind) {
            case ADDED -> column + " is new (" + after + ")";
            case REMOVED -> column + " is gone (it was " + before + ")";
            case RETYPED -> column + " changed type: " + before + " → " + after;
            case ELEMENTS_CHANGED -> column + " now holds " + after + " instead of " + before;
            case SHAPE_CHANGED -> column + " changed from " + before + " to " + after;
        };
    }
}
