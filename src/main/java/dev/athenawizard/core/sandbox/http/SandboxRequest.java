package dev.athenawizard.core.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the service handlers see it: method, decoded path, decoded query parameters, headers
 * (looked up case-insensitively), the body, and who signed it (empty for an unsigned request).
 */
public record SandboxRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
                             byte[] body, Optional<Caller> caller, String requestId) {

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    public Optional<String> queryParam(String name) {
        return Optional.ofNullable(query.get(name));
    }

    public boolean hasQueryParam(String name) {
        return query.containsKey(name);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
