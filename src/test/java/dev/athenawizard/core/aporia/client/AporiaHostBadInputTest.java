package dev.athenawizard.core.aporia.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.testing.BadText;
import dev.athenawizard.testing.ReadableMessage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Aporia host field with generated bad input: refused only with an {@link IllegalArgumentException} whose
 * message is one readable sentence (it follows the field's name, so it names the text rather than the field); a host
 * that is taken reads back the same and gives usable API addresses.
 */
class AporiaHostBadInputTest {

    @Test
    void a_host_is_refused_with_a_readable_message_or_taken_and_read_back_the_same() {
        Random random = BadText.random("aporia-host");
        List<String> cases = BadText.values(random, BadText.cases(3_000), List.of("https://app.aporia.com",
                "app.aporia.com", "http://127.0.0.1:4566", "https://aporia.example.com:8443/v1beta/"));
        int taken = 0;
        for (String text : cases) {
            AporiaHost host;
            try {
                host = AporiaHost.parse(text);
            } catch (IllegalArgumentException e) {
                ReadableMessage.check(e.getMessage(), text);
                continue;
            }
            taken++;
            assertThat(AporiaHost.parse(host.toString())).as(ReadableMessage.visible(text)).isEqualTo(host);
            assertThat(host.resolve("/models").toString()).endsWith("/v1beta/models");
            assertThat(host.sdkPort()).isPositive();
            assertThat(host.sdkHost()).startsWith("http");
        }
        assertThat(taken).isGreaterThan(100);
    }
}
