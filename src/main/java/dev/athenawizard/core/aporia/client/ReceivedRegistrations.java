package dev.athenawizard.core.aporia.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the sandbox's Aporia holds, as {@code GET /v1beta/sandbox/registrations} answers (secret keys masked): the end
 * of a demo shows it, so the user sees exactly what Aporia would have received. A real Aporia has no such view.
 *
 * @param json   the answer, pretty-printed
 * @param models each model with its versions and datasets
 */
public record ReceivedRegistrations(String json, List<Model> models) {
    public ReceivedRegistrations {
        models = List.copyOf(models);
    }

    /** @param connections how often it was connected: 1 unless a registration connected it again (never a copy) */
    public record Dataset(String name, int connections) {
    }

    public record Version(String name, String modelType, List<Dataset> datasets) {
        public Version {
            datasets = List.copyOf(datasets);
        }
    }

    public record Model(String id, String name, List<Version> versions) {
        public Model {
            versions = List.copyOf(versions);
        }
    }

    static ReceivedRegistrations parse(JsonNode answer) {
        List<Model> models = new ArrayList<>();
        for (JsonNode m : answer.path("models")) {
            List<Version> versions = new ArrayList<>();
            for (JsonNode v : m.path("versions")) {
                List<Dataset> datasets = new ArrayList<>();
                v.path("datasets").forEach(d -> datasets.add(new Dataset(d.path("name").asText(""),
                        d.path("connections").asInt(0))));
                versions.add(new Version(v.path("name").asText(""), v.path("modelType").asText(""), datasets));
            }
            models.add(new Model(m.path("id").asText(""), m.path("name").asText(""), versions));
        }
        return new ReceivedRegistrations(DryRun.pretty(answer), models);
    }

    public Optional<Model> model(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * "model insurance-upsell, version v1 (binary), with the datasets serving and training" — what Aporia holds of
     * one model version, in words; empty when it holds no such version. A dataset connected more than once says so
     * (it was replaced each time, never copied).
     */
    public Optional<String> describe(String modelId, String versionName) {
        return model(modelId).flatMap(m -> m.versions().stream().filter(v -> v.name().equals(versionName))
                .findFirst().map(v -> "model " + m.id() + ", version " + v.name() + " (" + v.modelType() + "), "
                        + (v.datasets().isEmpty() ? "no dataset yet" : "with the dataset" + (v.datasets().size() == 1
                        ? " " : "s ") + names(v.datasets()))));
    }

    private static String names(List<Dataset> datasets) {
        List<String> names = datasets.stream().map(d -> d.name() + (d.connections() > 1 ? " (connected "
                + d.connections() + " times: replaced, never copied)" : "")).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
