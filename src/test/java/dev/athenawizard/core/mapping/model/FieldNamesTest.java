package dev.athenawizard.core.mapping.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldNamesTest {
    @Test
    void lettersDigitsAndUnderscoresStartingWithALetterOrUnderscore() {
        assertThat(FieldNames.valid("will_buy_insurance")).isTrue();
        assertThat(FieldNames.valid("_private2")).isTrue();
        assertThat(FieldNames.valid("Amount")).isTrue();
    }

    @Test
    void refusedNamesSayWhy() {
        assertThat(FieldNames.problem("")).contains("a field needs a name");
        assertThat(FieldNames.problem("order total")).contains("'order total' has a space; use only letters, "
                + "digits and underscores");
        assertThat(FieldNames.problem("a.b")).contains("'a.b' has a dot; use only letters, digits and underscores");
        assertThat(FieldNames.problem("2nd_try")).contains("'2nd_try' must start with a letter or an underscore");
        assertThat(FieldNames.problem("préféré")).contains("'préféré' has the character 'é'; use only letters, "
                + "digits and underscores");
        assertThat(FieldNames.problem("x".repeat(129))).get().asString().contains("129 characters long");
    }

    @Test
    void acceptableNamesAreMadeFromColumnNames() {
        assertThat(FieldNames.suggestFor("Order Total ($)")).isEqualTo("order_total");
        assertThat(FieldNames.suggestFor("2nd try")).isEqualTo("_2nd_try");
        assertThat(FieldNames.suggestFor("$$")).isEqualTo("field");
        assertThat(FieldNames.valid(FieldNames.suggestFor("a.b-c d"))).isTrue();
    }
}
