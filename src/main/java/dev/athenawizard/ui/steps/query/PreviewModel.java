package dev.athenawizard.ui.steps.query;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.query.QueryPreview;
import dev.athenawizard.core.athena.query.QueryProgress;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import dev.athenawizard.core.project.QueryHistory;
import dev.athenawizard.core.project.QuerySection;
import dev.athenawizard.core.sql.PreviewForm;
import dev.athenawizard.core.sql.SentSql;
import dev.athenawizard.core.sql.SqlAnalysis;
import dev.athenawizard.ui.async.LatestRun;
import dev.athenawizard.ui.controls.Banner;
import dev.athenawizard.ui.controls.results.ResultStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The live preview, without a screen: edit → a pause in typing → the SQL checked locally (free) → only a read-only
 * query runs by itself, with a LIMIT → the newest request wins (superseded executions are stopped in Athena) → rows,
 * types, time, data scanned and cost, or the error underlined at its place in the user's own text.
 *
 * <ul>
 *   <li>A syntax error is underlined and nothing is sent. A write or DDL statement never runs by itself: Run asks
 *       for a confirmation that names what it will do.</li>
 *   <li>An unchanged request is not sent again: neither while its run is going or its outcome is on screen, nor when
 *       the text returns to one previewed earlier in this session (kept per query, database and workgroup). Run sends
 *       it anyway.</li>
 *   <li>Stop asks Athena to stop the query; what Athena answered is what the status line says.</li>
 * </ul>
 *
 * <p>Everything happens on the {@code ui} executor (the FX thread; a direct executor in tests); the analysis and the
 * runs report back through it. The pause comes from a {@link PauseTimer}, so tests decide when it has passed.
 */
final class PreviewModel {
    /** How long typing must pause before the text is checked and, if it may, previewed. */
    static final Duration PAUSE = Duration.ofMillis(400);
    /** How many earlier outcomes are kept, so going back to an earlier text costs nothing. */
    static final int KEPT_OUTCOMES = 32;
    /** How many bytes of rows the earlier outcomes may hold besides the newest one. */
    static final long KEPT_ROW_BYTES = 64L << 20;

    /** What starts a check of the text. */
    enum Trigger {
        /** The user paused typing. */
        PAUSE,
        /** Run, or Ctrl+Enter: now, and again even if unchanged; a write is offered for confirmation. */
        RUN,
        /** The step was entered, or its database, catalog, connection or workgroup changed. */
        CONTEXT
    }

    /** What the preview needs besides its inputs; plain functions, so tests pass lambdas. */
    record Work(Function<String, CompletableFuture<SqlAnalysis>> analyze, PreviewRunner runner,
            Predicate<Confirmation> confirm, Consumer<QueryHistory.Entry> ran, Clock clock) {
    }

    // ---- inputs, bound by the step ----
    final ObjectProperty<VerifiedConnection> connection = new SimpleObjectProperty<>();
    final ObjectProperty<WorkgroupInfo> workgroup = new SimpleObjectProperty<>();
    final StringProperty text = new SimpleStringProperty("");
    final StringProperty catalog = new SimpleStringProperty(QuerySection.DEFAULT_CATALOG);
    final StringProperty database = new SimpleStringProperty("");
    final IntegerProperty limit = new SimpleIntegerProperty(QuerySection.DEFAULT_PREVIEW_LIMIT);

