package dev.athenawizard.ui.steps.query;

import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.policy.AporiaQuery;
import dev.athenawizard.core.aws.policy.S3Location;
import dev.athenawizard.core.aws.policy.ScopeRequest;
import dev.athenawizard.core.aws.selftest.PermissionCheck;
import dev.athenawizard.core.aws.selftest.SelfTestListener;
import dev.athenawizard.core.aws.selftest.SelfTestReport;
import dev.athenawizard.core.aws.session.QuerySelfTest;
import dev.athenawizard.ui.async.LatestRun;
import dev.athenawizard.ui.async.LiveChecklist;
import dev.athenawizard.ui.controls.Banner;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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
 * The "Aporia's access" panel without a screen: whether the key Aporia's data source will use can run the query on
 * screen — its zero-row form run in the workgroup as that key, and every Glue and S3 read it needs tried — with each
 * missing permission and the policy statement that grants it.
 *
 * <p>It runs for a query that previewed successfully, when the user asks. Green is earned: only a run where every
 * permission was tried and allowed. The result belongs to the query, database, workgroup and key it was run for: when
 * any of them changes it is cleared, with a note to check again.
 */
final class AporiaAccessModel {
    /** Runs the self-test for a query (the session's {@code selfTestQuery}). */
    @FunctionalInterface
    interface Check {
        CompletableFuture<QuerySelfTest> run(ScopeRequest request, AporiaQuery query, SelfTestListener listener);
    }

    /** What a check runs for. */
    record AccessInputs(VerifiedConnection connection, ScopeRequest request, AporiaQuery query) {
    }

    // ---- inputs, bound by the step ----
    final ObjectProperty<VerifiedConnection> connection = new SimpleObjectProperty<>();
    final ObjectProperty<WorkgroupInfo> workgroup = new SimpleObjectProperty<>();
    /** The query as Aporia will run it, once it previewed successfully; null otherwise. */
    final ObjectProperty<AporiaQuery> query = new SimpleObjectProperty<>();

    final ObjectBinding<AccessInputs> inputs;
    final LatestRun<AccessInputs, QuerySelfTest> run;
    /** The verdicts so far, what is missing first once the run is over. */
    final ObservableList<PermissionCheck> checks = FXCollections.observableArrayList();
    final StringProperty progress = new SimpleStringProperty("");
    final BooleanBinding canRun;
    final StringBinding explanation;
    final ObjectBinding<Banner> verdict;
    final StringBinding outdatedNote;
    /** The tab's title, with the verdict's mark once there is one. */
    final StringBinding title;

    /** @param ui where outcomes land: {@code FxThread::run} on screen, a direct executor in tests */
    AporiaAccessModel(Executor ui) {
        inputs = Bindings.createObjectBinding(this::inputs, connection, workgroup, query);
        run = new LatestRun<>(inputs, ui);
        canRun = inputs.isNotNull().and(run.running().not());
        explanation = Bindings.createStringBinding(this::explanation, connection, query);
        verdict = Bindings.createObjectBinding(this::verdict, run.result(), run.failure());
        outdatedNote = Bindings.createStringBinding(() -> run.outdated().get()
                ? "The query, its database, the workgroup or the key changed since Aporia's access was checked: "
                        + "the result no longer applies. Check again." : "", run.outdated());
        title = Bindings.createStringBinding(() -> "Aporia's access" + (verdict.get() == null ? ""
                : switch (verdict.get().kind()) {
                    case OK -> " ✓";
                    case WARN -> " ⚠";
                    case ERROR -> " ✗";
                }), verdict);
        LiveChecklist.follow(run, QuerySelfTest::report, progress, checks);
    }

    /** Runs the check for the query on screen; the list fills as verdicts come in. */
    void start(Check check) {
        if (!canRun.get()) {
            return;
        }
        checks.clear();
        run.run((in, updates) -> check.run(in.request(), in.query(), new LiveChecklist(updates, progress, checks)));
    }

    void cancel() {
        run.cancel();
    }

    private AccessInputs inputs() {
        VerifiedConnection c = connection.get();
        WorkgroupInfo w = workgroup.get();
        AporiaQuery q = query.get();
        if (c == null || w == null || q == null) {
            return null;
        }
        ScopeRequest request = new ScopeRequest(c.region(), w.name(), w.outputLocation().flatMap(S3Location::tryParse),
                List.of(), List.of()).withQuery(q);
        return new AccessInputs(c, request, q);
    }

    private String explanation() {
        if (connection.get() == null) {
            return "";
        }
        if (query.get() == null) {
            return "Once the query previews without an error, check here that the key Aporia will use can run it.";
        }
        return connection.get().aporiaCredentialsKnown()
                ? "Runs the query's zero-row form in the workgroup as the key Aporia will use, and tries each read it "
                        + "needs in Glue and S3."
                : "Aporia's key is not given yet, so this runs as your own credentials ("
                        + connection.get().identity().principalName() + "). Give Aporia's key in the Connection "
                        + "step to check it instead.";
    }

    private Banner verdict() {
        Throwable failure = run.failure().get();
        if (failure instanceof CancellationException) {
            return Banner.warn("access-verdict", "Cancelled: only the permissions listed were tried, so nothing is "
                    + "proven yet. Check again to try them all.");
        }
        if (failure != null) {
            return Banner.error("access-verdict", "✗ The check could not run: " + failure.getMessage());
        }
        QuerySelfTest done = run.result().get();
        if (done == null) {
            return null;
        }
        SelfTestReport report = done.report();
        return switch (report.verdict()) {
            case ALL_GRANTED -> Banner.ok("access-verdict", "✓ Aporia's key can run this query. "
                    + report.summary());
            case INCOMPLETE -> Banner.warn("access-verdict", "⚠ " + report.summary());
            case MISSING -> Banner.error("access-verdict", "✗ Aporia's key cannot run this query yet. "
                    + report.summary());
            case SETUP_FAILED -> Banner.error("access-verdict", "✗ " + report.summary());
        };
    }
}
