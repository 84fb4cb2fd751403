package dev.athenawizard.core.mapping.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.testing.BadText;
import dev.athenawizard.testing.ReadableMessage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Field names with generated bad input: the reason a name is refused is readable whatever was typed (it follows the
 * caller's words about the field, so it names the text itself), the rule's names are accepted, and a name made from
 * any column name is one the rule accepts.
 */
class FieldNamesBadInputTest {

    @Test
    void a_refused_name_says_why_readably_and_an_accepted_one_keeps_to_the_rule() {
        Random random = BadText.random("field-names");
        List<String> cases = BadText.values(random, BadText.cases(3_000), List.of("will_buy_insurance", "_x2"));
        for (String name : cases) {
            FieldNames.problem(name).ifPresentOrElse(
                    problem -> ReadableMessage.check(problem, name),
                    () -> assertThat(name).as(ReadableMessage.visible(name)).matches("[A-Za-z_][A-Za-z0-9_]{0,127}"));
            assertThat(FieldNames.identity(name)).hasSameSizeAs(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void a_name_made_from_any_column_name_is_accepted() {
        Random random = BadText.random("field-names-suggested");
        for (String column : BadText.values(random, BadText.cases(2_000), List.of("Order Total ($)", "2nd try"))) {
            String suggested = FieldNames.suggestFor(column);
            assertThat(FieldNames.problem(suggested)).as(ReadableMessage.visible(column)).isEmpty();
        }
    }
}
