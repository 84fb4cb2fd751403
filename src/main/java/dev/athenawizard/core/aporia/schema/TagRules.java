package dev.athenawizard.core.aporia.schema;

import dev.athenawizard.core.TypedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Aporia's rules for model tags: at most 10; a key of 1 to 15 letters, digits, spaces, {@code -} or {@code _}; a
 * value of at most 100 characters. The wizard checks them as the user types, the sandbox as Aporia would.
 */
public final class TagRules {
    public static final int MAX_TAGS = 10;
    public static final int MAX_KEY_LENGTH = 15;
    public static final int MAX_VALUE_LENGTH = 100;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9 _-]+");

    private TagRules() {
    }

    /** One broken rule: the tag it concerns (empty for the count) and why, in words a user can act on. */
    public record Violation(String key, String message) {
    }

    /** Every broken rule, by key; empty when the tags are fine. */
    public static List<Violation> check(Map<String, String> tags) {
        List<Violation> out = new ArrayList<>();
        if (tags == null) {
            return out;
        }
        if (tags.size() > MAX_TAGS) {
            out.add(new Violation("", tags.size() + " tags: Aporia allows at most " + MAX_TAGS + "."));
        }
        new TreeMap<>(tags).forEach((key, value) -> {
            String k = key == null ? "" : key;
            if (k.isEmpty()) {
                out.add(new Violation(k, "a tag has an empty key."));
            } else if (k.length() > MAX_KEY_LENGTH) {
                out.add(new Violation(k, "tag key " + TypedText.quoted(k) + " has " + k.length()
                        + " characters; at most " + MAX_KEY_LENGTH + "."));
            } else if (!KEY.matcher(k).matches()) {
                out.add(new Violation(k, "tag key " + TypedText.quoted(k) + " may hold only letters, digits, spaces, "
                        + "- and _; it has " + TypedText.firstRefused(k, TagRules::keyCharacter) + "."));
            }
            if (value == null) {
                out.add(new Violation(k, "tag " + TypedText.quoted(k) + " has no value."));
            } else if (value.length() > MAX_VALUE_LENGTH) {
                out.add(new Violation(k, "the value of tag " + TypedText.quoted(k) + " has " + value.length()
                        + " characters; at most " + MAX_VALUE_LENGTH + "."));
            }
        });
        return out;
    }

    private static boolean keyCharacter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '_'
                || c == '-';
    }
}
