package dev.athenawizard.core.aporia.schema;

import dev.athenawizard.core.TypedText;
import java.util.regex.Pattern;

/**
 * Model ids and version names travel in the API's paths ({@code /models/<id>/versions/<version>/datasets}), so they
 * keep to characters that need no escaping there.
 */
public final class AporiaIds {
    private static final Pattern PATH_SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    /** The rule in words, to follow "may hold only". */
    public static final String RULE = "letters, digits, '.', '-' and '_', starting with a letter or digit, at most 100";

    private AporiaIds() {
    }

    public static boolean valid(String text) {
        return text != null && PATH_SAFE.matcher(text).matches();
    }

    /** {@code "; it has a space at character 4"}, naming the first character the rule refuses; empty if none. */
    public static String firstWrong(String text) {
        String wrong = TypedText.firstRefused(text, c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-');
        return wrong.isEmpty() ? "" : "; it has " + wrong;
    }
}
