package dev.athenawizard.core.sandbox.athena;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.athenawizard.core.sandbox.http.Json;
import java.util.Set;

/** Athena's engine versions: what a workgroup may select, and which engine that makes effective. */
final class EngineVersions {
    private static final Set<String> PINNED = Set.of("Athena engine version 2", Workgroup.ENGINE_V3);

    private EngineVersions() {
    }

    /** {@code {"SelectedEngineVersion", "EffectiveEngineVersion"}} for a requested engine version (AUTO if absent). */
    static ObjectNode resolve(JsonNode requested) {
        String selected = Json.text(requested, "SelectedEngineVersion").orElse("AUTO");
        String effective;
        if (selected.equals("AUTO")) {
            effective = Workgroup.ENGINE_V3;
        } else if (PINNED.contains(selected)) {
            effective = selected;
        } else {
            throw AthenaErrors.invalidInput("Invalid engine version: " + selected
                    + ". Valid values are AUTO, Athena engine version 2, Athena engine version 3.");
        }
        return Json.object().put("SelectedEngineVersion", selected).put("EffectiveEngineVersion", effective);
    }
}
