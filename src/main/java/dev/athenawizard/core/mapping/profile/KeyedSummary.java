package dev.athenawizard.core.mapping.profile;

import java.util.List;

/**
 * What the maps or rows of a column look like.
 *
 * @param entries      entries per value
 * @param valueKind    the kind the values share (from the declared type when the values tell nothing)
 * @param keys         the distinct keys seen, first seen first, at most {@link #MAX_KEYS}
 * @param distinctKeys how many distinct keys there are
 * @param unreadable   values that are not maps in Athena's notation
 */
public record KeyedSummary(LengthSummary entries, ValueKind valueKind, List<String> keys, int distinctKeys,
        int unreadable) {
    public static final int MAX_KEYS = 20;

    public KeyedSummary {
        keys = List.copyOf(keys);
    }
}
