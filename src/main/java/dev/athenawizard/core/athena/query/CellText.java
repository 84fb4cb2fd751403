package dev.athenawizard.core.athena.query;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How one preview cell's text is held in bytes, exactly for any string (unicode, control characters, lone surrogates,
 * the empty string apart from SQL NULL). Each cell gets the smallest of:
 * <ul>
 *   <li>{@link #LATIN1}: one byte per character, for text whose characters are all below U+0100 (as a Java string
 *       holds it);</li>
 *   <li>{@link #PACKED}: the same text at four bits per character when it is mostly digits and {@code . - , : space}
 *       (numbers, timestamps, numeric arrays: half the bytes); any other character is an escape nibble and its full
 *       byte, so {@code [}, {@code E} or letters still fit;</li>
 *   <li>{@link #UTF16}: two bytes per character (big-endian UTF-16 code units), for anything else.</li>
 * </ul>
 */
final class CellText {
    static final byte NULL = 0;
    static final byte LATIN1 = 1;
    static final byte PACKED = 2;
    static final byte UTF16 = 3;

    /** The characters a nibble stands for; the sixteenth nibble value is the escape. */
    private static final byte[] PACKABLE = "0123456789.-, :".getBytes(StandardCharsets.ISO_8859_1);
    private static final int ESCAPE = 15;
    private static final byte[] NIBBLE = new byte[256];

    static {
        Arrays.fill(NIBBLE, (byte) ESCAPE);
        for (int i = 0; i < PACKABLE.length; i++) {
            NIBBLE[PACKABLE[i]] = (byte) i;
        }
    }

    private CellText() {
    }

    /** The kind that holds {@code value} in the fewest bytes. */
    static byte kindOf(String value) {
        if (value == null) {
            return NULL;
        }
        int length = value.length();
        long nibbles = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c > 0xff) {
                return UTF16;
            }
            nibbles += NIBBLE[c] == ESCAPE ? 3 : 1;
        }
        return (nibbles + 1) / 2 < length ? PACKED : LATIN1;
    }

    /** The most bytes {@code value} takes as {@code kind} (exact but for {@link #PACKED}, which takes fewer). */
    static int maxLength(String value, byte kind) {
        return switch (kind) {
            case NULL -> 0;
            case UTF16 -> Math.multiplyExact(value.length(), 2);
            default -> value.length();
        };
    }

    /** Writes {@code value} as {@code kind} into {@code out} from {@code at}; returns where it ended. */
    static int encode(String value, byte kind, byte[] out, int at) {
        int length = value == null ? 0 : value.length();
        int p = at;
        switch (kind) {
            case NULL -> { }
            case LATIN1 -> {
                for (int i = 0; i < length; i++) {
                    out[p++] = (byte) value.charAt(i);
                }
            }
            case UTF16 -> {
                for (int i = 0; i < length; i++) {
                    char c = value.charAt(i);
                    out[p++] = (byte) (c >>> 8);
                    out[p++] = (byte) c;
                }
            }
            case PACKED -> p = pack(value, out, at);
            default -> throw new IllegalArgumentException("no cell kind " + kind);
        }
        return p;
    }

    private static int pack(String value, byte[] out, int at) {
        int p = at;
        int half = -1; // a nibble waiting for its partner in the high half of a byte
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int n = NIBBLE[c];
            int count = n == ESCAPE ? 3 : 1;
            int bits = n == ESCAPE ? ESCAPE << 8 | c : n;
            for (int k = count - 1; k >= 0; k--) {
                int nibble = bits >>> (4 * k) & 0xf;
                if (half < 0) {
                    half = nibble;
                } else {
                    out[p++] = (byte) (half << 4 | nibble);
                    half = -1;
                }
            }
        }
        if (half >= 0) { // odd: a lone escape at the very end is padding
            out[p++] = (byte) (half << 4 | ESCAPE);
        }
        return p;
    }

    /** The text held as {@code kind} in {@code blob[from, to)}. */
    static String decode(byte kind, byte[] blob, int from, int to) {
        return switch (kind) {
            case NULL -> null;
            case LATIN1 -> new String(blob, from, to - from, StandardCharsets.ISO_8859_1);
            case UTF16 -> utf16(blob, from, to);
            case PACKED -> unpack(blob, from, to);
            default -> throw new IllegalStateException("no cell kind " + kind);
        };
    }

    /** Code unit by code unit: a charset decoder would replace a lone surrogate. */
    private static String utf16(byte[] blob, int from, int to) {
        char[] chars = new char[(to - from) / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((blob[from + 2 * i] & 0xff) << 8 | blob[from + 2 * i + 1] & 0xff);
        }
        return new String(chars);
    }

    private static String unpack(byte[] blob, int from, int to) {
        int nibbles = 2 * (to - from);
        byte[] out = new byte[nibbles];
        int n = 0;
        int k = 0;
        while (k < nibbles) {
            int b = blob[from + (k >> 1)] & 0xff;
            if ((k & 1) == 0 && b >>> 4 != ESCAPE && (b & 0xf) != ESCAPE) { // the common case: two characters
                out[n++] = PACKABLE[b >>> 4];
                out[n++] = PACKABLE[b & 0xf];
                k += 2;
                continue;
            }
            int nibble = nibbleAt(blob, from, k);
            if (nibble != ESCAPE) {
                out[n++] = PACKABLE[nibble];
                k++;
            } else if (k + 2 < nibbles) {
                out[n++] = (byte) (nibbleAt(blob, from, k + 1) << 4 | nibbleAt(blob, from, k + 2));
                k += 3;
            } else {
                break; // padding
            }
        }
        return new String(out, 0, n, StandardCharsets.ISO_8859_1);
    }

    private static int nibbleAt(byte[] blob, int from, int k) {
        int b = blob[from + (k >> 1)];
        return (k & 1) == 0 ? b >>> 4 & 0xf : b & 0xf;
    }
}
