package dev.athenawizard.core.mapping.types;

import dev.athenawizard.core.aporia.schema.FieldSchema;

/**
 * The Aporia type proposed for a column, and why.
 *
 * @param schema the type (with a tensor's dimensions)
 * @param reason why, in the user's terms: {@code "array of numbers, length 768 in every row"}
 */
public record TypeChoice(FieldSchema schema, String reason) {
}
