package dev.athenawizard.core.mapping.edit;

/**
 * Why an edit was not done for a column.
 *
 * @param column the column (empty when the refusal concerns the whole edit)
 * @param reason why, in the user's terms
 */
public record Refusal(String column, String reason) {
    public String describe() {
        return column.isEmpty() ? reason : column + ": " + reason;
    }
}
