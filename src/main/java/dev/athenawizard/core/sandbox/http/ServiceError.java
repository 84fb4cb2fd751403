package dev.athenawizard.core.sandbox.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error as an AWS service reports it: the HTTP status, the code clients branch on ({@code __type} in JSON,
 * {@code <Code>} in XML) and a message. Each protocol renders it in its own format (see {@link ErrorBodies}).
 */
public final class ServiceError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final Map<String, String> fields;
    private final boolean lowerCaseMessageKey;

    private ServiceError(int status, String code, String message, Map<String, String> fields, boolean lowerCaseMessageKey) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.fields = Map.copyOf(fields);
        this.lowerCaseMessageKey = lowerCaseMessageKey;
    }

    /** A service's own modelled exception; JSON uses the {@code Message} key. */
    public static ServiceError of(int status, String code, String message) {
        return new ServiceError(status, code, message, Map.of(), false);
    }

    /** An error from AWS's common front end (auth, throttling); real JSON answers use a lower-case {@code message}. */
    public static ServiceError frontEnd(int status, String code, String message) {
        return new ServiceError(status, code, message, Map.of(), true);
    }

    /** A copy with one more member, e.g. {@code AthenaErrorCode} in JSON or {@code Key} in S3's XML. */
    public ServiceError with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(fields);
        more.put(name, value);
        return new ServiceError(status, code, getMessage(), more, lowerCaseMessageKey);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Extra members in the order they were added. */
    public Map<String, String> fields() {
        return fields;
    }

    public boolean lowerCaseMessageKey() {
        return lowerCaseMessageKey;
    }
}
