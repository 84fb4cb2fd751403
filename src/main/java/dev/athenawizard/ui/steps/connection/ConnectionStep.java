package dev.athenawizard.ui.steps.connection;

import dev.athenawizard.core.aws.credentials.AwsProfiles;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.credentials.CredentialsOnMachine;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.aws.identity.ConnectionSettings;
import dev.athenawizard.core.aws.identity.VerificationResult;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.secrets.SecretKey;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.ui.FxThread;
import dev.athenawizard.ui.controls.ChangeSignal;
import dev.athenawizard.ui.shell.WizardStep;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * Step 1: how the wizard reaches Athena. Verifying asks STS who the credentials are and checks that Athena answers;
 * Next verifies first when the form changed since the last verification.
 */
public final class ConnectionStep implements WizardStep {
    private final ConnectionServices services;
    private final ConnectionModel model = new ConnectionModel();
    private final ChangeSignal changes = new ChangeSignal(model.form);
    private ConnectionView view;
    private boolean machineLooked;
    private boolean choiceSetByProject;
    private CompletableFuture<?> inFlight;

    public ConnectionStep(ConnectionServices services) {
        this.services = services;
        model.choice.addListener(o -> pickFirstProfileIfNoneChosen());
    }

    /** The verified connection the next steps work with; null until verified, and again after any edit. */
    public ReadOnlyObjectProperty<VerifiedConnection> verifiedConnection() {
        return model.verified;
    }

    ConnectionModel model() {
        return model;
    }

    @Override
    public String title() {
        return "Connection";
    }

