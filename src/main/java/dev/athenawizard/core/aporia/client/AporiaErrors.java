package dev.athenawizard.core.aporia.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.athenawizard.core.aporia.client.AporiaCallException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Says in the wizard's words why a call failed and what to check: the token for 401, the host for 404, the field
 * behind a 400, Aporia's availability for 5xx. Aporia's own message is quoted when it sent one (REST
 * {@code {"error": {"message", "detail"}}}, FastAPI {@code {"detail"}} or GraphQL {@code {"errors": [{"message"}]}}),
 * after every secret in it has been masked.
 */
final class AporiaErrors {
    private static final int MAX_QUOTE = 300;

    private AporiaErrors() {
    }

    static AporiaCallException forStatus(AporiaResponse response, AporiaCall call, AporiaHost host, String purpose,
                                         Redactor redactor) {
        int status = response.status();
        String says = aporiaSays(response).map(redactor::redact).map(m -> " Aporia says: " + m).orElse("");
        String http = " (HTTP " + status + " for " + call.describe() + ")";
        return switch (status) {
            case 401 -> new AporiaCallException(Kind.TOKEN, status, "Aporia did not accept the token" + http
                    + ": check that it is an API token of the Aporia account at " + host + " and that it has not "
                    + "expired or been revoked." + says);
            case 403 -> new AporiaCallException(Kind.PERMISSION, status, "The token may not " + purpose + http
                    + ": ask an Aporia admin for a token that may create models." + says);
            case 404 -> new AporiaCallException(Kind.HOST, status, "Aporia's API was not found" + http + ": check "
                    + "that " + host + " is your Aporia controller (such as https://app.aporia.com), not another "
                    + "web address" + (call.path().startsWith("/models/") ? ", and that the model exists there"
                    : "") + "." + says);
            case 405 -> new AporiaCallException(Kind.HOST, status, host + " does not take this call" + http
                    + ": it is probably not an Aporia controller." + says);
            case 429 -> new AporiaCallException(Kind.UNAVAILABLE, status, "Aporia kept asking to slow down" + http
                    + " after every retry; try again in a few minutes." + says);
            default -> status >= 500
                    ? new AporiaCallException(Kind.UNAVAILABLE, status, "Aporia kept failing" + http
                            + " after every retry: it may be down or overloaded; try again later." + says)
                    : new AporiaCallException(Kind.REJECTED, status, "Aporia refused to " + purpose + http + "."
                            + (says.isEmpty() ? " It gave no reason." : says));
        };
    }

    /** Whether an I/O failure is worth another attempt (a timeout or a dropped connection, not a wrong address). */
    static boolean retryable(IOException e) {
        return !(e instanceof ConnectException || e instanceof HttpConnectTimeoutException
                || e instanceof SSLException || e.getCause() instanceof UnresolvedAddressException);
    }

    static AporiaCallException forIo(IOException e, AporiaCall call, AporiaHost host, int attempts) {
        String where = host.base().getHost() + (host.base().getPort() > 0 ? ":" + host.base().getPort() : "");
        if (e instanceof HttpConnectTimeoutException) {
            return new AporiaCallException(Kind.UNREACHABLE, 0, "Could not connect to " + where + " in time: check "
                    + "the Aporia host and your network (a proxy or VPN may be needed).");
        }
        if (e instanceof ConnectException && e.getCause() instanceof UnresolvedAddressException
                || e.getCause() instanceof UnresolvedAddressException) {
            return new AporiaCallException(Kind.UNREACHABLE, 0, "The Aporia host " + host.base().getHost()
                    + " is unknown (no DNS entry): check its spelling.");
        }
        if (e instanceof ConnectException) {
            return new AporiaCallException(Kind.UNREACHABLE, 0, "Nothing answers at " + where + " (connection "
                    + "refused): check the Aporia host and port.");
        }
        if (e instanceof SSLException) {
            return new AporiaCallException(Kind.UNREACHABLE, 0, "The secure connection to " + where + " failed ("
                    + e.getMessage() + "): check the host, or a proxy that intercepts https.");
        }
        if (e instanceof HttpTimeoutException) {
            return new AporiaCallException(Kind.UNAVAILABLE, 0, "Aporia did not answer " + call.describe()
                    + " within " + call.timeout().toSeconds() + " s, " + attempts + " time"
                    + (attempts == 1 ? "" : "s") + "; try again later.");
        }
        return new AporiaCallException(Kind.UNAVAILABLE, 0, "The connection to " + where + " broke during "
                + call.describe() + " (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "), " + attempts + " time"
                + (attempts == 1 ? "" : "s") + ".");
    }

    /** Aporia's own message, shortened to one line; empty when it sent none (or an HTML page). */
    static Optional<String> aporiaSays(AporiaResponse response) {
        JsonNode json = response.json();
        String message = "";
        if (json.isObject()) {
            JsonNode error = json.path("error");
            if (error.isObject()) {
                message = join(error.path("message").asText(""), error.path("detail").asText(""));
            } else if (error.isTextual()) {
                message = error.asText();
            } else if (json.path("errors").isArray() && !json.path("errors").isEmpty()) {
                JsonNode first = json.path("errors").get(0);
                message = join(first.path("message").asText(""),
                        first.path("extensions").path("verbose_message").asText(""));
            } else if (json.path("detail").isTextual()) {
                message = json.path("detail").asText();
            } else if (json.path("detail").isArray() || json.path("detail").isObject()) {
                message = json.path("detail").toString();
            } else if (json.path("message").isTextual()) {
                message = json.path("message").asText();
            }
        } else if (response.body() != null && !response.body().isBlank()
                && !response.body().stripLeading().startsWith("<")) {
            message = response.body();
        }
        message = message.replaceAll("\\s+", " ").strip();
        if (message.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(message.length() > MAX_QUOTE ? message.substring(0, MAX_QUOTE) + "…" : message);
    }

    private static String join(String message, String detail) {
        if (detail.isBlank() || detail.equals(message)) {
            return message;
        }
        return message.isBlank() ? detail : message + " (" + detail + ")";
    }
}
