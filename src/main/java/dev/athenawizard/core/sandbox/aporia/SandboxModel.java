package dev.athenawizard.core.sandbox.aporia;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A model as the sandbox's Aporia received it, with its versions: what a demo shows at the end.
 *
 * @param received the body of {@code POST /models} as it arrived
 */
public record SandboxModel(String id, String name, Instant createdAt, JsonNode received,
                           List<SandboxVersion> versions) {
    public SandboxModel {
        versions = List.copyOf(versions);
    }

    /**
     * @param id       the id Aporia gave the version
     * @param received the body of {@code POST …/versions}, schema and feature positions included
     */
    public record SandboxVersion(String id, String name, String modelType, Instant createdAt, JsonNode received,
                                 List<SandboxDataset> datasets) {
        public SandboxVersion {
            datasets = List.copyOf(datasets);
        }
    }

    /**
     * @param connections how many times it was connected (a re-connection replaces, it never adds a dataset)
     * @param received    the body of the latest {@code POST …/datasets}, its secret key masked
     */
    public record SandboxDataset(String name, Instant connectedAt, int connections, JsonNode received) {
    }
}
