package dev.athenawizard.ui.async;

import dev.athenawizard.core.aws.identity.VerifiedConnection;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Why AWS refused the verified credentials after the verification (they expired, or were revoked), as the calls of
 * the later steps found; empty while they work. Follows the verified connection: a new verification starts afresh.
 * The Connection step says why; every step whose result was read with those credentials shows it needs attention.
 */
public final class RefusedCredentials {
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");
    private final ObservableValue<VerifiedConnection> verified;
    private final Executor ui;
    private VerifiedConnection watched;
    private Runnable unwatch = () -> { };

    /** @param ui where the calls' reports land: {@code FxThread::run} on screen, a direct executor in tests */
    public RefusedCredentials(ObservableValue<VerifiedConnection> verified, Executor ui) {
        this.verified = verified;
        this.ui = ui;
        // invalidation, not change: verifying the same form again gives an equal connection with a new health
        verified.addListener(o -> watch(verified.getValue()));
        watch(verified.getValue());
    }

    public ReadOnlyStringProperty why() {
        return why.getReadOnlyProperty();
    }

    private void watch(VerifiedConnection connection) {
        if (connection == watched) {
            return;
        }
        unwatch.run();
        watched = connection;
        if (connection == null) {
            unwatch = () -> { };
            why.set("");
            return;
        }
        unwatch = connection.health().subscribe(problem -> ui.execute(() -> {
            if (verified.getValue() == connection) {
                why.set(problem.orElse(""));
            }
        }));
        why.set(connection.health().problem().orElse(""));
    }
}
