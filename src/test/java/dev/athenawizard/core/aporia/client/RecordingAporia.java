package dev.athenawizard.core.aporia.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stand-in for Aporia's controller, written for the client's tests: it records every request (method, path,
 * headers, JSON body) and answers like Aporia (401 without the expected token, 409 for an existing model or version,
 * a version list, datasets kept one per name). Planned failures answer a status a number of times.
 */
final class RecordingAporia implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    record Received(String method, String path, Map<String, String> headers, JsonNode body) {
        String line() {
            return method + " " + path;
        }
    }

    private record Failure(String method, String pathContains, int status, Map<String, String> headers,
                           int[] left) {
    }

    private final HttpServer server;
    private final String token;
    private final List<Received> received = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final Map<String, JsonNode> models = new LinkedHashMap<>();
    private final Map<String, Map<String, JsonNode>> versions = new LinkedHashMap<>();
    private final Map<String, JsonNode> datasets = new LinkedHashMap<>();
    private boolean tensorsSupported = true;

    RecordingAporia(String token) throws IOException {
        this.token = token;
        System.setProperty("sun.net.httpserver.nodelay", "true"); // else each small answer waits ~40 ms (Nagle)
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    synchronized void fail(String method, String pathContains, int status, int times, Map<String, String> headers) {
        failures.add(new Failure(method, pathContains, status, headers, new int[] {times}));
    }

    synchronized void haveModel(String id) {
        models.put(id, JSON.createObjectNode().put("id", id));
        versions.put(id, new LinkedHashMap<>());
    }

    synchronized void noTensors() {
        tensorsSupported = false;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    synchronized List<String> lines() {
        return received.stream().map(Received::line).toList();
    }

    synchronized Map<String, JsonNode> models() {
        return Map.copyOf(models);
    }

    synchronized Map<String, Map<String, JsonNode>> versions() {
        return Map.copyOf(versions);
    }

    /** {@code model/version/name} → the latest body connected. */
    synchronized Map<String, JsonNode> datasets() {
        return Map.copyOf(datasets);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
        JsonNode body = bytes.length == 0 ? null : JSON.readTree(bytes);
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        int status;
        JsonNode answer;
        Map<String, String> answerHeaders = Map.of();
        synchronized (this) {
            received.add(new Received(method, path, headers, body));
            Failure failure = plannedFailure(method, path);
            if (!("Bearer " + token).equals(headers.get("Authorization"))) {
                status = 401;
                answer = error("Unauthorized");
            } else if (failure != null) {
                status = failure.status();
                answer = error("planned failure");
                answerHeaders = failure.headers();
            } else {
                Object[] result = route(method, path, body);
                status = (int) result[0];
                answer = (JsonNode) result[1];
            }
        }
        byte[] out = answer.toString().getBytes(StandardCharsets.UTF_8);
        answerHeaders.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, out.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(out);
        }
    }

    private Failure plannedFailure(String method, String path) {
        Iterator<Failure> it = failures.iterator();
        while (it.hasNext()) {
            Failure f = it.next();
            if (f.method().equals(method) && path.contains(f.pathContains())) {
                if (--f.left()[0] <= 0) {
                    it.remove();
                }
                return f;
            }
        }
        return null;
    }

    private Object[] route(String method, String path, JsonNode body) {
        String[] s = path.substring("/v1beta/".length()).split("/");
        if (path.equals("/v1beta/capabilities/")) {
            return new Object[] {200, JSON.createObjectNode().put("is_field_schema_supported", tensorsSupported)};
        }
        if (s[0].equals("models") && s.length == 1 && method.equals("POST")) {
            String id = body.path("id").asText();
            if (models.containsKey(id)) {
                return new Object[] {409, error("Model already exists")};
            }
            models.put(id, body);
            versions.put(id, new LinkedHashMap<>());
            return new Object[] {201, JSON.createObjectNode().put("id", id)};
        }
        if (s.length >= 3 && s[0].equals("models") && s[2].equals("versions")) {
            Map<String, JsonNode> ofModel = versions.get(s[1]);
            if (ofModel == null) {
                return new Object[] {404, error("Model not found")};
            }
            if (s.length == 3 && method.equals("GET")) {
                ArrayNode list = JSON.createArrayNode();
                ofModel.forEach((name, v) -> list.addObject().put("id", "id-" + name).put("name", name)
                        .put("model_type", v.path("model_type").asText()).put("created_at", "2026-01-01T00:00:00Z"));
                return new Object[] {200, list};
            }
            if (s.length == 3 && method.equals("POST")) {
                String name = body.path("name").asText();
                if (ofModel.containsKey(name)) {
                    return new Object[] {409, error("Version already exists")};
                }
                ofModel.put(name, body);
                return new Object[] {201, JSON.createObjectNode().put("id", "id-" + name)};
            }
            if (s.length == 5 && s[4].equals("datasets") && method.equals("POST")) {
                if (!ofModel.containsKey(s[3])) {
                    return new Object[] {404, error("Version not found")};
                }
                datasets.put(s[1] + "/" + s[3] + "/" + body.path("name").asText(), body);
                return new Object[] {201, JSON.createObjectNode()};
            }
        }
        return new Object[] {404, error("Not found")};
    }

    private static ObjectNode error(String message) {
        ObjectNode node = JSON.createObjectNode();
        node.putObject("error").put("message", message);
        return node;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
