package dev.athenawizard.core.athena.query;

/**
 * A result column as Athena describes it.
 *
 * @param name      the column label
 * @param type      Athena's result type name: {@code varchar}, {@code bigint}, {@code double}, {@code timestamp},
 *                  {@code array}, {@code map}, {@code row}, {@code decimal}, … (element types are not given)
 * @param precision digits or length (e.g. 2147483647 for varchar, 19 for bigint, p for decimal)
 * @param scale     digits after the point (decimal)
 */
public record ResultColumn(String name, String type, int precision, int scale) {
}
