package dev.athenawizard.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedTextTest {
    @Test
    void short_text_is_quoted_whole_and_what_does_not_show_is_escaped() {
        assertThat(TypedText.quoted("eu-west-1")).isEqualTo("\"eu-west-1\"");
        assertThat(TypedText.quoted("a\nb\tc", '\'')).isEqualTo("'a\\nb\\tc'");
        assertThat(TypedText.quoted("\u200bx\u202e")).isEqualTo("\"\\u200Bx\\u202E\"");
        assertThat(TypedText.quoted("\0\ud800")).isEqualTo("\"\\u0000\\uD800\"");
        assertThat(TypedText.quoted("\udb40\udc01")).isEqualTo("\"\\u{E0001}\""); // a tag character: invisible
        assertThat(TypedText.quoted("Kündigung 😀 👩‍👩‍👧 e\u0301")).isEqualTo("\"Kündigung 😀 👩‍👩‍👧 e\u0301\"");
        assertThat(TypedText.quoted(null)).isEqualTo("\"\"");
    }

    @Test
    void long_text_is_cut_between_characters_and_its_length_said() {
        assertThat(TypedText.quoted("a".repeat(100_000))).isEqualTo("\"" + "a".repeat(32) + "…\" (100000 characters)");
        String emoji = TypedText.quoted("😀".repeat(50));
        assertThat(emoji).isEqualTo("\"" + "😀".repeat(32) + "…\" (100 characters)");
        assertThat(TypedText.quoted("x".repeat(TypedText.MAX_SHOWN))).doesNotContain("…");
        assertThat(TypedText.key("k".repeat(50))).isEqualTo("k".repeat(32) + "…");
        assertThat(TypedText.key("team")).isEqualTo("team");
    }

    @Test
    void the_first_refused_character_is_described_with_its_position_counted_in_characters() {
        assertThat(TypedText.firstRefused("AKIA 123", Character::isLetterOrDigit)).isEqualTo("a space at character 5");
        assertThat(TypedText.firstRefused("😀x\n", c -> c != '\n')).isEqualTo("a line break at character 3");
        assertThat(TypedText.firstRefused("ab\u200b", Character::isLetter))
                .isEqualTo("the invisible character \\u200B at character 3");
        assertThat(TypedText.firstRefused("a\ud800", Character::isLetter))
                .isEqualTo("a broken character (\\uD800) at character 2");
        assertThat(TypedText.firstRefused("a-b", Character::isLetter)).isEqualTo("the character '-' at character 2");
        assertThat(TypedText.firstRefused("abc", Character::isLetter)).isEmpty();
    }
}
