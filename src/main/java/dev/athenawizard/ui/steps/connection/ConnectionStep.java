package dev.athenawizard.ui.steps.connection;

import dev.athenawizard.core.aws.credentials.AwsProfiles;
import dev.athenawizard.core.aws.credentials.CredentialsOnMachine;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.secrets.SecretKey;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.ui.async.FxThread;
import dev.athenawizard.ui.controls.ChangeSignal;
import dev.athenawizard.ui.shell.ShownOnStep;
import dev.athenawizard.ui.shell.WizardStep;
import java.util.concurrent.CompletableFuture;
import javafx.beans.Observable;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.util.Subscription;

/**
 * Step 1: how the wizard reaches Athena. Verifying asks STS who the credentials are and checks that Athena answers;
 * Next verifies first when the form changed since the last verification. Wiring only: the state is in
 * {@link ConnectionModel}, the verification in {@link ConnectionVerification}, the page in {@link ConnectionView}.
 */
public final class ConnectionStep implements WizardStep {
    private final ConnectionServices services;
    private final ConnectionModel model = new ConnectionModel(FxThread::run);
    private final ConnectionVerification verification;
    private final ChangeSignal changes = new ChangeSignal(model.form);
    private ConnectionView view;
    private boolean machineLooked;
    private boolean choiceSetByProject;
    private Subscription whileShown = Subscription.EMPTY;

    public ConnectionStep(ConnectionServices services) {
        this.services = services;
        this.verification = new ConnectionVerification(model, services);
    }

    /** Output: the verified connection the next steps work with; null until verified, and again after any edit. */
    public ObservableValue<VerifiedConnection> verifiedConnection() {
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
            view = new ConnectionView(model, verification::verifyAgain, verification::cancel);
        }
        return view;
    }

    @Override
    public ObservableBooleanValue complete() {
        return model.complete;
    }

    @Override
    public ObservableBooleanValue done() {
        return model.done;
    }

    /** AWS refused the verified credentials since (expired, revoked): until a call succeeds again or Verify. */
    @Override
    public ObservableBooleanValue needsAttention() {
        return model.needsAttention;
    }

    /**
     * The verification of the form on screen (again, when AWS has refused its credentials since); a failure AWS
     * explained is shown on the page, next to its field.
     * Cancelling it (the shell's Cancel, Escape) stops the verification itself, not only the wait for it.
     */
    @Override
    public CompletableFuture<?> checkBeforeLeaving() {
        // credentials AWS refused since their verification are asked about again, not taken on the old word
        CompletableFuture<ConnectionModel.Verification> verifying = model.refused.get().isEmpty()
                ? verification.verify() : verification.verifyAgain();
        return InterruptibleTasks.cancelling(verifying.thenApply(outcome -> outcome.connection()
                .orElseThrow(() -> new ShownOnStep(VerificationBanners.problemText(outcome.result())))), verifying);
    }

    @Override
    public String checkingMessage() {
        return verification.checkingMessage();
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
        whileShown = model.choice.subscribe(choice -> pickFirstProfileIfNoneChosen());
        if (!machineLooked) {
            machineLooked = true;
            lookAtMachine();
        }
    }

    @Override
    public void left() {
        whileShown.unsubscribe();
        if (view != null) {
            view.maskSecrets();
        }
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

    private void recall(String keyId, StringProperty target) {
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
}
