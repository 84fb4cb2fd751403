package dev.athenawizard.core.sandbox.aporia;

/**
 * An error answer in Aporia's REST shape: {@code {"error": {"message": …, "detail": …}}} with its status.
 *
 * @param detail the payload member at fault ({@code version_schema.features.embeddings}), or empty
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String detail;

    ApiError(int status, String message, String detail) {
        super(message, null, false, false);
        this.status = status;
        this.detail = detail == null ? "" : detail;
    }

    static ApiError badRequest(String member, String message) {
        return new ApiError(400, message, member);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message, "");
    }

    static ApiError conflict(String message) {
        return new ApiError(409, message, "");
    }

    int status() {
        return status;
    }

    String detail() {
        return detail;
    }
}
