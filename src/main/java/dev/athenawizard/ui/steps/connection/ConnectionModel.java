package dev.athenawizard.ui.steps.connection;

import dev.athenawizard.core.aws.credentials.AwsProfile;
import dev.athenawizard.core.aws.identity.ProblemField;
import dev.athenawizard.core.aws.identity.VerificationProblem;
import dev.athenawizard.core.aws.identity.VerificationResult;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.ConnectionSection.ConnectionMode;
import dev.athenawizard.core.project.ConnectionSection.CredentialSource;
import dev.athenawizard.core.project.ConnectionSection.DataSourceCredentials;
import dev.athenawizard.ui.async.LatestRun;
import dev.athenawizard.ui.async.RefusedCredentials;
import dev.athenawizard.ui.controls.Banner;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Connection step's state, without a screen: what the user typed, what the machine offers (profiles, keychain),
 * the verification of the form, and what the page says about it.
 *
 * <p>The verification belongs to the form it was made for ({@link LatestRun}): change a field and it is gone, with its
 * banners, its red borders and the verified connection the next steps work with, until the form is verified again.
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
    /** What the chosen profile is: its kind, what identifies it, and how to renew an SSO session. */
    final StringBinding profileDetail = Bindings.createStringBinding(() -> chosenProfile()
            .map(p -> kind(p) + (p.detail().isEmpty() ? "" : " — " + p.detail())
                    + p.loginCommand().map(c -> ". If its session expired: " + c).orElse(""))
            .orElse(""), profile, profiles);

    /** The whole form, recomputed on every keystroke; equality tells whether a verification still applies. */
    final ObjectBinding<ConnectionForm> form = Bindings.createObjectBinding(this::snapshot, choice, region, endpoint,
            accessKeyId, secretAccessKey, sessionToken, profile, dataSourceSameAsWizard, dataSourceKeyId,
            dataSourceSecret);
    final ObjectBinding<Map<ProblemField, String>> problems =
            Bindings.createObjectBinding(() -> form.get().problems(), form);
    final ObjectBinding<String> dataSourceProblem =
            Bindings.createObjectBinding(() -> form.get().dataSourceProblem().orElse(""), form);
    /** The form can be verified: nothing is missing or malformed. Next is enabled; it verifies first. */
    final BooleanBinding complete = Bindings.createBooleanBinding(
            () -> problems.get().isEmpty() && dataSourceProblem.get().isEmpty(), problems, dataSourceProblem);

    /** The verification of the form as it is now; cleared by any edit. */
    final LatestRun<ConnectionForm, Verification> verification;
    final StringProperty progress = new SimpleStringProperty("");
    static final String CANCELLED = "Verification cancelled: nothing was checked. Verify again, or press Next, when "
            + "you are ready.";
    /** What the next steps work with: present only while the form is verified and the connection works. */
    final ObjectBinding<VerifiedConnection> verified;
    /** Earned: the form on screen was verified and works. */
    final BooleanBinding done;
    /** Why AWS refused the verified credentials since; empty while they work. */
    final ReadOnlyStringProperty refused;
    /** Verified, but AWS refused the credentials since: the step list shows it needs attention, not done. */
    final BooleanBinding needsAttention;

    /** What the page says about the verification, in order: who, warnings, what failed. */
    final ObservableList<Banner> outcome = FXCollections.observableArrayList();
    final StringBinding formProblem = Bindings.createStringBinding(
            () -> problems.get().values().stream().findFirst().orElse(""), problems);
    /** The fields to mark red: a local problem in a field the user started on, or the field AWS's answer blames. */
    final ObjectBinding<Set<ProblemField>> fieldsInError;

    final StringBinding credentialsHeading = Bindings.createStringBinding(() -> switch (choice.get()) {
        case SANDBOX -> "The sandbox";
        case ACCESS_KEY -> "Access key";
        case PROFILE -> "AWS profile";
        case DEFAULT_CHAIN -> "Default credentials";
    }, choice);
    final StringBinding dataSourceNote = Bindings.createStringBinding(() -> choice.get() == ConnectionChoice.SANDBOX
            ? "In the sandbox any key id works and may do everything, so Aporia can use the demo key. To see the "
                    + "self-test run as a key of its own, give it a dedicated key id here (any secret will do); "
                    + "`athena-wizard sandbox --deny KEY=ACTION` makes a key lack a permission."
            : "Aporia's data source signs its Athena queries with an access key pair. The guide asks for a dedicated "
                    + "IAM user with only the least-privilege policy (the next step writes it). The permission "
                    + "self-test runs as this key. You can also give it later, in the Register step.", choice);
    final StringBinding advancedNote = Bindings.createStringBinding(() -> choice.get() == ConnectionChoice.SANDBOX
            ? "Advanced settings are not used with the sandbox: it answers on this computer, so there is no endpoint "
                    + "to set." : "", choice);

    /** @param ui where outcomes land: {@code FxThread::run} on screen, a direct executor in tests */
    public ConnectionModel(Executor ui) {
        verification = new LatestRun<>(form, ui);
        verified = Bindings.createObjectBinding(() -> verification.currentResult()
                .flatMap(Verification::connection).orElse(null), verification.result());
        done = verified.isNotNull();
        refused = new RefusedCredentials(verified, ui).why();
        needsAttention = done.and(refused.isNotEmpty());
        refused.addListener(o -> showOutcome());
        verification.result().addListener(o -> showOutcome());
        verification.failure().addListener(o -> showOutcome());
        verification.running().addListener((o, was, now) -> {
            if (!now) {
                progress.set("");
            }
        });
        verified.addListener(o -> {
            if (verified.get() == null) {
                rememberOutcome.set(""); // it spoke of the key verified before
            }
        });
        fieldsInError = Bindings.createObjectBinding(this::fieldsInError, problems, verification.result());
    }

    /** A profile as the picker lists it: "dev  (sso, eu-west-1)". */
    String profileLabel(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst()
                .map(p -> name + "  (" + kind(p) + p.region().map(r -> ", " + r).orElse("") + ")")
                .orElse(name);
    }

    private Optional<AwsProfile> chosenProfile() {
        return profiles.stream().filter(p -> p.name().equals(profile.get())).findFirst();
    }

    private static String kind(AwsProfile p) {
        return p.kind().toString().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }

    ConnectionForm snapshot() {
        return new ConnectionForm(choice.get(), text(region), text(endpoint), text(accessKeyId),
                text(secretAccessKey), text(sessionToken), text(profile), dataSourceSameAsWizard.get(),
                text(dataSourceKeyId), text(dataSourceSecret));
    }

    /** AWS's verdict on the form as it is now, if it was verified. */
    Optional<VerificationResult> lastResult() {
        return verification.currentResult().map(Verification::result);
    }

    private void showOutcome() {
        Throwable failure = verification.failure().get();
        if (failure instanceof java.util.concurrent.CancellationException) {
            outcome.setAll(Banner.warn("verification-cancelled", CANCELLED));
            return;
        }
        if (failure != null) {
            outcome.setAll(Banner.error("problem", "✗ " + (failure.getMessage() == null ? failure.toString()
                    : failure.getMessage())));
            return;
        }
        if (!refused.get().isEmpty()) { // the verification's "✓ signed in" no longer holds
            outcome.setAll(Banner.error("credentials-refused", "✗ Since they were verified, AWS has refused these "
                    + "credentials: " + refused.get() + " Enter credentials that work and press Verify (or Next); the "
                    + "other steps keep their work."));
            return;
        }
        outcome.setAll(lastResult().map(r -> VerificationBanners.of(r, form.get().region())).orElse(List.of()));
    }

    private Set<ProblemField> fieldsInError() {
        Set<ProblemField> marked = EnumSet.noneOf(ProblemField.class);
        problems.get().keySet().stream().filter(this::startedOn).forEach(marked::add);
        lastResult().flatMap(VerificationResult::problem).map(VerificationProblem::field).ifPresent(marked::add);
        return marked;
    }

    /** A field the user has not typed into yet is not shown in red; the form problem line says what is missing. */
    private boolean startedOn(ProblemField field) {
        return switch (field) {
            case ACCESS_KEY_ID -> !text(accessKeyId).isEmpty();
            case SECRET_ACCESS_KEY -> !text(secretAccessKey).isEmpty();
            case SESSION_TOKEN -> !text(sessionToken).isEmpty();
            case ENDPOINT -> !text(endpoint).isEmpty();
            default -> true;
        };
    }

    void load(ConnectionSection section) {
        // The choice first: what the other fields may hold (any region id, or only Athena's) depends on it, and a
        // problem judged against the previous choice must never be what the page shows.
        choice.set(section.mode() == ConnectionMode.SANDBOX ? ConnectionChoice.SANDBOX
                : switch (section.credentialSource()) {
                    case ACCESS_KEY -> ConnectionChoice.ACCESS_KEY;
                    case PROFILE -> ConnectionChoice.PROFILE;
                    case DEFAULT_CHAIN -> ConnectionChoice.DEFAULT_CHAIN;
                });
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

    /**
     * One verification's outcome.
     *
     * @param result     AWS's verdict
     * @param connection what the next steps work with, when the verdict is ok
     */
    record Verification(VerificationResult result, Optional<VerifiedConnection> connection) {
    }
}
