package dev.athenawizard.cli;

import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.aws.AwsTarget;
import dev.athenawizard.core.aws.ProjectCredentials;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.aws.identity.ConnectionSettings;
import dev.athenawizard.core.aws.identity.ConnectionVerifier;
import dev.athenawizard.core.aws.identity.ProblemField;
import dev.athenawizard.core.aws.identity.VerificationProblem;
import dev.athenawizard.core.aws.identity.VerificationResult;
import dev.athenawizard.core.aws.policy.AccessScopeResolver;
import dev.athenawizard.core.aws.policy.AporiaQuery;
import dev.athenawizard.core.aws.policy.ResolvedScope;
import dev.athenawizard.core.aws.policy.S3Location;
import dev.athenawizard.core.aws.policy.ScopeRequest;
import dev.athenawizard.core.aws.policy.UnusableQuery;
import dev.athenawizard.core.aws.secrets.SecretStore;
import dev.athenawizard.core.concurrent.BackgroundExecutors;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.ProjectFileException;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.sandbox.SandboxHost;
import dev.athenawizard.core.sql.SqlAnalyzer;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import software.amazon.awssdk.regions.Region;

/**
 * The object graph of one {@code policy} or {@code check} run: where the wizard's and Aporia's credentials come from,
 * the endpoint (an in-process sandbox for a sandbox project), the clients, and the scope Aporia will read.
 */
final class AccessSession implements AutoCloseable {
    private final CliEnvironment environment;
    private final ExecutorService pool = BackgroundExecutors.bounded("aws-cli", 2);
    private final AwsClientFactory clients = new AwsClientFactory();
    private final SecretStore secrets;
    private final ScopeRequest request;
    private final ConnectionSettings wizard;
    private final CredentialSource aporia;
    private final SandboxHost sandbox;

    /**
     * @param task what the command needs to be told when the flags say nothing, e.g. "Say what to check"
     */
    AccessSession(ScopeOptions options, CliEnvironment environment, String task) throws ProjectFileException {
        options.validate(task);
        this.environment = environment;
        this.secrets = environment.secrets().apply(pool);
        if (options.fromProject()) {
            OnboardingProject project = new ProjectStore().load(options.project);
            ConnectionSection connection = project.connection();
            ProjectCredentials credentials = new ProjectCredentials(secrets, environment.env(),
                    environment.profileFiles());
            this.request = projectQuery(project, options.project).map(q -> ScopeRequest.of(project, q))
                    .orElseGet(() -> ScopeRequest.of(project));
            CredentialSource wizardCredentials = credentials.wizard(connection);
            this.aporia = credentials.aporia(connection);
            // Started last (by endpoint(), on this thread): nothing after it can fail and leave it running.
            this.sandbox = needsSandbox(connection) ? new SandboxHost(environment.dirs().sandboxData(), Runnable::run)
                    : null;
            this.wizard = new ConnectionSettings(wizardCredentials, connection.region(), endpoint(connection));
        } else {
            ScopeRequest flags = new ScopeRequest(options.aws.resolveRegion().id(), options.workgroup,
                    Optional.ofNullable(options.outputLocation).map(S3Location::parse), options.databases,
                    options.dataBuckets);
            this.request = options.query().map(flags::withQuery).orElse(flags);
            this.sandbox = null;
            this.wizard = new ConnectionSettings(flagCredentials(options), request.region(),
                    Optional.ofNullable(options.aws.endpointUrl));
            this.aporia = aporiaFromEnvironment().orElse(wizard.credentials());
        }
    }

    /** The project's query, checked locally; a query that is not usable is a usage error naming its line and column. */
    private static Optional<AporiaQuery> projectQuery(OnboardingProject project, Path file) {
        try {
            return AporiaQuery.of(project.query(), new SqlAnalyzer());
        } catch (UnusableQuery e) {
            throw new UsageError("The query of project " + file + ": " + e.getMessage() + " Nothing was sent.");
        }
    }

    /** The query the scope is made for, when there is one (--sql, or the project's). */
    Optional<AporiaQuery> query() {
        return request.query();
    }

    /**
     * What Aporia will read, looked up with the wizard's credentials. Those are checked first, so a bad key is reported
     * as such and not as a missing account id; the account comes from that check. Look-ups that failed are in the
     * scope's notes, for the command to word.
     */
    ResolvedScope resolveScope(PrintWriter err, String command) {
        String account = verifyWizard(err, command);
        return await(new AccessScopeResolver(clients, pool).resolve(wizard.toTarget(), request.inAccount(account)));
    }

    /** Checks the wizard's credentials; returns their account. */
    private String verifyWizard(PrintWriter err, String command) {
        VerificationResult result = await(new ConnectionVerifier(clients, pool).verify(wizard));
        if (result.identity().isEmpty()) {
            VerificationProblem problem = result.problem().orElseThrow();
            String said = problem.message() + problem.hint().map(h -> " " + h).orElse("");
            boolean aboutTheConnection = problem.field() == ProblemField.REGION
                    || problem.field() == ProblemField.ENDPOINT;
            throw new IllegalStateException(aboutTheConnection ? "The project's connection cannot be used: " + said
                    : "The wizard's credentials (" + wizard.credentials().description() + ") do not work: " + said);
        }
        result.warnings().forEach(w -> err.println("athena-wizard " + command + ": warning: " + w.message()));
        return result.identity().get().account();
    }

    /** Aporia's credentials, at the same region and endpoint as the wizard's. */
    AwsTarget aporiaTarget() {
        return new AwsTarget(Region.of(wizard.region()), aporia.provider(), wizard.endpoint());
    }

    String aporiaDescription() {
        return aporia.description();
    }

    AwsClientFactory clients() {
        return clients;
    }

    ExecutorService pool() {
        return pool;
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static boolean needsSandbox(ConnectionSection connection) {
        return connection.mode() == ConnectionSection.ConnectionMode.SANDBOX && connection.endpointOverride().isBlank();
    }

    private Optional<URI> endpoint(ConnectionSection connection) {
        if (sandbox != null) {
            return Optional.of(await(sandbox.endpoint()));
        }
        String override = connection.endpointOverride();
        return override.isBlank() ? Optional.empty() : Optional.of(URI.create(override.strip()));
    }

    /** {@code --profile}, else the environment's keys, else the SDK's default chain. */
    private CredentialSource flagCredentials(ScopeOptions options) {
        if (options.aws.profile != null && !options.aws.profile.isBlank()) {
            return new CredentialSource.Profile(options.aws.profile, environment.profileFiles());
        }
        return accessKeyFromEnvironment("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN")
                .orElseGet(CredentialSource.DefaultChain::new);
    }

    private Optional<CredentialSource> aporiaFromEnvironment() {
        return accessKeyFromEnvironment(ProjectCredentials.APORIA_KEY_ID, ProjectCredentials.APORIA_SECRET,
                ProjectCredentials.APORIA_TOKEN);
    }

    private Optional<CredentialSource> accessKeyFromEnvironment(String keyId, String secret, String token) {
        String id = environment.env().get(keyId);
        String key = environment.env().get(secret);
        if (id == null || id.isBlank() || key == null || key.isBlank()) {
            return Optional.empty();
        }
        String session = environment.env().get(token);
        return Optional.of(new CredentialSource.AccessKey(id, Secret.of(key.strip()),
                session == null || session.isBlank() ? Optional.empty() : Optional.of(Secret.of(session.strip()))));
    }

    @Override
    public void close() {
        secrets.clearMemory();
        pool.shutdownNow();
        clients.close();
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
