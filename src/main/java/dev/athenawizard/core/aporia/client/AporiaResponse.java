package dev.athenawizard.core.aporia.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Aporia's answer to one call: its status and body (parsed when it is JSON, a missing node otherwise). */
public record AporiaResponse(int status, String body) {
    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public JsonNode json() {
        try {
            JsonNode node = body == null || body.isBlank() ? null : Payloads.JSON.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (java.io.IOException e) {
            return MissingNode.getInstance();
        }
    }
}
