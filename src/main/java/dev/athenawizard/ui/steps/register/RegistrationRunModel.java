package dev.athenawizard.ui.steps.register;

import dev.athenawizard.core.aporia.client.AporiaHost;
import dev.athenawizard.core.aporia.client.ReceivedRegistrations;
import dev.athenawizard.core.aporia.client.Registration;
import dev.athenawizard.core.aporia.client.RegistrationReport;
import dev.athenawizard.core.aporia.client.RegistrationStep;
import dev.athenawizard.core.aporia.client.StepState;
import dev.athenawizard.core.aporia.client.StepStatus;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.ui.async.FxThread;
import dev.athenawizard.ui.async.LatestRun;
import dev.athenawizard.ui.controls.Banner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
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
 * The registration as the "Register" tab shows it, without a screen: one row per call (model → version → each
 * dataset) with its state and what Aporia did, how the run ended, Retry that continues where it stopped, Cancel that
 * reaches the call in flight, and — from the sandbox — what Aporia received.
 *
 * <p>The outcome belongs to its inputs (the plan, the host, the key, the token): change any and it is cleared, with a
 * note; the next Register starts a registration for the new inputs (what Aporia already has is kept, nothing is
 * duplicated). A Retry for the same inputs continues the same registration from the step that failed.
 */
final class RegistrationRunModel {
    /**
     * What a registration is made for.
     *
     * @param secrets moves whenever the token or the data source's secret is edited: a new one makes a new
     *                registration (the old one holds the old secrets)
     */
    record RunInputs(RegistrationPlan plan, AporiaHost host, ConnectionSection connection,
            VerifiedConnection verified, int secrets) {
    }

    /** Input: what to register, or null while something is missing (the step's blockers say what). */
    final ObjectProperty<RunInputs> inputs = new SimpleObjectProperty<>();
    /** Input: the plan, to list the calls before anything runs (also in export-only mode). */
    final ObjectProperty<RegistrationPlan> plan = new SimpleObjectProperty<>();

    final LatestRun<RunInputs, RegistrationReport> run;
    final LatestRun<RunInputs, Optional<ReceivedRegistrations>> received;
    final ObservableList<StepState> rows = FXCollections.observableArrayList();
    final ObjectBinding<Banner> outcome;
    final StringBinding outdatedNote;
    final BooleanBinding registered;
    final StringBinding registerLabel;
    final BooleanBinding canRegister;
    final StringBinding receivedSummary;
    final StringBinding receivedJson;
    final StringProperty exportMessage = new SimpleStringProperty("");
    /** The plan the last export was written for; done in export-only mode means exported for the current plan. */
    final ObjectProperty<RegistrationPlan> exportedFor = new SimpleObjectProperty<>();
    final BooleanBinding exported = Bindings.createBooleanBinding(
            () -> plan.get() != null && plan.get().equals(exportedFor.get()), plan, exportedFor);

    private Registration registration;
    private RunInputs registrationFor;

    /** @param ui where outcomes land: {@code FxThread::run} on screen, a direct executor in tests */
    RegistrationRunModel(Executor ui) {
        run = new LatestRun<>(inputs, ui);
        received = new LatestRun<>(inputs, ui);
        registered = Bindings.createBooleanBinding(() -> run.currentResult().map(RegistrationReport::complete)
                .orElse(false), run.result());
        canRegister = inputs.isNotNull().and(run.running().not()).and(registered.not());
        registerLabel = Bindings.createStringBinding(() -> registered.get() ? "Registered"
                : run.failure().get() != null || run.currentResult().isPresent() ? "Retry" : "Register",
                registered, run.failure(), run.result());
        outcome = Bindings.createObjectBinding(this::outcome, run.result(), run.failure(), run.running(), inputs);
        outdatedNote = Bindings.createStringBinding(() -> run.outdated().get()
                ? "The model, query, mapping, key, token or host changed since the last registration: what it showed "
                        + "no longer applies. Register sends the project as it is now; what Aporia already has is "
                        + "kept, and nothing is created twice." : "", run.outdated());
        receivedSummary = Bindings.createStringBinding(() -> received.currentResult().flatMap(r -> r)
                .flatMap(r -> inputs.get() == null ? Optional.empty()
                        : r.describe(inputs.get().plan().model().id(), inputs.get().plan().version().name()))
                .map(s -> "Checked with the sandbox: its Aporia now holds " + s + ".").orElse(""), received.result(), inputs);
        receivedJson = Bindings.createStringBinding(() -> received.currentResult().flatMap(r -> r)
                .map(ReceivedRegistrations::json).orElse(""), received.result());
        inputs.addListener((o, was, now) -> showWaiting());
        plan.addListener((o, was, now) -> {
            if (!run.running().get() && registrationFor == null) {
                showWaiting();
            }
        });
    }

