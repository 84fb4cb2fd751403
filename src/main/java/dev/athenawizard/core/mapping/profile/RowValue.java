package dev.athenawizard.core.mapping.profile;

/**
 * One preview row's value of a column, for messages that show example rows.
 *
 * @param row   the row number as the preview table shows it, counting from 1
 * @param value the value, null for SQL NULL
 */
public record RowValue(int row, String value) {
    /** {@code 'alice' in row 3}. */
    public String describe() {
        return ValueText.quote(value) + " in row " + row;
    }
}
