package dev.athenawizard.core.aporia.client;

import dev.athenawizard.core.Version;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.concurrent.Sleeper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends calls to Aporia's {@code /v1beta} API with the SDK's headers ({@code Authorization: Bearer <token>},
 * {@code Content-Type: application/json}) and retries 429, 5xx and timeouts with back-off. Time is injected: tests
 * pass a sleeper that only moves a clock. Logs method, path and status only; never a header or a body.
 */
public final class AporiaTransport {
    private static final Logger LOG = LoggerFactory.getLogger(AporiaTransport.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** Told before each pause between attempts. */
    @FunctionalInterface
    public interface RetryObserver {
        RetryObserver NONE = (next, attempts, why, pause) -> { };

        void retrying(int nextAttempt, int attempts, String why, Duration pause);
    }

    private final AporiaHost host;
    private final Secret token;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final RetryPolicy retry;
    private final Redactor redactor;

    /**
     * @param secrets other secrets that must never appear in a message (the data source's secret key)
     */
    public AporiaTransport(AporiaHost host, Secret token, HttpClient http, Sleeper sleeper, RetryPolicy retry,
                           List<Secret> secrets) {
        this.host = Objects.requireNonNull(host, "host");
        if (token == null || token.isEmpty()) {
            throw new IllegalArgumentException("The Aporia token is empty: paste an API token from Aporia's "
                    + "settings (or set APORIA_TOKEN).");
        }
        this.token = token.copy();
        this.http = http;
        this.sleeper = sleeper;
        this.retry = retry;
        List<String> masked = new java.util.ArrayList<>();
        masked.add(token.reveal());
        secrets.forEach(s -> masked.add(s.reveal()));
        this.redactor = new Redactor(masked);
    }

    /** An HTTP client as registrations use it: 10 s to connect, no redirects (a POST must not silently turn GET). */
    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    public AporiaHost host() {
        return host;
    }

    /**
     * Sends the call, retrying as the policy says.
     *
     * @param purpose    what the call does, for messages ("create the model insurance")
     * @param acceptable statuses besides 2xx the caller handles itself (e.g. 409 "already exists")
     * @throws AporiaCallException when it did not go through; the message says why in the wizard's words
     */
    public AporiaResponse send(AporiaCall call, String purpose, IntPredicate acceptable, RetryObserver observer)
            throws AporiaCallException, InterruptedException {
        HttpRequest request = request(call);
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> answer;
            try {
                answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                LOG.debug("Aporia {} failed (attempt {}): {}", call.describe(), attempt, e.getClass().getSimpleName());
                if (!AporiaErrors.retryable(e) || attempt >= retry.attempts()) {
                    throw AporiaErrors.forIo(e, call, host, attempt);
                }
                pause(attempt, retry.attempts(), "no answer (" + e.getClass().getSimpleName() + ")", null, observer);
                continue;
            }
            AporiaResponse response = new AporiaResponse(answer.statusCode(), answer.body());
            LOG.debug("Aporia {} → HTTP {} (attempt {})", call.describe(), response.status(), attempt);
            int status = response.status();
            if ((status == 429 || status >= 500) && attempt < retry.attempts()) {
                pause(attempt, retry.attempts(), "HTTP " + status, retryAfter(answer), observer);
                continue;
            }
            if (response.ok() || acceptable.test(status)) {
                return response;
            }
            throw AporiaErrors.forStatus(response, call, host, purpose, redactor);
        }
    }

    private void pause(int attempt, int attempts, String why, Duration retryAfter, RetryObserver observer)
            throws InterruptedException {
        Duration pause = retry.pauseBefore(attempt + 1, retryAfter);
        observer.retrying(attempt + 1, attempts, why, pause);
        sleeper.sleep(pause);
    }

    private HttpRequest request(AporiaCall call) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(host.resolve(call.path()))
                .timeout(call.timeout())
                .header("Authorization", "Bearer " + token.reveal())
                .header("Content-Type", "application/json")
                .header("User-Agent", "athena-wizard/" + Version.number());
        String body = call.body().map(Object::toString).orElse(null);
        return body == null ? builder.GET().build()
                : builder.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    /** {@code Retry-After} in seconds, when Aporia sent one. */
    private static Duration retryAfter(HttpResponse<?> answer) {
        Optional<String> value = answer.headers().firstValue("Retry-After");
        try {
            return value.map(v -> Duration.ofSeconds(Long.parseLong(v.strip()))).orElse(null);
        } catch (NumberFormatException e) {
            return null; // an HTTP date: rare, and the back-off is a fine substitute
        }
    }
}
