package dev.athenawizard.ui.steps.connection;

import dev.athenawizard.core.aws.credentials.AwsProfile;
import dev.athenawizard.core.aws.identity.ProblemField;
import dev.athenawizard.core.aws.identity.VerificationResult;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.ConnectionSection.ConnectionMode;
import dev.athenawizard.core.project.ConnectionSection.CredentialSource;
import dev.athenawizard.core.project.ConnectionSection.DataSourceCredentials;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Connection step's state, without a screen: what the user typed, what the machine offers (profiles, keychain),
 * the last verification, and the verified connection handed to the next steps.
 *
 * <p>The verified connection is only present while the form still equals what was verified: change a field and the
 * next steps lose it until it is verified again.
 */
public final class ConnectionModel {
    final ObjectProperty<ConnectionChoice> choice = new SimpleObjectProperty<>(ConnectionChoice.SANDBOX);
    final StringProperty region = new SimpleStringProperty(ConnectionSection.DEFAULT_REGION);
    final StringProperty endpoint = new SimpleStringProperty("");
    final StringProperty accessKeyId = new SimpleStringProperty("");
    final StringProperty secretAccessKey = new SimpleStringProperty("");
    final StringProperty sessionToken = new SimpleStringProperty("");
    final BooleanProperty rememberSecret = new SimpleBooleanProperty(false);
    final StringProperty profile = new SimpleStringProperty("");
    final BooleanProperty dataSourceSameAsWizard = new SimpleBooleanProperty(true);
    final StringProperty dataSourceKeyId = new SimpleStringProperty("");
    final StringProperty dataSourceSecret = new SimpleStringProperty("");

    /** What the machine offers, filled in the background when the step is first shown. */
    final ObservableList<AwsProfile> profiles = FXCollections.observableArrayList();
    final StringProperty profilesNote = new SimpleStringProperty("");
    final StringProperty credentialsFound = new SimpleStringProperty("");
    final StringProperty keychainMessage = new SimpleStringProperty("");
    final BooleanProperty keychainAvailable = new SimpleBooleanProperty(false);
    final StringProperty rememberOutcome = new SimpleStringProperty("");

    final BooleanProperty verifying = new SimpleBooleanProperty(false);
    final StringProperty progress = new SimpleStringProperty("");
    final ObjectProperty<VerificationResult> lastResult = new SimpleObjectProperty<>();
    private final ObjectProperty<ConnectionForm> verifiedForm = new SimpleObjectProperty<>();
    final ObjectProperty<VerifiedConnection> verified = new SimpleObjectProperty<>();

    /** The whole form, recomputed on every keystroke; equality tells whether a verification still applies. */
    final ObjectBinding<ConnectionForm> form = Bindings.createObjectBinding(this::snapshot, choice, region, endpoint,
            accessKeyId, secretAccessKey, sessionToken, profile, dataSourceSameAsWizard, dataSourceKeyId,
            dataSourceSecret);
    final ObjectBinding<Map<ProblemField, String>> problems =
            Bindings.createObjectBinding(() -> form.get().problems(), form);
    final ObjectBinding<String> dataSourceProblem =
            Bindings.createObjectBinding(() -> form.get().dataSourceProblem().orElse(""), form);
    /** The form can be verified: nothing is missing or malformed. */
    final BooleanBinding complete = Bindings.createBooleanBinding(
            () -> problems.get().isEmpty() && dataSourceProblem.get().isEmpty(), problems, dataSourceProblem);

    public ConnectionModel() {
        form.addListener((o, was, now) -> {
            if (verifiedForm.get() != null && !verifiedForm.get().equals(now)) {
                verifiedForm.set(null);
                verified.set(null);
                lastResult.set(null);
                rememberOutcome.set("");
            }
        });
    }

    ConnectionForm snapshot() {
        return new ConnectionForm(choice.get(), text(region), text(endpoint), text(accessKeyId),
                text(secretAccessKey), text(sessionToken), text(profile), dataSourceSameAsWizard.get(),
                text(dataSourceKeyId), text(dataSourceSecret));
    }

    /** Records a verification made for {@code checked}; ignored if the user changed the form meanwhile. */
    void verificationFinished(ConnectionForm checked, VerificationResult result, VerifiedConnection connection) {
        if (!checked.equals(form.get())) {
            return;
        }
        lastResult.set(result);
        verifiedForm.set(result.ok() ? checked : null);
        verified.set(result.ok() ? connection : null);
    }

    boolean verifiedForCurrentForm() {
        return verified.get() != null && form.get().equals(verifiedForm.get());
    }

    public ObjectProperty<VerifiedConnection> verifiedProperty() {
        return verified;
    }

    void load(ConnectionSection section) {
        if (!section.accessKeyId().equals(accessKeyId.get())) {
            secretAccessKey.set(""); // a secret belongs to its key id; the keychain may bring it back
            sessionToken.set("");
        }
        region.set(section.region());
        endpoint.set(section.mode() == ConnectionMode.SANDBOX ? "" : section.endpointOverride());
        accessKeyId.set(section.accessKeyId());
        profile.set(section.profileName());
        dataSourceSameAsWizard.set(section.dataSource().sameAsWizard());
        if (!section.dataSource().accessKeyId().equals(dataSourceKeyId.get())) {
            dataSourceSecret.set("");
        }
        dataSourceKeyId.set(section.dataSource().accessKeyId());
        choice.set(section.mode() == ConnectionMode.SANDBOX ? ConnectionChoice.SANDBOX
                : switch (section.credentialSource()) {
                    case ACCESS_KEY -> ConnectionChoice.ACCESS_KEY;
                    case PROFILE -> ConnectionChoice.PROFILE;
                    case DEFAULT_CHAIN -> ConnectionChoice.DEFAULT_CHAIN;
                });
    }

    /** The project's connection section: no secret is part of it. */
    ConnectionSection toSection() {
        ConnectionChoice c = choice.get();
        CredentialSource source = switch (c) {
            case PROFILE -> CredentialSource.PROFILE;
            case DEFAULT_CHAIN -> CredentialSource.DEFAULT_CHAIN;
            case SANDBOX, ACCESS_KEY -> CredentialSource.ACCESS_KEY;
        };
        return new ConnectionSection(c == ConnectionChoice.SANDBOX ? ConnectionMode.SANDBOX : ConnectionMode.AWS,
                text(region), source, text(profile), text(accessKeyId).strip(),
                c == ConnectionChoice.SANDBOX ? "" : text(endpoint).strip(),
                new DataSourceCredentials(dataSourceSameAsWizard.get(), text(dataSourceKeyId).strip()));
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get();
    }
}
