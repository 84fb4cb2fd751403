package dev.athenawizard.ui.async;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The outcome of background work done for some inputs, kept only while those inputs are current. Every step keeps
 * what it computes this way: a verification, a listing, a policy, a self-test.
 *
 * <ul>
 *   <li>{@link #run} starts the work for the current inputs (dropping the old outcome), or hands back the run already
 *       going for them: a second click, or Verify followed by Next, never starts a second one;</li>
 *   <li>a newer run, {@link #cancel()} or a change of inputs cancels the run in flight (whose future's cancel must
 *       stop the blocking call: build it with {@code InterruptibleTasks});</li>
 *   <li>a change of inputs also clears the outcome and sets {@link #outdated()}: results belong to their inputs;</li>
 *   <li>the outcome, a value or a failure, lands through {@code ui}: {@code FxThread::run} in the program, a direct
 *       executor in model tests, which then need no FX toolkit.</li>
 * </ul>
 *
 * @param <I> the inputs, compared with {@code equals} (use records)
 * @param <R> the result
 */
public final class LatestRun<I, R> {

    /** Starts the work for {@code inputs}; {@code updates} carries progress to the screen. */
    @FunctionalInterface
    public interface Work<I, R> {
        CompletableFuture<R> start(I inputs, Updates updates);
    }

    /** Progress of a run, shown only while it is still the current one. */
    @FunctionalInterface
    public interface Updates {
        /** Runs {@code action} on the UI thread, unless a newer run, a cancel or new inputs came first. */
        void post(Runnable action);
    }

    private final ObservableValue<I> inputs;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<R> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper outdated = new ReadOnlyBooleanWrapper(false);
    private long generation;
    private CompletableFuture<R> inFlight;
    private I inFlightFor;

    public LatestRun(ObservableValue<I> inputs, Executor ui) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.ui = Objects.requireNonNull(ui, "ui");
        inputs.addListener((o, was, now) -> inputsChanged());
    }

    /** The inputs the next run is for. */
    public I inputs() {
        return inputs.getValue();
    }

    /**
     * Starts {@code work} for the current inputs, cancelling an older run; if a run for these very inputs is already
     * going, returns it instead. A failure to start becomes the run's failure.
     */
    public CompletableFuture<R> run(Work<I, R> work) {
        I now = inputs.getValue();
        if (inFlight != null && Objects.equals(inFlightFor, now)) {
            return inFlight;
        }
        stop();
        result.set(null);
        failure.set(null);
        long token = generation;
        CompletableFuture<R> started;
        try {
            started = work.start(now, action -> ui.execute(() -> {
                if (token == generation) {
                    action.run();
                }
            }));
        } catch (RuntimeException e) {
            started = CompletableFuture.failedFuture(e);
        }
        inFlight = started;
        inFlightFor = now;
        running.set(true);
        outdated.set(false);
        started.whenComplete((value, error) -> ui.execute(() -> finished(token, value, error)));
        return started;
    }

    /** Stops the run in flight, if any: its outcome becomes a {@link CancellationException}. */
    public void cancel() {
        if (stop()) {
            failure.set(new CancellationException("Cancelled."));
        }
    }

    /** Stops any run and forgets the outcome (e.g. when the step loads another project). */
    public void clear() {
        stop();
        result.set(null);
        failure.set(null);
        outdated.set(false);
    }

    /** Stops the run in flight; true if there was one. */
    private boolean stop() {
        generation++;
        CompletableFuture<R> stopping = inFlight;
        inFlight = null;
        inFlightFor = null;
        running.set(false);
        if (stopping != null) {
            stopping.cancel(true);
        }
        return stopping != null;
    }

    /** The value of the last run for the current inputs; null while there is none, or it failed. */
    public ReadOnlyObjectProperty<R> result() {
        return result.getReadOnlyProperty();
    }

    public Optional<R> currentResult() {
        return Optional.ofNullable(result.get());
    }

    /** Why the last run for the current inputs failed (cancellation included); null when it did not. */
    public ReadOnlyObjectProperty<Throwable> failure() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** True when an outcome was dropped because the inputs changed, until the next run starts. */
    public ReadOnlyBooleanProperty outdated() {
        return outdated.getReadOnlyProperty();
    }

    private void finished(long token, R value, Throwable error) {
        if (token != generation) {
            return; // superseded, cancelled, or the inputs changed meanwhile
        }
        inFlight = null;
        inFlightFor = null;
        running.set(false);
        result.set(error == null ? value : null);
        failure.set(error == null ? null : FxThread.unwrap(error));
    }

    private void inputsChanged() {
        boolean hadOutcome = result.get() != null || failure.get() != null || running.get();
        stop();
        result.set(null);
        failure.set(null);
        // Inputs often pass through null on their way to new values (a scope being resolved again): a dropped
        // outcome stays out of date until the next run, not only until the next change.
        outdated.set(hadOutcome || outdated.get());
    }
}
