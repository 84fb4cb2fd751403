package dev.athenawizard.core.aporia.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * One request to Aporia's {@code /v1beta} API.
 *
 * @param method  GET or POST
 * @param path    below {@code /v1beta}, e.g. {@code /models/insurance/versions}
 * @param body    the JSON body, empty for a GET
 * @param timeout how long to wait for the answer (the SDK allows a dataset connection 10 minutes)
 */
public record AporiaCall(String method, String path, Optional<JsonNode> body, Duration timeout) {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    static final Duration CONNECT_TIMEOUT = Duration.ofMinutes(10);

    public static AporiaCall get(String path) {
        return new AporiaCall("GET", path, Optional.empty(), DEFAULT_TIMEOUT);
    }

    public static AporiaCall post(String path, JsonNode body) {
        return new AporiaCall("POST", path, Optional.of(body), DEFAULT_TIMEOUT);
    }

    public AporiaCall withTimeout(Duration value) {
        return new AporiaCall(method, path, body, value);
    }

    /** "POST /models". */
    public String describe() {
        return method + " " + path;
    }
}
