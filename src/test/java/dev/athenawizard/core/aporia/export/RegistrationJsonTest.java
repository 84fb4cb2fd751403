package dev.athenawizard.core.aporia.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.athenawizard.core.aporia.GuideProject;
import dev.athenawizard.core.aporia.client.AporiaHost;
import dev.athenawizard.core.aporia.client.DataSourceKey;
import dev.athenawizard.core.aporia.client.DryRun;
import dev.athenawizard.core.aporia.client.KeyText;
import dev.athenawizard.core.aporia.client.Payloads;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import dev.athenawizard.core.aporia.plan.RegistrationPlanner;
import dev.athenawizard.core.aws.credentials.Secret;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON export and the dry run show what is sent, with placeholders or masks where secrets go. */
class RegistrationJsonTest {
    private final RegistrationPlan plan = RegistrationPlanner.plan(GuideProject.project()).plan().orElseThrow();

    @Test
    void the_json_lists_each_registering_request_with_the_bodies_sent_and_placeholders_for_secrets()
            throws Exception {
        JsonNode json = new ObjectMapper().readTree(RegistrationJson.render(plan,
                Optional.of(AporiaHost.parse("https://app.aporia.com"))));

        assertThat(json.path("api").asText()).isEqualTo("https://app.aporia.com/v1beta");
        assertThat(json.path("headers").path("Authorization").asText()).isEqualTo("Bearer ${APORIA_TOKEN}");
        List<String> steps = json.path("requests").findValuesAsText("step");
        assertThat(steps).containsExactly("model insurance-upsell", "version v1", "serving dataset",
                "training dataset");
        JsonNode requests = json.path("requests");
        assertThat(requests.get(0).path("body")).isEqualTo(Payloads.model(plan.model()));
        assertThat(requests.get(1).path("path").asText()).isEqualTo("/models/insurance-upsell/versions");
        assertThat(requests.get(1).path("body")).isEqualTo(Payloads.version(plan.version()));
        JsonNode config = requests.get(2).path("body").path("data_source").path("config");
        assertThat(config.path("user").asText()).isEqualTo("${APORIA_AWS_ACCESS_KEY_ID}");
        assertThat(config.path("password").asText()).isEqualTo("${APORIA_AWS_SECRET_ACCESS_KEY}");
        assertThat(requests.get(2).path("body")).isEqualTo(Payloads.dataset(plan, plan.datasets().get(0),
                KeyText.placeholders()));
    }

    @Test
    void without_a_host_the_json_names_the_variable_to_fill_in() throws Exception {
        JsonNode json = new ObjectMapper().readTree(RegistrationJson.render(plan, Optional.empty()));
        assertThat(json.path("api").asText()).isEqualTo("${APORIA_HOST}/v1beta");
    }

    @Test
    void the_dry_run_prints_every_call_with_the_token_and_secret_key_masked() {
        String secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        DataSourceKey key = new DataSourceKey(GuideProject.DEDICATED_KEY_ID, Secret.of(secret));

        String text = DryRun.render(plan, AporiaHost.parse("https://aporia.example.com"), key.accessKeyId());

        assertThat(text).contains("Authorization: Bearer ****", "\"password\" : \"****\"",
                "\"user\" : \"" + GuideProject.DEDICATED_KEY_ID + "\"",
                "POST https://aporia.example.com/v1beta/models\n",
                "GET https://aporia.example.com/v1beta/models/insurance-upsell/versions",
                "POST https://aporia.example.com/v1beta/models/insurance-upsell/versions/v1/datasets",
                "3. serving dataset", "4. training dataset").doesNotContain(secret);
        assertThat(key.toString()).doesNotContain(secret);
    }
}
