package dev.athenawizard.core.mapping.model;

import dev.athenawizard.core.TypedText;
import java.util.Locale;
import java.util.Optional;

/**
 * The names the wizard lets an Aporia field have.
 *
 * <p>Aporia documents no rule for field names (none in the SDK sources or docs we have; see
 * {@code reference/aporia-api.md} §2). The rule chosen here is the one every place the name travels accepts: a
 * letter or underscore, then letters, digits and underscores, at most {@value #MAX_LENGTH} characters. Why: by
 * default Aporia reads each field from the column of the same name, through Athena (whose column names are lower-case
 * letters, digits and underscores) and Spark SQL {@code select_expr} (where a dot means a struct field and spaces
 * need quoting); the exported Python script uses them as dictionary keys; monitors show them.
 * Two names that differ only in letter case are refused as duplicates, since Spark and Athena compare column names
 * without case.
 */
public final class FieldNames {
    public static final int MAX_LENGTH = 128;

    private FieldNames() {
    }

    /** Why Aporia (by the rule above) would refuse the name; empty when it is fine. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("a field needs a name");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of(TypedText.quoted(name, '\'') + " is " + name.length() + " characters long; at most "
                    + MAX_LENGTH + " are allowed");
        }
        int first = name.codePointAt(0);
        if (!(isAsciiLetter(first) || first == '_')) {
            return Optional.of(TypedText.quoted(name, '\'') + " must start with a letter or an underscore");
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_')) {
                return Optional.of(TypedText.quoted(name, '\'') + " has " + describe(c)
                        + "; use only letters, digits and underscores");
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    public static boolean valid(String name) {
        return problem(name).isEmpty();
    }

    /** A name the rule accepts, made from a column name: {@code "Order Total ($)"} → {@code order_total}. */
    public static String suggestFor(String column) {
        StringBuilder b = new StringBuilder();
        for (char c : column.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            boolean ok = isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
            if (ok) {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '_') {
                b.append('_');
            }
        }
        while (b.length() > 1 && b.charAt(b.length() - 1) == '_') {
            b.setLength(b.length() - 1);
        }
        String name = b.length() == 0 || b.toString().equals("_") ? "field" : b.toString();
        if (!isAsciiLetter(name.charAt(0)) && name.charAt(0) != '_') {
            name = "_" + name;
        }
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }

    /** The key under which names count as the same (case does not tell them apart). */
    public static String identity(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String describe(int c) {
        return switch (c) {
            case '.' -> "a dot";
            case '-' -> "a hyphen";
            default -> TypedText.describe(c);
        };
    }
}
