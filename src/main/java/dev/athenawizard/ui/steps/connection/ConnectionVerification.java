package dev.athenawizard.ui.steps.connection;

import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.identity.ConnectionSettings;
import dev.athenawizard.core.aws.identity.VerificationResult;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.secrets.SecretKey;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import dev.athenawizard.ui.async.FxThread;
import dev.athenawizard.ui.async.LatestRun;
import dev.athenawizard.ui.steps.connection.ConnectionModel.Verification;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The one verification of the Connection step, for the Verify button and for Next alike: asks STS who the
 * credentials are and checks that Athena answers (starting the sandbox first in sandbox mode). Verify followed by
 * Next joins the run in flight instead of starting another; every outcome, an exceptional failure included, lands in
 * the model, which shows it.
 */
final class ConnectionVerification {
    static final String VERIFYING = "Verifying the credentials with AWS STS and Athena…";
    static final String STARTING_SANDBOX =
            "Starting the sandbox (its very first start also generates the demo data, a few seconds)…";

    private final ConnectionModel model;
    private final ConnectionServices services;

    ConnectionVerification(ConnectionModel model, ConnectionServices services) {
        this.model = model;
        this.services = services;
    }

    /**
     * The verification of the form as it is now: the finished one if the form was verified, the one in flight, or a
     * new one. The future fails only when the verification could not run at all (the model shows why too).
     */
    CompletableFuture<Verification> verify() {
        Optional<Verification> finished = model.verification.currentResult();
        if (finished.isPresent()) {
            return CompletableFuture.completedFuture(finished.get());
        }
        return model.verification.run(this::start);
    }

    /** The Verify button: asks AWS again (a network hiccup may have passed), or joins the verification running. */
    CompletableFuture<Verification> verifyAgain() {
        return model.verification.run(this::start);
    }

    /** What the shell's progress bar says while {@link #verify()} runs. */
    String checkingMessage() {
        return model.choice.get() == ConnectionChoice.SANDBOX && !services.sandbox().running() ? STARTING_SANDBOX
                : VERIFYING;
    }

    void cancel() {
        model.verification.cancel();
    }

    private CompletableFuture<Verification> start(ConnectionForm form, LatestRun.Updates updates) {
        boolean sandbox = form.choice() == ConnectionChoice.SANDBOX;
        model.progress.set(checkingMessage());
        CompletableFuture<Optional<URI>> endpoint = sandbox
                ? services.sandbox().endpoint().thenApply(Optional::of)
                : CompletableFuture.completedFuture(Optional.empty());
        CompletableFuture<Verification> verified = InterruptibleTasks.then(endpoint, url -> {
            updates.post(() -> model.progress.set(VERIFYING));
            ConnectionSettings settings = form.settings(url);
            CompletableFuture<VerificationResult> asking = services.verifier().verify(settings);
            // cancelling the verification must stop the call to AWS, not only the wait for it
            return InterruptibleTasks.cancelling(asking.thenApply(result -> outcome(form, settings, result)), asking);
        });
        verified.thenAccept(outcome -> {
            if (outcome.connection().isPresent()) {
                updates.post(() -> rememberSecrets(form));
            }
        });
        return verified;
    }

    private static Verification outcome(ConnectionForm form, ConnectionSettings settings, VerificationResult result) {
        return new Verification(result, result.ok()
                ? Optional.of(new VerifiedConnection(settings, result.identity().orElseThrow(),
                        form.dataSourceCredentials(), form.choice() == ConnectionChoice.SANDBOX))
                : Optional.empty());
    }

    /** After a successful verification: keeps the secrets for the session, and in the keychain if asked. */
    private void rememberSecrets(ConnectionForm form) {
        if (form.wizardCredentials() instanceof CredentialSource.AccessKey key) {
            SecretKey name = SecretKey.awsSecretAccessKey(key.accessKeyId());
            if (model.rememberSecret.get()) {
                FxThread.onCompletion(services.secrets().remember(name, key.secretAccessKey()),
                        (status, e) -> model.rememberOutcome.set(status == null ? "" : status.message()));
            } else {
                services.secrets().put(name, key.secretAccessKey());
            }
        }
        form.dataSourceCredentials().ifPresent(source -> {
            if (source instanceof CredentialSource.AccessKey key) {
                services.secrets().put(SecretKey.awsSecretAccessKey(key.accessKeyId()), key.secretAccessKey());
            }
        });
    }
}
