package dev.athenawizard.core.aporia.client;

import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import dev.athenawizard.core.aws.ProjectCredentials;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import dev.athenawizard.core.concurrent.Sleeper;
import dev.athenawizard.core.project.ConnectionSection;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Makes a {@link Registration} ready to run: finds the data source's key pair the project's way (the dedicated key
 * from the keychain or the environment, or the wizard's own credentials) and connects a transport to the host.
 * Shared by the CLI and the Register step.
 *
 * <pre>{@code
 * Registrations registrations = new Registrations(projectCredentials, Sleeper.SYSTEM);
 * registrations.prepare(plan, project.connection(), host, token, executor)
 *         .thenCompose(r -> r.start(executor, listener));
 * }</pre>
 */
public final class Registrations {
    private final ProjectCredentials credentials;
    private final Sleeper sleeper;
    /** Built at the first call, off the FX thread: a client sets up TLS (some 180 classes, ~90 ms at start-up). */
    private HttpClient http;

    public Registrations(ProjectCredentials credentials, Sleeper sleeper) {
        this(credentials, sleeper, null);
    }

    /** @param http the client to send with; null to build one at the first call */
    public Registrations(ProjectCredentials credentials, Sleeper sleeper, HttpClient http) {
        this.credentials = credentials;
        this.sleeper = sleeper;
        this.http = http;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = AporiaTransport.newHttpClient();
        }
        return http;
    }

    /**
     * Blocks while the key is found (the keychain, a profile file, SSO): not on the FX thread, and not on the secret
     * store's own executor.
     *
     * @throws IllegalArgumentException when the key cannot be had, or is temporary; the message says what to do
     */
    public Registration create(RegistrationPlan plan, ConnectionSection connection, AporiaHost host, Secret token) {
        DataSourceKey key = DataSourceKey.resolve(credentials.aporia(connection));
        AporiaTransport transport = new AporiaTransport(host, token, http(), sleeper, RetryPolicy.SDK,
                List.of(key.secretAccessKey()));
        return new Registration(plan, transport, key);
    }

    /**
     * What a sandbox's Aporia holds ({@code GET /v1beta/sandbox/registrations}), on {@code executor}; empty when the
     * host is a real Aporia, which has no such view.
     */
    public CompletableFuture<java.util.Optional<ReceivedRegistrations>> received(AporiaHost host, Secret token,
                                                                                 Executor executor) {
        return InterruptibleTasks.supply(executor, () -> {
            AporiaTransport transport = new AporiaTransport(host, token, http(), sleeper, new RetryPolicy(1,
                    java.time.Duration.ZERO, java.time.Duration.ZERO), List.of());
            AporiaResponse answer = transport.send(AporiaCall.get("/sandbox/registrations"),
                    "show what it received", status -> status == 404 || status == 405,
                    AporiaTransport.RetryObserver.NONE);
            return answer.ok() ? java.util.Optional.of(ReceivedRegistrations.parse(answer.json()))
                    : java.util.Optional.empty();
        });
    }

    /** {@link #create} on {@code executor}. */
    public CompletableFuture<Registration> prepare(RegistrationPlan plan, ConnectionSection connection,
                                                   AporiaHost host, Secret token, Executor executor) {
        return InterruptibleTasks.supply(executor, () -> create(plan, connection, host, token));
    }
}
