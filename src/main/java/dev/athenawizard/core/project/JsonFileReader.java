package dev.athenawizard.core.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.athenawizard.core.TypedText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns the bytes of a project file or a draft into a JSON tree, saying in the wizard's words, at the line and column
 * where it happens, why they are not one: not UTF-8, empty, cut short, more than one value, a key twice, not JSON.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, and columns count {@code char}s from 1, as Jackson
 * counts them, so every position in a message is reckoned one way. A byte order mark (Windows editors write one) is
 * read past.
 */
final class JsonFileReader {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Jackson's own words, when they are quoted, are cut at this length. */
    private static final int MAX_WORDS = 160;

    private JsonFileReader() {
    }

    /**
     * The bytes as UTF-8 text, without a leading byte order mark. A character cut off at the very end is left out:
     * the JSON before it is then incomplete, which {@link #readTree} reports as cut short.
     *
     * @param what "project" or "draft", for the message
     */
    static String decode(byte[] bytes, Path file, String what) throws ProjectFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError() && !incompleteCharacterAtEnd(bytes, in.position())) {
            int[] at = end(withoutByteOrderMark(out.flip().toString()));
            throw new ProjectFileException(file, name(file) + " is not a text file (it is not UTF-8 at line " + at[0]
                    + ", column " + at[1] + "), so it cannot be " + article(what) + ".", "", at[0], at[1], null);
        }
        if (!result.isError()) {
            decoder.flush(out);
        }
        return withoutByteOrderMark(out.flip().toString());
    }

    static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /**
     * The JSON tree of {@code text} (one value, no key twice).
     *
     * @param what "project" or "draft", for the message
     */
    static JsonNode readTree(ObjectMapper mapper, String text, Path file, String what) throws ProjectFileException {
        if (text.isBlank()) {
            throw new ProjectFileException(file, name(file) + " is empty.", "", 0, 0, null);
        }
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw syntaxProblem(e, text, file, what);
        }
    }

    private static ProjectFileException syntaxProblem(JsonProcessingException e, String text, Path file,
                                                      String what) {
        if (cutShort(e, text)) {
            int[] end = end(text);
            return new ProjectFileException(file, name(file) + " is cut short: the JSON ends at line " + end[0]
                    + ", column " + end[1] + " before it is complete. It may have been truncated while saving.",
                    "", end[0], end[1], e);
        }
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = line == 0 ? 0 : Math.max(1, at.getColumnNr());
        String where = line > 0 ? " at line " + line + ", column " + column : "";
        String words = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (words.startsWith("Trailing token")) {
            return new ProjectFileException(file, name(file) + " has more after the " + what + " ends" + where
                    + ": the file holds one JSON object.", "", line, column, e);
        }
        if (words.startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser parser) {
            String field = fieldPath(parser);
            return new ProjectFileException(file, name(file) + " has the field " + TypedText.quoted(field)
                    + " twice" + where + ": keep the one you mean.", field, line, column, e);
        }
        return new ProjectFileException(file, name(file) + " is not valid JSON: " + jacksonWords(words) + where + ".",
                "", line, column, e);
    }

    /**
     * Whether the text ends before its JSON is complete. Jackson says so in three ways: an end-of-file exception,
     * "Unexpected end-of-input" (between an object's entries), or, for {@code tru} at the very end, an unrecognised
     * token.
     */
    private static boolean cutShort(JsonProcessingException e, String text) {
        if (e instanceof JsonEOFException) {
            return true;
        }
        String words = e.getOriginalMessage();
        if (words != null && words.startsWith("Unexpected end-of-input")) {
            return true;
        }
        int start = text.length();
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start);
        JsonLocation at = e.getLocation();
        boolean atTheEnd = at != null && at.getCharOffset() >= start;
        return e instanceof JsonParseException && atTheEnd && !word.isEmpty()
                && (isStartOf(word, "true") || isStartOf(word, "false") || isStartOf(word, "null"));
    }

    private static boolean isStartOf(String word, String literal) {
        return word.length() < literal.length() && literal.startsWith(word);
    }

    /** Whether the bytes from {@code at} are the start of one UTF-8 character, cut off by the end of the file. */
    private static boolean incompleteCharacterAtEnd(byte[] bytes, int at) {
        if (at >= bytes.length) {
            return false;
        }
        int lead = bytes[at] & 0xff;
        int length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2
                && lead <= 0xDF ? 2 : 0;
        if (length == 0 || bytes.length - at >= length) {
            return false;
        }
        for (int i = at + 1; i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The line and column just after the text's last character. */
    static int[] end(String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, text.length() - lineStart + 1};
    }

    /** {@code connection.region}: where the parser is, as a project field path. */
    private static String fieldPath(JsonParser parser) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        StringBuilder path = new StringBuilder();
        for (String step : pointer.split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            String name = step.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(TypedText.key(name));
            }
        }
        return path.toString();
    }

    /** Jackson's words, quoted within a sentence: what would not show escaped, and cut when long. */
    static String jacksonWords(String words) {
        String shown = TypedText.escaped(words);
        return shown.codePointCount(0, shown.length()) <= MAX_WORDS ? shown
                : shown.substring(0, shown.offsetByCodePoints(0, MAX_WORDS)) + "…";
    }

    static String name(Path file) {
        return file == null ? "The project" : TypedText.key(file.getFileName().toString());
    }

    private static String article(String what) {
        return what.equals("draft") ? "a draft of the Athena Onboarding Wizard" : "an Athena Onboarding Wizard project";
    }
}
