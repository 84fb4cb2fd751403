package dev.athenawizard.core.aporia.client;

import dev.athenawizard.core.TypedText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Where Aporia's controller answers: {@code https://app.aporia.com}, a customer's own host, or the sandbox's
 * {@code http://127.0.0.1:PORT}. Its REST API lives under {@link #apiBase()} ({@code …/v1beta}).
 *
 * <p>As the SDK does, a host without a scheme gets {@code https://}. Plain {@code http} is accepted only for this
 * computer (the sandbox): anywhere else the token would cross the network unencrypted.
 */
public record AporiaHost(URI base) {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    /**
     * Reads what the user typed.
     *
     * @throws IllegalArgumentException saying what is wrong, in words that fit after the field's name
     */
    public static AporiaHost parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("is empty: give Aporia's host, e.g. https://app.aporia.com.");
        }
        if (!t.contains("://")) {
            t = "https://" + t;
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(TypedText.quoted(text.strip()) + " is not a web address: "
                    + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException(TypedText.quoted(text.strip()) + " should start with https://.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException(TypedText.quoted(text.strip()) + " names no host.");
        }
        if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(TypedText.quoted(text.strip()) + " uses plain http, which would send "
                    + "the Aporia token unencrypted: use https:// (plain http is only for the sandbox on this computer).");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(TypedText.quoted(text.strip()) + " should be just the host, like "
                    + "https://app.aporia.com.");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith("/v1beta")) {
            path = path.substring(0, path.length() - "/v1beta".length()); // the API's address pasted whole
        }
        return new AporiaHost(URI.create(scheme + "://" + uri.getRawAuthority() + path));
    }

    /** {@code https://app.aporia.com/v1beta}: every call's path is appended to it. */
    public URI apiBase() {
        return URI.create(base + "/v1beta");
    }

    /** The full address of one API path, e.g. {@code /models}. */
    public URI resolve(String apiPath) {
        return URI.create(apiBase() + apiPath);
    }

    /** The SDK's {@code host} argument: scheme and host name, without the port. */
    public String sdkHost() {
        return base.getScheme() + "://" + base.getHost();
    }

    /** The SDK's {@code port} argument (it appends {@code :port} itself; 443 by default). */
    public int sdkPort() {
        if (base.getPort() > 0) {
            return base.getPort();
        }
        return base.getScheme().equals("http") ? 80 : 443;
    }

    /** Where a sandbox answers: the same server as its Athena endpoint. */
    public static AporiaHost sandbox(URI sandboxEndpoint) {
        return parse(sandboxEndpoint.toString());
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
