package dev.athenawizard.core.sandbox.aporia;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's {@code /v1beta} routes: the calls the {@code aporia} 2.x SDK makes to register a model, plus
 * read-only views of what was received. Every call needs {@code Authorization: Bearer <token>}.
 */
final class AporiaRoutes implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(AporiaRoutes.class);
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final AporiaRegistry registry;
    private final AporiaFaults faults;

    AporiaRoutes(AporiaRegistry registry, AporiaFaults faults) {
        this.registry = registry;
        this.faults = faults;
    }

    private record Answer(int status, JsonNode body) {
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        Answer answer;
        try {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
            if (faults.held(method, path)) {
                LOG.debug("Sandbox Aporia {} {} held by a fault, closed unanswered", method, path);
                exchange.close();
                return;
            }
            Integer injected = faults.failureFor(method, path).orElse(null);
            answer = injected != null ? error(new ApiError(injected, "Injected failure (sandbox fault knob).", ""))
                    : route(method, segments(path), exchange.getRequestURI().getRawQuery(), body);
        } catch (ApiError e) {
            answer = error(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the sandbox is stopping
            exchange.close();
            return;
        } catch (RuntimeException e) {
            LOG.warn("Sandbox Aporia request failed: {} {}", method, path, e);
            answer = error(new ApiError(500, "The sandbox failed: " + e, ""));
        }
        LOG.debug("Sandbox Aporia {} {} → {}", method, path, answer.status());
        byte[] bytes = JSON.writeValueAsBytes(answer.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void authenticate(String authorization) {
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).strip() : "";
        if (token.isEmpty() || !faults.tokenAccepted(token)) {
            throw new ApiError(401, "Authentication failed: a valid API token is required.", "");
        }
    }

    private Answer route(String method, List<String> s, String query, byte[] body) {
        int n = s.size();
        if (n == 1 && s.get(0).equals("capabilities")) {
            return get(method, () -> object().put("is_field_schema_supported", true));
        }
        if (n == 2 && s.get(0).equals("sandbox") && s.get(1).equals("registrations")) {
            return get(method, () -> object().set("models", JSON.valueToTree(registry.models())));
        }
        if (n >= 1 && s.get(0).equals("models")) {
            return models(method, s, query, body);
        }
        throw ApiError.notFound("No such API path.");
    }

    private Answer models(String method, List<String> s, String query, byte[] body) {
        int n = s.size();
        if (n == 1) {
            return post(method, () -> {
                JsonNode payload = parse(body);
                String id = ModelRules.check(payload);
                registry.createModel(id, payload);
                return new Answer(201, object().put("id", id));
            });
        }
        String modelId = s.get(1);
        if (n == 2) {
            if (method.equals("DELETE")) {
                if (!registry.deleteModel(modelId)) {
                    throw ApiError.notFound("Model " + modelId + " not found.");
                }
                return new Answer(200, object());
            }
            return get(method, () -> JSON.valueToTree(registry.find(modelId)
                    .orElseThrow(() -> ApiError.notFound("Model " + modelId + " not found."))));
        }
        if (!s.get(2).equals("versions")) {
            throw ApiError.notFound("No such API path.");
        }
        if (n == 3) {
            if (method.equals("GET")) {
                return new Answer(200, versionList(modelId));
            }
            return post(method, () -> {
                JsonNode payload = parse(body);
                String name = VersionRules.check(payload);
                String id = registry.createVersion(modelId, name, payload);
                return new Answer(201, object().put("id", id));
            });
        }
        String version = s.get(3);
        if (n == 4) {
            return get(method, () -> JSON.valueToTree(findVersion(modelId, version)));
        }
        if (n == 5 && s.get(4).equals("datasets")) {
            if (method.equals("GET")) {
                return new Answer(200, JSON.valueToTree(findVersion(modelId, version).datasets()));
            }
            return post(method, () -> {
                JsonNode schema = registry.versionSchema(modelId, version);
                JsonNode payload = parse(body);
                String name = DatasetRules.check(payload, schema);
                int connections = registry.connectDataset(modelId, version, name, payload);
                return new Answer(connections == 1 ? 201 : 200,
                        object().put("name", name).put("connections", connections));
            });
        }
        if (n == 5 && s.get(4).equals("datasets_sync")) {
            return post(method, () -> {
                boolean enabled = query != null && Arrays.stream(query.split("&"))
                        .anyMatch(p -> p.equalsIgnoreCase("enabled=true")); // Python sends True
                registry.setSyncEnabled(modelId, version, enabled);
                return new Answer(200, object());
            });
        }
        throw ApiError.notFound("No such API path.");
    }

    private ArrayNode versionList(String modelId) {
        var model = registry.find(modelId).orElseThrow(() -> ApiError.notFound("Model " + modelId + " not found."));
        ArrayNode list = JSON.createArrayNode();
        model.versions().forEach(v -> list.addObject().put("id", v.id()).put("name", v.name())
                .put("model_type", v.modelType()).put("created_at", v.createdAt().toString()));
        return list;
    }

    private SandboxModel.SandboxVersion findVersion(String modelId, String name) {
        return registry.find(modelId).orElseThrow(() -> ApiError.notFound("Model " + modelId + " not found."))
                .versions().stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiError.notFound("Version " + name + " of model " + modelId + " not found."));
    }

    private static Answer get(String method, java.util.function.Supplier<JsonNode> body) {
        if (!method.equals("GET")) {
            throw new ApiError(405, "Method " + method + " is not allowed here.", "");
        }
        return new Answer(200, body.get());
    }

    private static Answer post(String method, java.util.function.Supplier<Answer> action) {
        if (!method.equals("POST")) {
            throw new ApiError(405, "Method " + method + " is not allowed here.", "");
        }
        return action.get();
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? null : JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiError.badRequest("", "The request body must be a JSON object.");
            }
            return node;
        } catch (IOException e) {
            throw ApiError.badRequest("", "The request body is not valid JSON.");
        }
    }

    /** The path's segments after {@code /v1beta}, decoded; a trailing slash adds nothing. */
    private static List<String> segments(String rawPath) {
        String rest = rawPath.substring("/v1beta".length());
        return Arrays.stream(rest.split("/")).filter(p -> !p.isEmpty())
                .map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8)).toList();
    }

    private static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private static Answer error(ApiError e) {
        ObjectNode body = object();
        ObjectNode error = body.putObject("error");
        error.put("message", e.getMessage());
        if (!e.detail().isEmpty()) {
            error.put("detail", e.detail());
        }
        return new Answer(e.status(), body);
    }
}
