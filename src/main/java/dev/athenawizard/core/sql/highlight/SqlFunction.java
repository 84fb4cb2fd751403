package dev.athenawizard.core.sql.highlight;

/**
 * A Trino function Athena offers.
 *
 * @param name        lower case, as documented
 * @param arguments   what goes between the parentheses, e.g. {@code (x, y)}; empty for the few called without
 *                    parentheses ({@code current_date})
 * @param description what it returns, in a few words
 */
public record SqlFunction(String name, String arguments, String description) {
    public boolean takesParentheses() {
        return !arguments.isEmpty();
    }
}
