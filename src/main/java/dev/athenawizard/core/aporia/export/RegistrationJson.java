package dev.athenawizard.core.aporia.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.athenawizard.core.Version;
import dev.athenawizard.core.aporia.client.AporiaHost;
import dev.athenawizard.core.aporia.client.KeyText;
import dev.athenawizard.core.aporia.client.Payloads;
import dev.athenawizard.core.aporia.client.PlannedCall;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import java.util.Optional;

/**
 * The registration's requests as JSON: each {@code POST} with its path and body, exactly as sent, except that the
 * secrets are {@code ${VARIABLE}} placeholders (fill them in with {@code envsubst}) — never the values.
 */
public final class RegistrationJson {
    private RegistrationJson() {
    }

    public static String render(RegistrationPlan plan, Optional<AporiaHost> host) {
        ObjectNode root = Payloads.JSON.createObjectNode();
        root.put("about", "The requests " + Version.full() + " sends to register model " + plan.model().id()
                + ", version " + plan.version().name() + ", in order. ${...} are environment variables: the "
                + "secrets are never written here.");
        root.put("api", host.map(h -> h.apiBase().toString()).orElse("${" + PythonScript.HOST_VARIABLE + "}/v1beta"));
        ObjectNode headers = root.putObject("headers");
        headers.put("Authorization", "Bearer ${" + PythonScript.TOKEN_VARIABLE + "}");
        headers.put("Content-Type", "application/json");
        ArrayNode requests = root.putArray("requests");
        for (PlannedCall planned : PlannedCall.of(plan, KeyText.placeholders())) {
            if (planned.call().body().isEmpty()) {
                continue; // look-ups, not registrations
            }
            ObjectNode request = requests.addObject();
            request.put("step", planned.step().label());
            request.put("method", planned.call().method());
            request.put("path", planned.call().path());
            request.set("body", planned.call().body().get());
        }
        try {
            return Payloads.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
