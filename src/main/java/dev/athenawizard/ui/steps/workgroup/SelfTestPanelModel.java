package dev.athenawizard.ui.steps.workgroup;

import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.policy.AccessScope;
import dev.athenawizard.core.aws.selftest.PermissionCheck;
import dev.athenawizard.core.aws.selftest.SelfTestListener;
import dev.athenawizard.core.aws.selftest.SelfTestReport;
import dev.athenawizard.core.aws.selftest.SetupProblem;
import dev.athenawizard.ui.async.LatestRun;
import dev.athenawizard.ui.async.LiveChecklist;
import dev.athenawizard.ui.controls.Banner;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Permission self-test" panel, without a screen: runs the self-test as Aporia's key, fills the checklist as the
 * verdicts come in, and says how it went.
 *
 * <p>A green result is earned: only a run in which every permission was tried and allowed is shown as a success;
 * a permission that could not be checked, or a test query that failed for another reason, is not. The results belong
 * to the connection (so the key) and the scope (workgroup, databases, buckets) they were run for: change any of those
 * and they are cleared, with a note saying why.
 */
final class SelfTestPanelModel {
    /** Inputs, bound by the step: the connection, and the policy's scope once it can be tested. */
    final ObjectProperty<VerifiedConnection> connection = new SimpleObjectProperty<>();
    final ObjectProperty<AccessScope> scope = new SimpleObjectProperty<>();

    final ObjectBinding<SelfTestInputs> inputs = Bindings.createObjectBinding(() -> connection.get() == null
            || scope.get() == null ? null : new SelfTestInputs(connection.get(), scope.get()), connection, scope);
    final LatestRun<SelfTestInputs, SelfTestReport> run;
    final ObservableList<PermissionCheck> checks = FXCollections.observableArrayList();
    final StringProperty progress = new SimpleStringProperty("");
    final BooleanBinding canRun;
    /** How the last run went, for the current inputs; null before any. */
    final ObjectBinding<Banner> summary;
    final StringBinding who;
    final StringBinding outdatedNote;
    /** What the last run found wrong beyond permissions (the results bucket does not exist, …), or empty. */
    final StringBinding setupProblem;

    /** @param ui where outcomes land: {@code FxThread::run} on screen, a direct executor in tests */
    SelfTestPanelModel(Executor ui) {
        run = new LatestRun<>(inputs, ui);
        canRun = inputs.isNotNull().and(run.running().not());
        summary = Bindings.createObjectBinding(this::summary, run.result(), run.failure());
        setupProblem = Bindings.createStringBinding(() -> run.currentResult().map(r -> r.problems().stream()
                .map(SetupProblem::message).collect(Collectors.joining(" "))).orElse(""), run.result());
        who = Bindings.createStringBinding(() -> connection.get() == null ? "" : who(connection.get()), connection);
        outdatedNote = Bindings.createStringBinding(() -> run.outdated().get()
                ? "The workgroup, the databases or the key changed since the last self-test: its results no longer "
                        + "apply. Run it again." : "", run.outdated());
        LiveChecklist.follow(run, report -> report, progress, checks);
    }

    /** Runs the self-test for the current inputs with {@code selfTest} (the session's); the checklist fills live. */
    void start(BiFunction<AccessScope, SelfTestListener, CompletableFuture<SelfTestReport>> selfTest) {
        if (!canRun.get()) {
            return;
        }
        checks.clear();
        run.run((in, updates) -> selfTest.apply(in.scope(), new LiveChecklist(updates, progress, checks)));
    }

    void cancel() {
        run.cancel();
    }

    private Banner summary() {
        Throwable failure = run.failure().get();
        if (failure instanceof CancellationException) {
            return Banner.warn("self-test-summary", "Cancelled: only the permissions listed were tried, so "
                    + "nothing is proven yet. Run it again to check them all.");
        }
        if (failure != null) {
            return Banner.error("self-test-summary", "✗ The self-test stopped: " + failure.getMessage());
        }
        SelfTestReport report = run.result().get();
        if (report == null) {
            return null;
        }
        return switch (report.verdict()) {
            case ALL_GRANTED -> Banner.ok("self-test-summary", "✓ " + report.summary());
            case INCOMPLETE -> Banner.warn("self-test-summary", "⚠ " + report.summary());
            case MISSING, SETUP_FAILED -> Banner.error("self-test-summary", "✗ " + report.summary());
        };
    }

    private static String who(VerifiedConnection connection) {
        return connection.aporiaCredentialsKnown()
                ? "Tries every permission of the policy, one by one, as the key Aporia will use."
                : "Aporia's key is not given yet, so this runs as your own credentials ("
                        + connection.identity().principalName() + "). Give Aporia's key in the Connection step to "
                        + "test it instead.";
    }

    /** What a self-test runs for: the key (through the connection) and everything the policy covers. */
    record SelfTestInputs(VerifiedConnection connection, AccessScope scope) {
    }
}
