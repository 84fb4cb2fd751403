package dev.athenawizard.core.mapping.profile;

/**
 * What the texts of a varchar column look like.
 *
 * @param length    characters per value
 * @param meanWords words per value, on average
 */
public record TextSummary(LengthSummary length, double meanWords) {
    /** Four words or forty characters on average: sentences people wrote, not category labels or codes. */
    public static final double FREE_TEXT_WORDS = 4;
    public static final double FREE_TEXT_CHARACTERS = 40;

    /** Whether the values read like free text (sentences) rather than labels. */
    public boolean freeText() {
        return meanWords >= FREE_TEXT_WORDS || (length.mean() >= FREE_TEXT_CHARACTERS && meanWords >= 2);
    }
}
