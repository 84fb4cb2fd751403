package dev.athenawizard.ui.steps.register;

import dev.athenawizard.core.aporia.client.AporiaHost;
import dev.athenawizard.core.aporia.plan.RegistrationPlanner;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.project.RegistrationSection;
import dev.athenawizard.core.project.RegistrationSection.Target;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Where the registration goes: Aporia's API (host, environment, token) or only the exports. In sandbox mode the host
 * is the sandbox's own endpoint on this computer, which takes any token; the host the user typed is kept for later.
 * The token is held here only while the wizard runs (and in the keychain if the user asks), never in the project.
 */
final class TargetForm {
    final ObjectProperty<Target> target = new SimpleObjectProperty<>(Target.APORIA_API);
    /** The host as typed (kept in the project); unused in sandbox mode. */
    final StringProperty host = new SimpleStringProperty("");
    final StringProperty environment = new SimpleStringProperty("");
    final StringProperty token = new SimpleStringProperty("");
    final BooleanProperty rememberToken = new SimpleBooleanProperty(false);
    /** Input: the verified connection (sandbox or AWS). */
    final ObjectProperty<VerifiedConnection> connection = new SimpleObjectProperty<>();

    final BooleanBinding api = target.isEqualTo(Target.APORIA_API);
    final BooleanBinding sandbox = Bindings.createBooleanBinding(
            () -> connection.get() != null && connection.get().sandbox(), connection);
    /** Where the calls go: the sandbox, or the host typed when it reads; empty otherwise. */
    final ObjectBinding<Optional<AporiaHost>> aporiaHost = Bindings.createObjectBinding(this::aporiaHost,
            connection, host);
    final StringBinding hostProblem = Bindings.createStringBinding(() -> {
        if (!api.get() || sandbox.get()) {
            return "";
        }
        try {
            AporiaHost.parse(host.get());
            return "";
        } catch (IllegalArgumentException e) {
            return "The Aporia host " + e.getMessage();
        }
    }, api, sandbox, host);
    final StringBinding tokenProblem = Bindings.createStringBinding(() -> api.get() && !sandbox.get()
            && token.get().isBlank() ? "Paste an API token from Aporia (its settings page): every call carries it. "
            + "It is kept in memory while the wizard runs, never in the project." : "", api, sandbox, token);
    final StringBinding sandboxNote = Bindings.createStringBinding(() -> !sandbox.get() ? ""
            : "The sandbox answers Aporia's API on this computer and takes any token: registering here shows "
                    + "exactly what Aporia would receive, and nothing leaves your computer."
                    + (host.get().isBlank() ? "" : " The host you gave (" + host.get().strip() + ") is kept for "
                    + "when you connect to AWS."), sandbox, host);
    final StringBinding environmentNote = Bindings.createStringBinding(() -> environment.get().isBlank()
            ? "Left empty: " + RegistrationPlanner.DEFAULT_ENVIRONMENT + ", as in Aporia's own examples." : "",
            environment);
    final StringBinding shownHost = Bindings.createStringBinding(() -> aporiaHost.get().map(AporiaHost::toString)
            .orElse(""), aporiaHost);

    Observable[] persisted() {
        return new Observable[] {target, host, environment};
    }

    RegistrationSection apply(RegistrationSection current) {
        return current.withTarget(target.get(), host.get(), environment.get());
    }

    void follow(RegistrationSection section) {
        if (target.get() != section.target()) {
            target.set(section.target());
        }
        ModelPanelModel.adopt(host, section.aporiaHost());
        ModelPanelModel.adopt(environment, section.environment());
    }

    private Optional<AporiaHost> aporiaHost() {
        VerifiedConnection c = connection.get();
        if (c != null && c.sandbox()) {
            return c.wizard().endpoint().map(AporiaHost::sandbox);
        }
        try {
            return Optional.of(AporiaHost.parse(host.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