    // ---- state and outputs ----
    /** The newest local analysis; of the text on screen once the pause has passed. */
    final ObjectProperty<SqlAnalysis> analysis = new SimpleObjectProperty<>();
    /** What the results on screen belong to; null while nothing runs or ran for the text. */
    final ObjectProperty<PreviewRequest> settled = new SimpleObjectProperty<>();
    final LatestRun<PreviewRequest, PreviewOutcome> run;
    final ResultStatus status = new ResultStatus();
    /** What to underline, for the text it was found in. */
    final ObjectProperty<EditorProblems> problems = new SimpleObjectProperty<>(EditorProblems.NONE);
    /** Why nothing runs (a syntax error, a write waiting for Run), or what happened instead; null when all is well. */
    final ObjectProperty<Banner> notice = new SimpleObjectProperty<>();
    /** A quiet note about the outcome on screen ("shown again: nothing was sent"). */
    final StringProperty note = new SimpleStringProperty("");
    /**
     * Queries that were left running (Athena could not be told to stop them) and have been stopped since; said until
     * the user leaves the step after seeing it.
     */
    final StringProperty stoppedLater = new SimpleStringProperty("");
    /** The results on screen belong to an earlier text, database or workgroup (the user is typing). */
    final BooleanBinding stale;
    /** The note under the status line: the results are of an earlier text, or {@link #note}. */
    final StringBinding shownNote;
    /** What the grid says while it has no rows. */
    final StringBinding gridMessage;
    final ObservableBooleanValue canStop;

    private final Executor ui;
    private final PauseTimer timer;
    private final Work work;
    private final KeptOutcomes<PreviewRequest, PreviewOutcome> kept = new KeptOutcomes<>(KEPT_OUTCOMES,
            KEPT_ROW_BYTES, outcome -> outcome.table().rowBytes());
    private volatile Runnable pending = () -> { };
    private long checks;
    private volatile boolean active;
    private PreviewRunner.Execution execution;
    private Instant startedAt;
    private Duration elapsed = Duration.ZERO;
    private final List<String> stoppedSince = new ArrayList<>();
    private boolean stoppedLaterSeen;

    /** @param ui where outcomes land: {@code FxThread::run} on screen, a direct executor in tests */
    PreviewModel(Executor ui, PauseTimer timer, Work work) {
        this.ui = ui;
        this.timer = timer;
        this.work = work;
        run = new LatestRun<>(settled, ui);
        canStop = run.running();
        stale = Bindings.createBooleanBinding(() -> settled.get() != null
                && !settled.get().source().equals(source()), settled, text, catalog, database, workgroup);
        shownNote = Bindings.createStringBinding(() -> String.join(" ", Stream.of(stoppedLater.get(),
                stale.get() && run.result().get() != null ? "These rows are of the query before your last edit: a new "
                        + "preview starts when you pause typing." : note.get())
                .filter(s -> !s.isEmpty()).toList()), stale, run.result(), note, stoppedLater);
        gridMessage = Bindings.createStringBinding(this::gridMessage, run.running(), run.result(), run.failure(),
                settled, text, connection, workgroup);
        text.addListener((o, was, now) -> edited());
        database.addListener((o, was, now) -> contextChanged());
        catalog.addListener((o, was, now) -> contextChanged());
        connection.addListener((o, was, now) -> contextChanged());
        workgroup.addListener((o, was, now) -> contextChanged());
        run.running().addListener((o, was, now) -> {
            if (now) {
                note.set("");
            }
        });
        run.result().addListener((o, was, now) -> {
            if (now != null) {
                succeeded(now);
            }
        });
        run.failure().addListener((o, was, now) -> {
            if (now != null) {
                failed(now);
            }
        });
        settled.addListener((o, was, now) -> {
            if (now == null) {
                status.clear();
                note.set("");
            }
        });
    }

    // ---- what the user and the step do ----

    /** The step is shown: previews may run; the text on screen is checked now. */
    void activate() {
        active = true;
        stoppedLaterSeen |= !stoppedSince.isEmpty();
        check(Trigger.CONTEXT);
    }

    /**
     * The step was left, or the window is closing: nothing more runs by itself, and a query in flight is stopped in
     * Athena. A finished preview stays: the steps after this one use it.
     */
    void deactivate() {
        active = false;
        cancelPending();
        run.cancel();
        if (stoppedLaterSeen) {
            stoppedSince.clear();
            stoppedLater.set("");
            stoppedLaterSeen = false;
        }
    }

