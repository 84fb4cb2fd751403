package dev.athenawizard.core.aws.identity;

import static dev.athenawizard.core.concurrent.InterruptibleTasks.checkNotCancelled;

import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.aws.AwsTarget;
import dev.athenawizard.core.aws.credentials.AthenaRegions;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * The Connection step's check: who are these credentials (STS {@code GetCallerIdentity}), and does Athena answer them
 * ({@code ListWorkGroups}, one result)? STS needs no permission, so it proves the keys are valid; the Athena call
 * proves they may use Athena.
 *
 * <p>Runs on the executor given to the constructor; cancelling the returned future interrupts the call in flight.
 */
public final class ConnectionVerifier {
    private final AwsClientFactory clients;
    private final Executor executor;

    public ConnectionVerifier(AwsClientFactory clients, Executor executor) {
        this.clients = clients;
        this.executor = executor;
    }

    /** Never completes exceptionally except by cancellation: every failure becomes a {@link VerificationProblem}. */
    public CompletableFuture<VerificationResult> verify(ConnectionSettings settings) {
        return InterruptibleTasks.supply(executor, () -> check(settings));
    }

    private VerificationResult check(ConnectionSettings settings) {
        Optional<VerificationProblem> badForm = checkForm(settings);
        if (badForm.isPresent()) {
            return VerificationResult.failed(badForm.get());
        }
        CredentialResolution.Outcome resolved = CredentialResolution.resolve(settings.credentials());
        if (resolved.problem().isPresent()) {
            return VerificationResult.failed(resolved.problem().get());
        }
        checkNotCancelled();
        // Resolved once: an SSO or assume-role profile is not asked again for each call.
        AwsTarget target = new AwsTarget(Region.of(settings.region()),
                StaticCredentialsProvider.create(resolved.credentials().get()), settings.endpoint());
        CallerIdentity identity;
        try (StsClient sts = clients.sts(target)) {
            GetCallerIdentityResponse who = sts.getCallerIdentity();
            identity = CallerIdentity.of(who.account(), who.arn(), who.userId());
        } catch (SdkException e) {
            checkNotCancelled();
            return VerificationResult.failed(ConnectionFailures.explain(e, settings, "STS"));
        }
        List<CredentialWarning> warnings = warnings(identity, resolved.credentials().get(), settings.credentials());
        checkNotCancelled();
        try (AthenaClient athena = clients.athena(target)) {
            athena.listWorkGroups(r -> r.maxResults(1));
        } catch (SdkException e) {
            checkNotCancelled();
            return new VerificationResult(Optional.of(identity), warnings,
                    Optional.of(ConnectionFailures.explain(e, settings, "Athena")));
        }
        return new VerificationResult(Optional.of(identity), warnings, Optional.empty());
    }

    private static Optional<VerificationProblem> checkForm(ConnectionSettings settings) {
        if (settings.region().isEmpty()) {
            return Optional.of(VerificationProblem.of(ProblemField.REGION, "No region: choose the AWS region where "
                    + "your Athena data is."));
        }
        boolean knownRegion = AthenaRegions.find(settings.region()).isPresent();
        if (!AthenaRegions.isRegionId(settings.region()) || (settings.endpoint().isEmpty() && !knownRegion)) {
            return Optional.of(VerificationProblem.of(ProblemField.REGION, "\"" + settings.region() + "\" is not a "
                    + "region where Athena runs. Choose one from the list (like us-east-1)."));
        }
        Optional<URI> endpoint = settings.endpoint();
        if (endpoint.isPresent() && !isHttpUrl(endpoint.get())) {
            return Optional.of(VerificationProblem.of(ProblemField.ENDPOINT, "\"" + endpoint.get() + "\" is not an "
                    + "endpoint URL: it should look like https://athena.vpce-… or http://127.0.0.1:4566."));
        }
        return Optional.empty();
    }

    private static boolean isHttpUrl(URI uri) {
        String scheme = uri.getScheme();
        return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
    }

    private static List<CredentialWarning> warnings(CallerIdentity identity, AwsCredentials credentials,
            CredentialSource source) {
        List<CredentialWarning> warnings = new ArrayList<>();
        if (identity.kind() == IdentityKind.ROOT) {
            warnings.add(CredentialWarning.root());
        }
        if (!(source instanceof CredentialSource.Sandbox) && credentials.accessKeyId().startsWith("AKIA")) {
            warnings.add(CredentialWarning.longTermKey(credentials.accessKeyId()));
        }
        return warnings;
    }
}
