package dev.athenawizard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The secret hunt finds a secret however it was encoded and wherever it sits in the text, and only then. */
class SecretFormsTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY+SECRET";

    @Test
    void finds_a_secret_typed_url_encoded_or_inside_base64_at_any_alignment() {
        assertThat(SecretForms.foundIn("key=" + SECRET + ";", SECRET)).isNotEmpty();
        assertThat(SecretForms.foundIn("a=b&secret=wJalrXUtnFEMI%2fK7MDENG%2fbPxRfiCY%2bSECRET", SECRET)).isNotEmpty();
        for (String prefix : new String[] {"", "u:", "ab:", "abc:"}) {
            String basic = Base64.getEncoder().encodeToString((prefix + SECRET + "!").getBytes(StandardCharsets.UTF_8));
            assertThat(SecretForms.foundIn("Authorization: Basic " + basic, SECRET)).as(prefix).isNotEmpty();
        }
    }

    @Test
    void finds_nothing_where_only_the_start_of_the_secret_is() {
        assertThat(SecretForms.foundIn(SECRET.substring(0, SECRET.length() - 1) + " and the id AKIA...", SECRET))
                .isEmpty();
    }
}