    @Override
    public String summary() {
        return "Choose how the wizard reaches Athena, and check who you are signed in as.";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new ConnectionView(model, this::verifyNow);
        }
        return view;
    }

    @Override
    public ObservableBooleanValue complete() {
        return model.complete;
    }

    @Override
    public CompletableFuture<?> checkBeforeLeaving() {
        if (model.verifiedForCurrentForm()) {
            return null;
        }
        CompletableFuture<VerifiedConnection> check = new CompletableFuture<>();
        verify().whenComplete((result, failure) -> {
            if (failure != null) {
                check.completeExceptionally(failure);
            } else if (!result.ok()) {
                check.completeExceptionally(new IllegalStateException(ConnectionView.describeProblem(result)));
            } else {
                check.complete(model.verified.get());
            }
        });
        check.whenComplete((r, e) -> {
            if (check.isCancelled()) {
                cancelInFlight();
            }
        });
        return check;
    }

    @Override
    public String checkingMessage() {
        return model.choice.get() == ConnectionChoice.SANDBOX && !services.sandbox().running()
                ? "Starting the sandbox (its very first start also generates the demo data, a few seconds)…"
                : "Verifying the credentials with AWS STS and Athena…";
    }

    @Override
    public void load(OnboardingProject project) {
        model.load(project.connection());
        choiceSetByProject = !project.connection().equals(ConnectionSection.DEFAULT);
        recallSecrets();
    }

    @Override
    public OnboardingProject store(OnboardingProject project) {
        return project.withConnection(model.toSection());
    }

    @Override
    public Observable changes() {
        return changes;
    }

    @Override
    public void entered() {
        if (!machineLooked) {
            machineLooked = true;
            lookAtMachine();
        }
    }

    @Override
    public void left() {
        if (view != null) {
            view.maskSecrets();
        }
    }

    /** The Verify button: same check as Next, without moving on. */
    private void verifyNow() {
        if (!model.verifying.get()) {
            verify();
        }
    }

    /** Verifies the form as it is now; the outcome lands in the model on the FX thread. */
    CompletableFuture<VerificationResult> verify() {
        ConnectionForm form = model.form.get();
        model.verifying.set(true);
        model.progress.set(checkingMessage());
        CompletableFuture<VerificationResult> outcome = new CompletableFuture<>();
        CompletableFuture<Optional<URI>> endpoint = form.choice() == ConnectionChoice.SANDBOX
                ? services.sandbox().endpoint().thenApply(Optional::of)
                : CompletableFuture.completedFuture(Optional.empty());
        inFlight = endpoint;
        FxThread.onCompletion(endpoint, (sandboxUrl, failure) -> {
            if (failure != null) {
                finish(form, null, null, outcome, failure);
                return;
            }
            model.progress.set("Verifying the credentials with AWS STS and Athena…");
            ConnectionSettings settings = form.settings(sandboxUrl);
            CompletableFuture<VerificationResult> verifying = services.verifier().verify(settings);
            inFlight = verifying;
            FxThread.onCompletion(verifying, (result, error) -> finish(form, settings, result, outcome, error));
        });
        return outcome;
    }

    private void finish(ConnectionForm form, ConnectionSettings settings, VerificationResult result,
            CompletableFuture<VerificationResult> outcome, Throwable failure) {
        inFlight = null;
        model.verifying.set(false);
        model.progress.set("");
        if (failure != null) {
            outcome.completeExceptionally(failure);
            return;
        }
        VerifiedConnection connection = result.ok()
                ? new VerifiedConnection(settings, result.identity().orElseThrow(), form.dataSourceCredentials(),
                        form.choice() == ConnectionChoice.SANDBOX)
                : null;
        model.verificationFinished(form, result, connection);
        if (result.ok()) {
            rememberSecrets(form);
        }
        outcome.complete(result);
    }

    private void cancelInFlight() {
        CompletableFuture<?> running = inFlight;
        if (running != null) {
            running.cancel(true);
        }
        model.verifying.set(false);
        model.progress.set("");
    }

    /** Profiles, detected credentials and the keychain, read off the FX thread the first time the step shows. */
    private void lookAtMachine() {
        CompletableFuture<AwsProfiles.Listing> profiles =
                CompletableFuture.supplyAsync(services.profiles()::list, services.files());
        CompletableFuture<CredentialsOnMachine> detected =
                CompletableFuture.supplyAsync(services.detector()::detect, services.files());
        // Both answers are needed before preselecting: which choice depends on whether there are profiles.
        FxThread.onCompletion(profiles.thenCombine(detected, Machine::new), (machine, failure) -> {
            if (machine == null) {
                return;
            }
            AwsProfiles.Listing listing = machine.profiles();
            model.profiles.setAll(listing.profiles());
            model.profilesNote.set(listing.problem().orElse(listing.profiles().isEmpty()
                    ? "No profiles found in your AWS config files." : ""));
            model.credentialsFound.set(describe(machine.credentials()));
            preselect(machine.credentials());
            pickFirstProfileIfNoneChosen();
        });
        FxThread.onCompletion(services.secrets().keychainStatus(), (status, failure) -> {
            if (status != null) {
                model.keychainAvailable.set(status.available());
                model.keychainMessage.set(status.message());
                if (!status.available()) {
                    model.rememberSecret.set(false);
                }
            }
        });
    }

    private record Machine(AwsProfiles.Listing profiles, CredentialsOnMachine credentials) {
    }

    private void pickFirstProfileIfNoneChosen() {
        if (model.choice.get() == ConnectionChoice.PROFILE && model.profile.get().isBlank()
                && !model.profiles.isEmpty()) {
            model.profile.set(model.profiles.get(0).name());
        }
    }

    /** A newcomer without AWS credentials starts in the sandbox; someone set up starts with what they have. */
    private void preselect(CredentialsOnMachine found) {
        if (choiceSetByProject || model.choice.get() != ConnectionChoice.SANDBOX || found.suggestSandbox()) {
            return;
        }
        model.choice.set(model.profiles.isEmpty() ? ConnectionChoice.DEFAULT_CHAIN : ConnectionChoice.PROFILE);
    }

    private static String describe(CredentialsOnMachine found) {
        return found.any() ? "Found: " + String.join("; ", found.found()) + "."
                : "No AWS credentials were found on this computer.";
    }

    /** Brings back secrets the user asked the keychain to remember for the project's key ids. */
    private void recallSecrets() {
        recall(model.accessKeyId.get(), model.secretAccessKey);
        recall(model.dataSourceKeyId.get(), model.dataSourceSecret);
    }

    private void recall(String keyId, javafx.beans.property.StringProperty target) {
        if (keyId == null || keyId.isBlank() || !target.get().isEmpty()) {
            return;
        }
        FxThread.onCompletion(services.secrets().load(SecretKey.awsSecretAccessKey(keyId.strip())), (found, e) -> {
            if (found != null && found.isPresent() && target.get().isEmpty()) {
                Secret secret = found.get();
                target.set(secret.reveal());
                secret.clear();
            }
        });
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
