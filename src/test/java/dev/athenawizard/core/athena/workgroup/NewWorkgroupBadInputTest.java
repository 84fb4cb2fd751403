package dev.athenawizard.core.athena.workgroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.testing.BadText;
import dev.athenawizard.testing.ReadableMessage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Create-workgroup form's fields with generated bad input: every problem is one readable sentence naming its
 * field, checking never throws, and a valid name, location and description are still accepted.
 */
class NewWorkgroupBadInputTest {
    private static final String NAME = "aporia-monitoring";
    private static final String LOCATION = "s3://athena-results/aporia/";

    @Test
    void a_bad_name_is_named_as_the_name_and_leaves_the_rest_valid() {
        Random random = BadText.random("workgroup-name");
        for (String name : BadText.values(random, BadText.cases(2_000), List.of(NAME, "primary", "a.b_c-1"))) {
            List<String> problems = new NewWorkgroup(name, LOCATION, "").problems();

            boolean valid = name.trim().matches("[a-zA-Z0-9._-]{1,128}");
            assertThat(problems).as(ReadableMessage.visible(name)).hasSize(valid ? 0 : 1);
            problems.forEach(p -> ReadableMessage.check(p, name, "workgroup name"));
        }
    }

    @Test
    void a_bad_output_location_is_named_as_the_location() {
        Random random = BadText.random("workgroup-location");
        for (String location : BadText.values(random, BadText.cases(2_000),
                List.of(LOCATION, "s3://my.bucket-1", "s3://b12/a b/ünï/"))) {
            NewWorkgroup spec = new NewWorkgroup(NAME, location, "");
            List<String> problems = spec.problems();

            problems.forEach(p -> ReadableMessage.check(p, location, "output location"));
            if (problems.isEmpty()) {
                assertThat(spec.outputFolder()).as(ReadableMessage.visible(location)).startsWith("s3://")
                        .endsWith("/").doesNotContain("\n", "\r", "\u0000");
                assertThat(spec.outputFolder()).as("a folder Athena can be given").satisfies(f -> assertThat(
                        f.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c)
                                && c <= 0xffff)).isTrue());
            }
        }
        assertThat(new NewWorkgroup(NAME, " s3://b12/a b/ünï/ ", "").problems()).isEmpty();
    }

    @Test
    void a_description_of_any_text_up_to_1024_characters_is_taken_and_a_longer_one_is_measured() {
        Random random = BadText.random("workgroup-description");
        for (String description : BadText.values(random, BadText.cases(500), List.of("Aporia's queries"))) {
            List<String> problems = new NewWorkgroup(NAME, LOCATION, description).problems();

            assertThat(problems).as(ReadableMessage.visible(description)).hasSize(description.length() > 1024 ? 1 : 0);
            problems.forEach(p -> ReadableMessage.check(p, description, "description"));
            assertThat(new NewWorkgroup(NAME, LOCATION, description).description()).isEqualTo(description);
        }
    }
}