    /** A query that was left running earlier (Athena could not be told to stop it) has now been stopped. */
    void stoppedLater(String executionId) {
        stoppedSince.add(executionId);
        stoppedLater.set(stoppedSince.size() == 1
                ? "The query that was left running (id " + executionId + ") has now been stopped."
                : "The queries that were left running (ids " + String.join(", ", stoppedSince)
                        + ") have now been stopped.");
        stoppedLaterSeen |= active;
    }

    /** The program is ending: nothing starts any more. Touches no property, so any thread may call it. */
    void shutDown() {
        active = false;
        cancelPending();
    }

    /** Run / Ctrl+Enter: check and run now; a statement that does not run by itself is offered for confirmation. */
    void runNow() {
        cancelPending();
        check(Trigger.RUN);
    }

    /** Stop / Esc: asks Athena to stop the query; the status line then says what Athena answered. */
    void stop() {
        cancelPending();
        if (run.running().get() && execution != null) {
            execution.stop().run();
            note.set("Stopping the query in Athena…"); // the status line says so once Athena has answered
        }
    }

    /** Checks the text on screen now, without waiting for a pause (a query taken from the history). */
    void checkNow() {
        cancelPending();
        check(Trigger.CONTEXT);
    }

    /** Forgets every outcome, e.g. when another project is opened. */
    void clear() {
        cancelPending();
        kept.clear();
        run.clear();
        settled.set(null);
        analysis.set(null);
        problems.set(EditorProblems.NONE);
        notice.set(null);
    }

    /** The query, catalog, database and workgroup on screen. */
    QueryPreview.Source source() {
        WorkgroupInfo w = workgroup.get();
        return new QueryPreview.Source(text.get(), catalog.get(), database.get(), w == null ? "" : w.name());
    }

    /** The outcome on screen, if it is a preview of exactly what is on screen now. */
    Optional<PreviewOutcome> currentPreview() {
        PreviewOutcome outcome = run.result().get();
        if (outcome == null || outcome.request().purpose() != PreviewRequest.Purpose.PREVIEW
                || !outcome.request().source().equals(source())
                || !outcome.request().connection().equals(connection.get())
                || !outcome.request().workgroup().equals(workgroup.get())) {
            return Optional.empty();
        }
        return Optional.of(outcome);
    }

    // ---- the pipeline ----

    private void edited() {
        cancelPending();
        pending = timer.after(PAUSE, () -> ui.execute(() -> check(Trigger.PAUSE)));
    }

    private void contextChanged() {
        cancelPending();
        if (active) {
            check(Trigger.CONTEXT);
        } else if (settled.get() != null && !settled.get().source().equals(source())
                || settled.get() != null && !sameContext(settled.get())) {
            settled.set(null); // results belong to their inputs
        }
    }

    private boolean sameContext(PreviewRequest request) {
        return request.connection().equals(connection.get()) && request.workgroup().equals(workgroup.get());
    }

    private void cancelPending() {
        pending.run();
        pending = () -> { };
    }

    /** Checks the text on screen off the UI thread, then decides what to do with it. */
    private void check(Trigger trigger) {
        String sql = text.get();
        long token = ++checks;
        CompletableFuture<SqlAnalysis> analysing;
        try {
            analysing = work.analyze().apply(sql);
        } catch (RuntimeException e) {
            analysing = CompletableFuture.failedFuture(e);
        }
        analysing.whenComplete((checked, error) -> ui.execute(() -> {
            if (token != checks || !sql.equals(text.get())) {
                return; // a newer check, or typed on: the next pause checks again
            }
            if (error != null) {
                notice.set(Banner.error("query-problem", "✗ The query could not be checked: "
                        + unwrap(error).getMessage()));
                return;
            }
            decide(checked, trigger);
        }));
    }

