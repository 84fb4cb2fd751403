package dev.athenawizard.core.sandbox.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The views of the sandbox's catalog, kept as one JSON file each under {@code <folder>/<database>/<view>.json}, so
 * they outlive a restart as Glue's do.
 */
final class ViewStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final Map<String, Map<String, CatalogView>> views = new ConcurrentHashMap<>();

    ViewStore(Path folder) {
        this.folder = folder;
        load();
    }

    Optional<CatalogView> view(String database, String name) {
        return Optional.ofNullable(views.getOrDefault(key(database), Map.of()).get(key(name)));
    }

    List<CatalogView> views(String database) {
        return List.copyOf(new TreeMap<>(views.getOrDefault(key(database), Map.of())).values());
    }

    synchronized void put(CatalogView view) {
        views.computeIfAbsent(key(view.database()), d -> new ConcurrentHashMap<>()).put(key(view.name()), view);
        write(view);
    }

    synchronized boolean remove(String database, String name) {
        CatalogView removed = views.getOrDefault(key(database), Map.of()).remove(key(name));
        if (removed != null) {
            try {
                Files.deleteIfExists(file(database, name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return removed != null;
    }

    private Path file(String database, String name) {
        return folder.resolve(key(database)).resolve(key(name) + ".json");
    }

    private void write(CatalogView view) {
        ObjectNode node = JSON.createObjectNode().put("database", view.database()).put("name", view.name())
                .put("query", view.query()).put("createTime", view.createTime().toString());
        ArrayNode columns = node.putArray("columns");
        view.columns().forEach(c -> columns.addObject().put("name", c.name()).put("type", c.hiveType()));
        try {
            Files.createDirectories(file(view.database(), view.name()).getParent());
            Files.writeString(file(view.database(), view.name()), JSON.writeValueAsString(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode node = JSON.readTree(file.toFile());
                List<CatalogTable.CatalogColumn> columns = new ArrayList<>();
                node.path("columns").forEach(c -> columns.add(new CatalogTable.CatalogColumn(c.path("name").asText(),
                        c.path("type").asText(), null, 0)));
                CatalogView view = new CatalogView(node.path("database").asText(), node.path("name").asText(),
                        node.path("query").asText(), columns, Instant.parse(node.path("createTime").asText()));
                views.computeIfAbsent(key(view.database()), d -> new ConcurrentHashMap<>()).put(key(view.name()), view);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
