package dev.athenawizard.core;

import java.util.function.IntPredicate;

/**
 * What the user typed, shown inside a message about it. A message must stay one short line that reads the same on any
 * screen, whatever was pasted into the field: so text longer than {@value #MAX_SHOWN} characters is cut (its length
 * said), and what would not show — line breaks, tabs, control characters, invisible formatting such as a right-to-left
 * override or a zero-width space, lone halves of a surrogate pair — is written as an escape ({@code \n},
 * backslash-u and the character's code, like U+202E), so the user sees exactly which character is wrong.
 */
public final class TypedText {
    /** Longest text shown whole, in code points. */
    public static final int MAX_SHOWN = 40;
    private static final int SHOWN_WHEN_CUT = 32;

    private TypedText() {
    }

    /** {@code "text"}: quoted, escaped, and cut when long ({@code "abc…" (100000 characters)}). */
    public static String quoted(String text) {
        return quoted(text, '"');
    }

    /** The same with another quote character, e.g. {@code '}. */
    public static String quoted(String text, char quote) {
        String t = text == null ? "" : text;
        String head = head(t);
        return head.length() == t.length() ? quote + escaped(t) + quote
                : quote + escaped(head) + "…" + quote + " (" + t.length() + " characters)";
    }

    /** A short key for a field path ({@code model.tags[KEY]}): escaped and cut like {@link #quoted}, unquoted. */
    public static String key(String text) {
        String t = text == null ? "" : text;
        String head = head(t);
        return head.length() == t.length() ? escaped(t) : escaped(head) + "…";
    }

    /** The text when it is short enough to show whole, else its first {@value #SHOWN_WHEN_CUT} code points. */
    private static String head(String t) {
        if (t.codePointCount(0, t.length()) <= MAX_SHOWN) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, SHOWN_WHEN_CUT));
    }

    /** The text with every character that does not show written as an escape; nothing cut. */
    public static String escaped(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String escape = escape(c);
            if (escape == null) {
                b.appendCodePoint(c);
            } else {
                b.append(escape);
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /**
     * The first character {@code allowed} refuses and where it is, in words: {@code a space at character 5} (counting
     * characters from 1, as a user counts them); empty when every character is allowed.
     */
    public static String firstRefused(String text, IntPredicate allowed) {
        int position = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!allowed.test(c)) {
                return describe(c) + " at character " + position;
            }
            i += Character.charCount(c);
            position++;
        }
        return "";
    }

    /** Neither a control character nor half a surrogate pair: a character any name or path may hold. */
    public static boolean printable(int c) {
        return !Character.isISOControl(c) && !(c <= 0xFFFF && Character.isSurrogate((char) c));
    }

    /** {@link #printable} and not a line or paragraph separator: a character of a one-line name. */
    public static boolean singleLine(int c) {
        return printable(c) && c != 0x2028 && c != 0x2029;
    }

    /** One character in words: {@code a space}, {@code a line break}, {@code the character 'é'}, or an escape. */
    public static String describe(int c) {
        switch (c) {
            case ' ':
                return "a space";
            case '\n':
            case '\r':
            case 0x2028:
            case 0x2029:
            case 0x85:
                return "a line break";
            case '\t':
                return "a tab";
            default:
                break;
        }
        String escape = escape(c);
        if (escape != null) {
            return Character.isSurrogate((char) c) && c <= 0xFFFF ? "a broken character (" + escape + ")"
                    : "the invisible character " + escape;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return "a space (" + String.format("\\u%04X", c) + ")";
        }
        return "the character '" + new String(Character.toChars(c)) + "'";
    }

    /** The escape for a character that does not show, or null when it shows as itself. */
    private static String escape(int c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        int type = Character.getType(c);
        boolean invisible = Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
        if (!invisible || c == 0x200D) { // the zero-width joiner holds emoji such as 👩‍👩‍👧 together
            return null;
        }
        return c <= 0xFFFF ? String.format("\\u%04X", c) : String.format("\\u{%X}", c);
    }
}
