package dev.athenawizard.core.sandbox.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who signed a request, read from SigV4's credential scope {@code <AKID>/<date>/<region>/<service>/aws4_request}
 * (in the {@code Authorization} header, or {@code X-Amz-Credential} of a presigned URL). The signature itself is not
 * verified: the sandbox only ever learns key ids, never secrets.
 */
public record Caller(String accessKeyId, String region, String service) {

    private static final Pattern CREDENTIAL =
            Pattern.compile("Credential=([^/,\\s]+)/[^/,\\s]*/([^/,\\s]+)/([^/,\\s]+)/aws4_request");
    private static final Pattern SCOPE = Pattern.compile("([^/]+)/[^/]*/([^/]+)/([^/]+)/aws4_request");

    /** Reads the caller from an {@code Authorization} header value, if it is a SigV4 one. */
    public static Optional<Caller> fromAuthorization(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher m = CREDENTIAL.matcher(authorization);
        return m.find() ? Optional.of(new Caller(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    /** Reads the caller from a presigned URL's decoded {@code X-Amz-Credential} parameter. */
    public static Optional<Caller> fromCredentialScope(String scope) {
        if (scope == null) {
            return Optional.empty();
        }
        Matcher m = SCOPE.matcher(scope);
        return m.matches() ? Optional.of(new Caller(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }
}