    private void decide(SqlAnalysis checked, Trigger trigger) {
        analysis.set(checked);
        problems.set(EditorProblems.of(checked));
        notice.set(null);
        if (!active) {
            return;
        }
        if (connection.get() == null || workgroup.get() == null) {
            settled.set(null);
            notice.set(Banner.warn("query-not-ready", "Verify the connection (step 1) and pick a workgroup "
                    + "(step 2): then the query is previewed here as you type."));
            return;
        }
        if (checked.runsByItself()) {
            preview(checked, trigger);
            return;
        }
        settled.set(null); // the results on screen belonged to another text; a run in flight for it is stopped
        Optional<SentSql> sendable = checked.previewForm(limit.get()).map(PreviewForm::sent)
                .or(checked::asWritten);
        if (trigger == Trigger.RUN && sendable.isPresent()) {
            runStatement(checked, sendable.get());
            return;
        }
        notice.set(whyNotRun(checked));
    }

    private void preview(SqlAnalysis checked, Trigger trigger) {
        PreviewForm form = checked.previewForm(limit.get()).orElseThrow();
        PreviewRequest request = new PreviewRequest(PreviewRequest.Purpose.PREVIEW, source(), form.sql(),
                limit.get(), limitShown(form), connection.get(), workgroup.get());
        if (!checked.kind().isQuery()) {
            notice.set(Banner.warn("query-not-a-query", "A " + checked.statementName() + " previews here, but "
                    + "Aporia monitors the rows of a query: write a SELECT (or WITH …) to go on."));
        }
        if (trigger != Trigger.RUN && request.equals(settled.get()) && unchanged()) {
            return; // running, on screen, or stopped by the user: nothing new to send
        }
        settled.set(request); // newest wins: a run for anything else is cancelled and stopped in Athena
        PreviewOutcome earlier = kept.get(request);
        if (earlier != null && trigger != Trigger.RUN) {
            run.run((in, updates) -> CompletableFuture.completedFuture(earlier.again()));
            return;
        }
        start(request, form.sent());
    }

    /** Whether the outcome for the settled request needs no new run: it runs, succeeded, or Athena answered. */
    private boolean unchanged() {
        return run.running().get() || run.result().get() != null || run.failure().get() instanceof AthenaFailure;
    }

    /** A statement the user asked for with Run: a write needs their confirmation first. */
    private void runStatement(SqlAnalysis checked, SentSql sent) {
        if (!checked.readOnly()) {
            Confirmation question = Confirmation.of(checked, sent.sql(), workgroup.get().name(), database.get());
            if (!work.confirm().test(question)) {
                notice.set(Banner.warn("query-not-run", checked.statementName() + " was not run: you did not "
                        + "confirm it. Nothing was sent to Athena."));
                return;
            }
        }
        PreviewRequest request = new PreviewRequest(PreviewRequest.Purpose.STATEMENT, source(), sent.sql(),
                limit.get(), OptionalInt.empty(), connection.get(), workgroup.get());
        settled.set(request);
        start(request, sent);
    }

    private void start(PreviewRequest request, SentSql sent) {
        run.run((in, updates) -> {
            status.submitting();
            startedAt = work.clock().instant();
            elapsed = Duration.ZERO;
            PreviewRunner.Execution started = work.runner().start(in, progress -> updates.post(() -> progressed(
                    progress)));
            execution = started;
            CompletableFuture<PreviewOutcome> outcome = started.outcome().handle((ran, failure) -> {
                if (failure != null) {
                    throw mapped(unwrap(failure), sent);
                }
                return new PreviewOutcome(in, ran.table(), ran.statistics(), ran.executionId(), false);
            });
            return InterruptibleTasks.cancelling(outcome, started.outcome());
        });
    }

    /** Athena's positions are in the text sent; the user reads their own. */
    private static RuntimeException mapped(Throwable failure, SentSql sent) {
        if (failure instanceof AthenaFailure athena) {
            return sent.toUserFailure(athena);
        }
        return failure instanceof RuntimeException e ? e : new CompletionException(failure);
    }

    private void progressed(QueryProgress progress) {
        elapsed = progress.elapsed();
        if (!progress.state().isTerminal()) {
            status.progress(progress.state(), progress.elapsed());
        }
    }

