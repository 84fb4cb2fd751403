package dev.athenawizard.core.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;

/** A service speaking AWS JSON 1.1: one operation name, a JSON request, a JSON answer or a {@link ServiceError}. */
public interface JsonService {
    JsonNode handle(String operation, JsonNode request, Caller caller);
}
