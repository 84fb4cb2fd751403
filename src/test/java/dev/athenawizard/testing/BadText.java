package dev.athenawizard.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile text for the bad-input tests: what a user can paste into a field — very long, empty, blank, unicode
 * (combining marks, right-to-left text and overrides, emoji, NUL, lone surrogates), control characters, line breaks,
 * quotes and backslashes — alone and mixed into a value that would otherwise be valid.
 *
 * <p>Generated from a seeded {@link Random}: the same seed gives the same cases, so a failure names its seed and can be
 * replayed. {@code -Dfuzz.seed=N} picks the seed, {@code -Dfuzz.scale=K} runs K times as many cases (the README's
 * "deeper run").
 */
public final class BadText {
    /** Pieces a hostile value is made of. */
    public static final List<String> FRAGMENTS = List.of(
            "", " ", "  ", "\t", "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\u000b", "\f",
            "\0", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u009b",
            "\u00a0", "\u3000", "\u200b", "\u200d", "\u200e", "\u200f", "\u202e", "\u2066", "\u2069", "\u061c",
            "\ufeff", "\u00ad", "\ufffd", "\uffff",
            "\ud800", "\udfff", "\udbff", "x\udc00", "\ud83d", "\ude00",
            "😀", "👩‍👩‍👧", "🇩🇪", "𝒜", "e\u0301", "\u0301", "\u0301\u0301\u0301", "a\u0338",
            "שלום", "مرحبا", "\u202eevil", "İ", "ı", "ß", "ﬁ", "Ａ", "１２", "٣", "Ⅻ", "½", "µ", "Σ",
            "'", "\"", "`", "\\", "\\\"", "''", "\"\"", "\\n", "\\u0000", "%s", "%n", "{}", "${x}",
            "../", "/", "//", "*", "?", ";", "--", "/*", "*/", "#", "<b>", "&amp;", ",", ":", "=", "|", "-", "_", ".",
            "s3://", "https://", "://", "@", "[", "]", "(", ")", "{", "}");

    /** Whole values worth trying in every field. */
    public static final List<String> SPECIAL = List.of(
            "", " ", "   ", "\t", "\n", "\r\n", " \n\t ", "\u00a0", "\u3000", "\u200b", "\ufeff",
            "\0", "\0\0\0", "\ud800", "\udc00", "\udc00\ud800", "😀", "e\u0301", "\u0301", "\u202e", "\u202eabc",
            "'", "\"", "\\", "`", "' OR '1'='1", "\"; DROP TABLE t; --", "\\\\server\\share",
            "a".repeat(100_000), "😀".repeat(50_000), "\n".repeat(100_000), " ".repeat(100_000),
            "\u0301".repeat(100_000), "\0".repeat(100_000), "ab\ud800".repeat(30_000));

    private static final long SEED = Long.getLong("fuzz.seed", 20_240_611L);
    private static final int SCALE = Math.max(1, Integer.getInteger("fuzz.scale", 1));

    private BadText() {
    }

    /** A generator for one target, seeded from the run's seed and the target's name. */
    public static Random random(String target) {
        return new Random(SEED * 31 + target.hashCode());
    }

    /** The seed of this run, for failure messages. */
    public static long seed() {
        return SEED;
    }

    /** {@code base} cases, times the run's scale. */
    public static int cases(int base) {
        return base * SCALE;
    }

    public static int scale() {
        return SCALE;
    }

    /**
     * {@code count} hostile values: every special value, then values mixed from fragments, then each valid example
     * with fragments put in front, behind and inside it (and a character of it replaced).
     */
    public static List<String> values(Random random, int count, List<String> validExamples) {
        List<String> out = new ArrayList<>(SPECIAL);
        for (String valid : validExamples) {
            for (String fragment : FRAGMENTS) {
                out.add(fragment + valid);
                out.add(valid + fragment);
            }
        }
        while (out.size() < count) {
            out.add(random.nextInt(3) == 0 || validExamples.isEmpty() ? soup(random)
                    : mutate(validExamples.get(random.nextInt(validExamples.size())), random));
        }
        return out;
    }

    /** A few fragments and random characters in a row. */
    public static String soup(Random random) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(4)) {
                case 0 -> b.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                case 1 -> b.appendCodePoint(anyCodePoint(random));
                case 2 -> b.append((char) random.nextInt(0x10000)); // any char, surrogates alone included
                default -> b.append("abcXYZ0123-_. ".charAt(random.nextInt(14)));
            }
        }
        return b.toString();
    }

    /** {@code valid} with one to three edits: a fragment put in, a character replaced, removed or doubled, a cut. */
    public static String mutate(String valid, Random random) {
        String s = valid;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(6)) {
                case 0 -> s = s.substring(0, at) + FRAGMENTS.get(random.nextInt(FRAGMENTS.size())) + s.substring(at);
                case 1 -> s = at < s.length() ? s.substring(0, at) + (char) random.nextInt(0x10000)
                        + s.substring(at + 1) : s + (char) random.nextInt(0x10000);
                case 2 -> s = at < s.length() ? s.substring(0, at) + s.substring(at + 1) : s;
                case 3 -> s = at < s.length() ? s.substring(0, at) + s.charAt(at) + s.substring(at) : s;
                case 4 -> s = s.substring(0, at);
                default -> s = s.substring(0, at) + soup(random) + s.substring(at);
            }
        }
        return s;
    }

    private static int anyCodePoint(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(0x20);
            case 1 -> 0x80 + random.nextInt(0x780);
            case 2 -> random.nextInt(0x10000);
            default -> 0x10000 + random.nextInt(0x100000);
        };
    }
}