    private void succeeded(PreviewOutcome outcome) {
        execution = null;
        OptionalInt shownLimit = outcome.request().previewLimit();
        status.succeeded(outcome.table().rows().size(), outcome.table().hasMore(), shownLimit,
                outcome.statistics());
        if (outcome.shownAgain()) {
            note.set("Shown again: the query, database and workgroup are the same as in an earlier preview, so "
                    + "nothing was sent. Run sends it again.");
            return;
        }
        if (outcome.request().purpose() == PreviewRequest.Purpose.PREVIEW) {
            kept.put(outcome.request(), outcome);
        }
        record(outcome.request(), QueryHistory.Outcome.SUCCEEDED, outcome.statistics().total(),
                outcome.statistics().dataScannedBytes(), outcome.statistics().reusedPreviousResult());
    }

    private void failed(Throwable failure) {
        execution = null;
        PreviewRequest request = settled.get();
        if (failure instanceof AthenaFailure athena) {
            if (athena.kind() == AthenaFailure.Kind.CANCELLED) {
                status.stopped(athena.getMessage(), elapsed);
                note.set("");
            } else {
                status.failed(athena.getMessage(), elapsed);
                if (request != null) {
                    problems.set(problems.get().text().equals(request.source().sql()) ? problems.get().with(athena)
                            : new EditorProblems(request.source().sql(), List.of()).with(athena));
                }
            }
            if (request != null && athena.queryExecutionId().isPresent()) {
                record(request, athena.kind() == AthenaFailure.Kind.CANCELLED ? QueryHistory.Outcome.CANCELLED
                        : QueryHistory.Outcome.FAILED, elapsed, 0, false);
            }
        } else if (failure instanceof CancellationException) {
            status.stopped("Stopped when you left the step: Athena was told to stop it.", elapsed);
        } else {
            status.failed(failure.getMessage(), elapsed);
        }
    }

    private void record(PreviewRequest request, QueryHistory.Outcome outcome, Duration took, long bytes,
            boolean reused) {
        QueryPreview.Source s = request.source();
        work.ran().accept(new QueryHistory.Entry(s.sql(), s.catalog(), s.database(), s.workgroup(), outcome,
                startedAt == null ? work.clock().instant() : startedAt, took.toMillis(), bytes, reused));
    }

    // ---- what the page says ----

    private static OptionalInt limitShown(PreviewForm form) {
        return form.change() == PreviewForm.LimitChange.ADDED || form.change() == PreviewForm.LimitChange.LOWERED
                ? OptionalInt.of(form.limit()) : OptionalInt.empty();
    }

    private static Banner whyNotRun(SqlAnalysis checked) {
        String name = checked.statementName();
        return switch (checked.status()) {
            case EMPTY -> null;
            case SYNTAX_ERROR, MULTIPLE_STATEMENTS -> Banner.error("query-problem", "✗ " + checked.problem()
                    .map(dev.athenawizard.core.sql.SqlProblem::message).orElse("The query cannot be run.")
                    + " Nothing was sent to Athena.");
            case CHECKED, NOT_CHECKED -> {
                if (!checked.readOnly()) {
                    yield Banner.warn("query-needs-run", name + " may change data or tables, so it never runs by "
                            + "itself. Press Run (Ctrl+Enter) to run it; you will be asked to confirm first.");
                }
                yield Banner.warn("query-needs-run", checked.status() == SqlAnalysis.Status.NOT_CHECKED
                        ? "This " + name + " is written in Athena's own syntax, which is not checked here, so it "
                                + "runs only when you press Run (Ctrl+Enter)."
                        : name + " runs the whole statement without a LIMIT, so it runs only when you press Run "
                                + "(Ctrl+Enter).");
            }
        };
    }

    private String gridMessage() {
        if (connection.get() == null || workgroup.get() == null) {
            return "Verify the connection and pick a workgroup first: then your query's first rows appear here.";
        }
        if (run.running().get()) {
            return "Running…";
        }
        if (run.failure().get() != null) {
            return "No rows: see the status above.";
        }
        if (text.get().isBlank()) {
            return "Write a query: its first rows appear here when you pause typing.";
        }
        if (settled.get() == null) {
            return "No preview of this text: see above.";
        }
        return "The query returned no rows";
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
