package dev.athenawizard.core.sandbox.catalog;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code Expression} filter of Glue GetTables and Athena ListTableMetadata: a regular expression on table names,
 * where a bare {@code *} means "anything" as in the console ({@code model*} lists {@code model_predictions}).
 */
public final class TableNamePattern {
    private final Pattern pattern;

    private TableNamePattern(Pattern pattern) {
        this.pattern = pattern;
    }

    /** A pattern, or null to match everything. */
    public static TableNamePattern of(String expression) {
        if (expression == null || expression.isBlank()) {
            return new TableNamePattern(null);
        }
        String regex = expression.replaceAll("(?<!\\.)\\*", ".*"); // a lone * means any text
        try {
            return new TableNamePattern(Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        } catch (PatternSyntaxException e) {
            return new TableNamePattern(Pattern.compile(Pattern.quote(expression), Pattern.CASE_INSENSITIVE));
        }
    }

    public boolean matches(String name) {
        return pattern == null || pattern.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }
}