    /**
     * Registers, or continues the registration that stopped for these very inputs (Retry); runs nothing when the
     * inputs are incomplete or a run is going.
     *
     * @param prepare  makes a registration for the inputs (finds the key, connects the transport); blocking work
     *                 belongs on an executor
     * @param work     where the calls run
     * @param receipts reads what a sandbox's Aporia holds, once the registration is complete
     */
    void register(Function<RunInputs, CompletableFuture<Registration>> prepare, Executor work,
            Function<RunInputs, CompletableFuture<Optional<ReceivedRegistrations>>> receipts) {
        if (!canRegister.get()) {
            return;
        }
        RunInputs now = inputs.get();
        Registration resumable = now.equals(registrationFor) ? registration : null;
        run.run((in, updates) -> {
            CompletableFuture<Registration> ready = resumable != null ? CompletableFuture.completedFuture(resumable)
                    : prepare.apply(in);
            CompletableFuture<RegistrationReport> report = InterruptibleTasks.then(ready, r -> {
                updates.post(() -> {
                    registration = r;
                    registrationFor = in;
                    rows.setAll(r.states());
                });
                return r.start(work, state -> updates.post(() -> show(state)));
            });
            report.thenAccept(done -> {
                if (done.complete() && in.host().base().getScheme().equals("http")) {
                    // http is only ever a sandbox on this computer: it can show what it received
                    updates.post(() -> received.run((i, u) -> receipts.apply(i)));
                }
            });
            return report;
        });
    }

    /** Stops the call in flight: the step it was on waits for the next run, the steps done stay done. */
    void cancel() {
        boolean wasRunning = run.running().get();
        run.cancel();
        if (wasRunning) {
            rows.replaceAll(s -> s.status() == StepStatus.RUNNING || s.status() == StepStatus.RETRYING
                    ? new StepState(s.step(), StepStatus.WAITING, "stopped before Aporia answered; Retry does it "
                            + "again", StepState.Outcome.NONE) : s);
        }
    }

    /** A new project was loaded: nothing shown belongs to it. */
    void clear() {
        run.clear();
        received.clear();
        registration = null;
        registrationFor = null;
        exportedFor.set(null);
        exportMessage.set("");
        showWaiting();
    }

    /** Called on the UI thread once an export to {@code file} ended. */
    void exported(String what, Path file, RegistrationPlan written, Throwable failure) {
        if (failure != null) {
            exportMessage.set("Could not write " + file + ": " + FxThread.unwrap(failure).getMessage());
            return;
        }
        exportedFor.set(written);
        exportMessage.set("Wrote " + what + " to " + file + ". It holds no secret: the token and the data source's "
                + "key are read from APORIA_TOKEN, APORIA_AWS_ACCESS_KEY_ID and APORIA_AWS_SECRET_ACCESS_KEY when it "
                + "runs.");
    }

    private void show(StepState state) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).step().equals(state.step())) {
                rows.set(i, state);
                return;
            }
        }
    }

    /** The calls a registration of the current plan makes, none sent yet (or as the kept registration left them). */
    private void showWaiting() {
        if (registration != null && registrationFor != null && registrationFor.equals(inputs.get())) {
            rows.setAll(registration.states());
            return;
        }
        registration = null;
        registrationFor = null;
        RegistrationPlan p = inputs.get() != null ? inputs.get().plan() : plan.get();
        rows.setAll(p == null ? List.of() : RegistrationStep.of(p).stream().map(StepState::waiting).toList());
    }

    private Banner outcome() {
        Throwable failure = run.failure().get();
        if (failure instanceof CancellationException) {
            return Banner.warn("register-outcome", "Stopped. The calls marked ✓ went through; Retry continues with "
                    + "the rest.");
        }
        if (failure != null) {
            return Banner.error("register-outcome", "✗ Not registered: " + failure.getMessage());
        }
        Optional<RegistrationReport> report = run.currentResult();
        if (report.isEmpty() || inputs.get() == null) {
            return null;
        }
        RegistrationPlan p = inputs.get().plan();
        if (report.get().complete()) {
            boolean sandbox = inputs.get().verified() != null && inputs.get().verified().sandbox();
            return Banner.ok("register-outcome", "✓ Registered: " + (sandbox ? "the sandbox's Aporia" : "Aporia at "
                    + inputs.get().host()) + " has model " + p.model().id() + ", version " + p.version().name()
                    + " and " + p.datasets().size() + " dataset" + (p.datasets().size() == 1 ? "" : "s")
                    + ", syncing in the environment " + p.environment() + ".");
        }
        return Banner.error("register-outcome", "✗ " + report.get().failure().orElse("Not every call went through.")
                + " Retry continues from there: what is marked ✓ is kept.");
    }
}
