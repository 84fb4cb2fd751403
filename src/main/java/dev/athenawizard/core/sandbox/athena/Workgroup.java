package dev.athenawizard.core.sandbox.athena;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.athenawizard.core.sandbox.http.Json;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An Athena workgroup. Its {@code Configuration} is kept as the JSON Athena returns (so every setting a client sent
 * comes back), and the few settings the sandbox acts on are read from it.
 */
record Workgroup(String name, String state, String description, Instant creationTime, ObjectNode configuration) {
    static final String ENABLED = "ENABLED";
    static final String ENGINE_V3 = "Athena engine version 3";

    boolean enabled() {
        return ENABLED.equals(state);
    }

    Optional<String> outputLocation() {
        return Json.text(configuration.path("ResultConfiguration"), "OutputLocation").filter(s -> !s.isBlank());
    }

    boolean enforced() {
        return configuration.path("EnforceWorkGroupConfiguration").asBoolean(false);
    }

    boolean managedResults() {
        return configuration.path("ManagedQueryResultsConfiguration").path("Enabled").asBoolean(false);
    }

    OptionalLong bytesScannedCutoff() {
        JsonNode cutoff = configuration.get("BytesScannedCutoffPerQuery");
        return cutoff == null || cutoff.isNull() ? OptionalLong.empty() : OptionalLong.of(cutoff.asLong());
    }

    ObjectNode engineVersion() {
        return (ObjectNode) configuration.get("EngineVersion");
    }

    /** Result reuse needs engine version 3. */
    boolean runsEngineV3() {
        return ENGINE_V3.equals(engineVersion().path("EffectiveEngineVersion").asText());
    }

    Workgroup withState(String newState) {
        return new Workgroup(name, newState, description, creationTime, configuration);
    }

    Workgroup withDescription(String newDescription) {
        return new Workgroup(name, state, newDescription, creationTime, configuration);
    }

    Workgroup withConfiguration(ObjectNode newConfiguration) {
        return new Workgroup(name, state, description, creationTime, newConfiguration);
    }
}
