package dev.athenawizard.testing;

import java.util.Locale;

/**
 * What a message about bad input must be, whatever was typed: a sentence a person can read on one line — not empty,
 * not thousands of characters long, without characters that do not show (control characters, line breaks, invisible
 * formatting such as right-to-left overrides) or cannot be shown (lone surrogates) — that names the field.
 */
public final class ReadableMessage {
    /** Longer than any message the wizard writes; a message this long echoes the input in full. */
    public static final int MAX_LENGTH = 600;

    private ReadableMessage() {
    }

    /**
     * @param message   the message
     * @param input     what was typed, for the failure's description
     * @param fieldWords words of which at least one names the field (case does not matter)
     * @throws AssertionError saying what is wrong with the message
     */
    public static void check(String message, String input, String... fieldWords) {
        String problem = problem(message, fieldWords);
        if (problem != null) {
            throw new AssertionError(problem + "\n  message: " + visible(message) + "\n  input:   " + visible(input)
                    + "\n  (seed " + BadText.seed() + ")");
        }
    }

    /** Why the message is not readable, or null when it is. */
    public static String problem(String message, String... fieldWords) {
        if (message == null || message.isBlank()) {
            return "the message is empty";
        }
        if (message.length() > MAX_LENGTH) {
            return "the message is " + message.length() + " characters long";
        }
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < message.length()
                        && Character.isLowSurrogate(message.charAt(i + 1));
                if (!paired) {
                    return "the message holds a lone surrogate at " + i;
                }
                i++;
                continue;
            }
            int type = Character.getType(c);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return "the message holds the control character U+" + hex(c) + " at " + i;
            }
            if (type == Character.FORMAT && c != '\u200d') {
                return "the message holds the invisible character U+" + hex(c) + " at " + i;
            }
        }
        if (fieldWords.length > 0) {
            String lower = message.toLowerCase(Locale.ROOT);
            boolean named = false;
            for (String word : fieldWords) {
                named |= lower.contains(word.toLowerCase(Locale.ROOT));
            }
            if (!named) {
                return "the message does not name the field (" + String.join(" / ", fieldWords) + ")";
            }
        }
        return null;
    }

    /** The text with what does not show written as escapes, shortened, for a failure's description. */
    public static String visible(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        int shown = Math.min(text.length(), 300);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
        if (shown < text.length()) {
            b.append("… (").append(text.length()).append(" characters)");
        }
        return b.toString();
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
