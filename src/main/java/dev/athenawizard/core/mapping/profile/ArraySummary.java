package dev.athenawizard.core.mapping.profile;

import java.util.List;

/**
 * What the arrays of a column look like.
 *
 * @param length     elements per array (the outer length for nested arrays)
 * @param leafKind   the kind of the innermost elements, from the values or, when they tell nothing (all NULL or
 *                   empty), from the declared Glue type
 * @param shape      the dimensions every array shares ({@code [768]}, {@code [3, 4]}); empty when they differ
 * @param nested     whether the arrays hold arrays
 * @param unreadable values that are not arrays in Athena's notation
 */
public record ArraySummary(LengthSummary length, ValueKind leafKind, List<Integer> shape, boolean nested,
        int unreadable) {
    public ArraySummary {
        shape = List.copyOf(shape);
    }

    /** Whether every array has the same dimensions: a tensor. */
    public boolean regular() {
        return !shape.isEmpty();
    }
}
