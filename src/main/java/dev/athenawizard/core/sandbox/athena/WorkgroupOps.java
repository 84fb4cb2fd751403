package dev.athenawizard.core.sandbox.athena;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.athenawizard.core.sandbox.http.Json;
import dev.athenawizard.core.sandbox.http.Paging;
import java.time.Clock;
import java.util.regex.Pattern;

/** ListWorkGroups, GetWorkGroup, CreateWorkGroup, UpdateWorkGroup and DeleteWorkGroup. */
final class WorkgroupOps {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9._-]{1,128}");
    private static final long MIN_CUTOFF = 10_000_000L;

    private final WorkgroupStore store;
    private final Clock clock;

    WorkgroupOps(WorkgroupStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Sorted by name; a workgroup without a description lists {@code ""}, as Athena does. */
    JsonNode list(JsonNode request) {
        return Paging.page(store.all(), request, 50, Json::validation).toJson("WorkGroups", w -> Json.object()
                .put("Name", w.name()).put("State", w.state()).put("Description", w.description())
                .put("CreationTime", Json.epochSeconds(w.creationTime()))
                .set("EngineVersion", w.engineVersion()));
    }

    JsonNode get(JsonNode request) {
        Workgroup w = store.get(Json.requiredText(request, "WorkGroup", "workGroup"));
        ObjectNode response = Json.object();
        ObjectNode item = response.putObject("WorkGroup").put("Name", w.name()).put("State", w.state());
        item.set("Configuration", w.configuration());
        if (!w.description().isEmpty()) {
            item.put("Description", w.description());
        }
        item.put("CreationTime", Json.epochSeconds(w.creationTime()));
        return response;
    }

    JsonNode create(JsonNode request) {
        String name = Json.requiredText(request, "Name", "name");
        if (!NAME.matcher(name).matches()) {
            throw Json.validation("1 validation error detected: Value '" + name + "' at 'name' failed to satisfy "
                    + "constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9._-]{1,128}");
        }
        ObjectNode configuration = Json.objectOrEmpty(request, "Configuration").deepCopy();
        validate(configuration);
        configuration.set("EngineVersion", EngineVersions.resolve(configuration.path("EngineVersion")));
        store.create(new Workgroup(name, Workgroup.ENABLED, Json.text(request, "Description").orElse(""),
                clock.instant(), configuration));
        return Json.object();
    }

    /** The settings the wizard changes: state, description, output location, enforcement, cutoff, engine. */
    JsonNode update(JsonNode request) {
        String name = Json.requiredText(request, "WorkGroup", "workGroup");
        JsonNode updates = Json.objectOrEmpty(request, "ConfigurationUpdates");
        store.update(name, current -> {
            Workgroup w = current;
            String state = Json.text(request, "State").orElse(w.state());
            if (!state.equals("ENABLED") && !state.equals("DISABLED")) {
                throw Json.validation("1 validation error detected: Value '" + state + "' at 'state' failed to "
                        + "satisfy constraint: Member must satisfy enum value set: [ENABLED, DISABLED]");
            }
            w = w.withState(state);
            w = Json.text(request, "Description").map(w::withDescription).orElse(w);
            return w.withConfiguration(applyUpdates(w.configuration().deepCopy(), updates));
        });
        return Json.object();
    }

    JsonNode delete(JsonNode request) {
        store.delete(Json.requiredText(request, "WorkGroup", "workGroup"));
        return Json.object();
    }

    private ObjectNode applyUpdates(ObjectNode configuration, JsonNode updates) {
        JsonNode results = Json.objectOrEmpty(updates, "ResultConfigurationUpdates");
        if (results.path("RemoveOutputLocation").asBoolean(false) && configuration.has("ResultConfiguration")) {
            configuration.withObjectProperty("ResultConfiguration").remove("OutputLocation");
        }
        Json.text(results, "OutputLocation").ifPresent(location ->
                configuration.withObjectProperty("ResultConfiguration").put("OutputLocation", location));
        for (String flag : new String[] {"EnforceWorkGroupConfiguration", "PublishCloudWatchMetricsEnabled",
                "RequesterPaysEnabled", "EnableMinimumEncryptionConfiguration"}) {
            Json.bool(updates, flag).ifPresent(value -> configuration.put(flag, value));
        }
        if (updates.path("RemoveBytesScannedCutoffPerQuery").asBoolean(false)) {
            configuration.remove("BytesScannedCutoffPerQuery");
        }
        if (updates.has("BytesScannedCutoffPerQuery")) {
            configuration.put("BytesScannedCutoffPerQuery", updates.path("BytesScannedCutoffPerQuery").asLong());
        }
        JsonNode managed = updates.path("ManagedQueryResultsConfigurationUpdates");
        if (managed.has("Enabled")) {
            configuration.withObjectProperty("ManagedQueryResultsConfiguration").put("Enabled", managed.path("Enabled").asBoolean());
        }
        if (updates.has("EngineVersion")) {
            configuration.set("EngineVersion", EngineVersions.resolve(updates.path("EngineVersion")));
        }
        validate(configuration);
        return configuration;
    }

    private static void validate(ObjectNode configuration) {
        Json.text(configuration.path("ResultConfiguration"), "OutputLocation").ifPresent(OutputLocations::parse);
        JsonNode cutoff = configuration.get("BytesScannedCutoffPerQuery");
        if (cutoff != null && cutoff.asLong() < MIN_CUTOFF) {
            throw Json.validation("1 validation error detected: Value '" + cutoff.asLong() + "' at "
                    + "'configuration.bytesScannedCutoffPerQuery' failed to satisfy constraint: Member must have "
                    + "value greater than or equal to " + MIN_CUTOFF);
        }
        if (configuration.path("ManagedQueryResultsConfiguration").path("Enabled").asBoolean(false)
                && configuration.path("ResultConfiguration").has("OutputLocation")) {
            throw AthenaErrors.invalidInput(
                    "ManagedQueryResultsConfiguration and ResultConfiguration cannot be set together.");
        }
    }
}
