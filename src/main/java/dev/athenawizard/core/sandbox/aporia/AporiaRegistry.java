package dev.athenawizard.core.sandbox.aporia;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.athenawizard.core.sandbox.aporia.SandboxModel.SandboxDataset;
import dev.athenawizard.core.sandbox.aporia.SandboxModel.SandboxVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the sandbox's Aporia holds, in memory: models by id, their versions by name, each version's datasets by name
 * (one per name: connecting again replaces). Bodies are kept as received, the data source's secret key masked.
 */
final class AporiaRegistry {
    private static final String MASK = "****";

    private static final class Model {
        final String id;
        final Instant createdAt;
        final JsonNode received;
        final Map<String, Version> versions = new LinkedHashMap<>();

        Model(String id, Instant createdAt, JsonNode received) {
            this.id = id;
            this.createdAt = createdAt;
            this.received = received;
        }
    }

    private static final class Version {
        final String id = UUID.randomUUID().toString();
        final String name;
        final Instant createdAt;
        final JsonNode received;
        final Map<String, SandboxDataset> datasets = new LinkedHashMap<>();
        boolean syncEnabled = true;

        Version(String name, Instant createdAt, JsonNode received) {
            this.name = name;
            this.createdAt = createdAt;
            this.received = received;
        }
    }

    private final Clock clock;
    private final Map<String, Model> models = new LinkedHashMap<>();

    AporiaRegistry(Clock clock) {
        this.clock = clock;
    }

    synchronized void createModel(String id, JsonNode body) {
        if (models.containsKey(id)) {
            throw ApiError.conflict("Model with id " + id + " already exists.");
        }
        models.put(id, new Model(id, clock.instant(), body.deepCopy()));
    }

    synchronized boolean deleteModel(String id) {
        return models.remove(id) != null;
    }

    /** The new version's id. */
    synchronized String createVersion(String modelId, String name, JsonNode body) {
        Model model = model(modelId);
        if (model.versions.containsKey(name)) {
            throw ApiError.conflict("Version " + name + " of model " + modelId + " already exists.");
        }
        Version version = new Version(name, clock.instant(), body.deepCopy());
        model.versions.put(name, version);
        return version.id;
    }

    /** The version's schema, to check a dataset's mappings against. */
    synchronized JsonNode versionSchema(String modelId, String versionName) {
        return version(modelId, versionName).received.path("version_schema").deepCopy();
    }

    /** How many times that dataset has now been connected. */
    synchronized int connectDataset(String modelId, String versionName, String name, JsonNode body) {
        Version version = version(modelId, versionName);
        SandboxDataset before = version.datasets.get(name);
        int connections = before == null ? 1 : before.connections() + 1;
        version.datasets.put(name, new SandboxDataset(name, clock.instant(), connections, masked(body)));
        return connections;
    }

    synchronized void setSyncEnabled(String modelId, String versionName, boolean enabled) {
        version(modelId, versionName).syncEnabled = enabled;
    }

    synchronized List<SandboxModel> models() {
        return models.values().stream().map(AporiaRegistry::view).toList();
    }

    synchronized Optional<SandboxModel> find(String id) {
        return Optional.ofNullable(models.get(id)).map(AporiaRegistry::view);
    }

    private Model model(String id) {
        Model model = models.get(id);
        if (model == null) {
            throw ApiError.notFound("Model " + id + " not found.");
        }
        return model;
    }

    private Version version(String modelId, String name) {
        Version version = model(modelId).versions.get(name);
        if (version == null) {
            throw ApiError.notFound("Version " + name + " of model " + modelId + " not found.");
        }
        return version;
    }

    private static SandboxModel view(Model m) {
        List<SandboxVersion> versions = new ArrayList<>();
        for (Version v : m.versions.values()) {
            versions.add(new SandboxVersion(v.id, v.name, v.received.path("model_type").asText(), v.createdAt,
                    v.received.deepCopy(), v.datasets.values().stream()
                    .map(d -> new SandboxDataset(d.name(), d.connectedAt(), d.connections(), d.received().deepCopy()))
                    .toList()));
        }
        return new SandboxModel(m.id, m.received.path("name").asText(), m.createdAt, m.received.deepCopy(), versions);
    }

    /** The body with the data source's secret key masked: the sandbox never keeps it. */
    private static JsonNode masked(JsonNode body) {
        JsonNode copy = body.deepCopy();
        JsonNode config = copy.path("data_source").path("config");
        if (config instanceof ObjectNode c && c.has("password")) {
            c.put("password", MASK);
        }
        return copy;
    }
}
