package dev.athenawizard.core.sandbox.athena;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.athenawizard.core.sandbox.account.SandboxAccount;
import dev.athenawizard.core.sandbox.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The account's workgroups, kept in {@code <data>/athena/workgroups.json} so that created ones survive a restart.
 * A new data folder starts with {@code primary} (no output location, like a fresh AWS account) and {@code aporia}
 * (results to {@code s3://athena-wizard-sandbox-results/aporia/}, settings enforced).
 */
final class WorkgroupStore {
    static final String PRIMARY = "primary";

    private final Path file;
    private final Map<String, Workgroup> workgroups = new TreeMap<>();

    WorkgroupStore(Path dataDir, Clock clock) {
        this.file = dataDir.resolve("athena").resolve("workgroups.json");
        if (Files.exists(file)) {
            load();
        } else {
            Instant now = clock.instant();
            put(seed(PRIMARY, "", now, Json.object().put("EnforceWorkGroupConfiguration", false)));
            ObjectNode aporia = Json.object();
            aporia.putObject("ResultConfiguration")
                    .put("OutputLocation", "s3://" + SandboxAccount.RESULTS_BUCKET + "/aporia/");
            aporia.put("EnforceWorkGroupConfiguration", true);
            put(seed("aporia", "Queries that Aporia runs to monitor models", now, aporia));
            save();
        }
    }

    private static Workgroup seed(String name, String description, Instant created, ObjectNode configuration) {
        configuration.put("PublishCloudWatchMetricsEnabled", true);
        configuration.put("RequesterPaysEnabled", false);
        configuration.set("EngineVersion", EngineVersions.resolve(Json.object()));
        return new Workgroup(name, Workgroup.ENABLED, description, created, configuration);
    }

    synchronized List<Workgroup> all() {
        return List.copyOf(workgroups.values());
    }

    synchronized Optional<Workgroup> find(String name) {
        return Optional.ofNullable(workgroups.get(name));
    }

    synchronized Workgroup get(String name) {
        return find(name).orElseThrow(() -> AthenaErrors.workgroupNotFound(name));
    }

    synchronized void create(Workgroup workgroup) {
        if (workgroups.containsKey(workgroup.name())) {
            throw AthenaErrors.invalidInput("WorkGroup " + workgroup.name() + " already exists.");
        }
        put(workgroup);
        save();
    }

    synchronized void update(String name, UnaryOperator<Workgroup> change) {
        put(change.apply(get(name)));
        save();
    }

    synchronized void delete(String name) {
        get(name);
        if (name.equals(PRIMARY)) {
            throw AthenaErrors.invalidInput("The primary workgroup cannot be deleted.");
        }
        workgroups.remove(name);
        save();
    }

    private void put(Workgroup workgroup) {
        workgroups.put(workgroup.name(), workgroup);
    }

    private void load() {
        try {
            for (JsonNode node : Json.MAPPER.readTree(file.toFile())) {
                put(new Workgroup(node.path("Name").asText(), node.path("State").asText(Workgroup.ENABLED),
                        node.path("Description").asText(""),
                        Instant.ofEpochMilli((long) (node.path("CreationTime").asDouble() * 1000)),
                        (ObjectNode) node.path("Configuration")));
            }
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("Cannot read the sandbox's workgroups from " + file + ": " + e.getMessage(), e);
        }
    }

    /** Written to a temporary file first, so a crash never leaves half a file. */
    private void save() {
        ArrayNode array = Json.array();
        for (Workgroup w : new ArrayList<>(workgroups.values())) {
            ObjectNode node = array.addObject().put("Name", w.name()).put("State", w.state())
                    .put("Description", w.description()).put("CreationTime", Json.epochSeconds(w.creationTime()));
            node.set("Configuration", w.configuration());
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the sandbox's workgroups to " + file, e);
        }
    }
}
