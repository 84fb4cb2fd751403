package dev.athenawizard.core.sandbox.athena;

import dev.athenawizard.core.sandbox.http.ServiceError;

/** Athena's modelled exceptions, with the {@code AthenaErrorCode} values real Athena uses. */
final class AthenaErrors {
    private AthenaErrors() {
    }

    static ServiceError invalidRequest(String athenaErrorCode, String message) {
        return ServiceError.of(400, "InvalidRequestException", message).with("AthenaErrorCode", athenaErrorCode);
    }

    static ServiceError invalidInput(String message) {
        return invalidRequest("INVALID_INPUT", message);
    }

    static ServiceError metadata(String message) {
        return ServiceError.of(400, "MetadataException", message);
    }

    static ServiceError workgroupNotFound(String name) {
        return invalidInput("WorkGroup " + name + " is not found.");
    }
}
