package dev.athenawizard.ui.steps.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.SqlPosition;
import dev.athenawizard.core.athena.catalog.CatalogSnapshot;
import dev.athenawizard.core.athena.catalog.TableColumn;
import dev.athenawizard.core.athena.catalog.TableInfo;
import dev.athenawizard.core.athena.query.AthenaPricing;
import dev.athenawizard.core.athena.query.QueryPreview;
import dev.athenawizard.core.athena.query.QueryProgress;
import dev.athenawizard.core.athena.query.QueryState;
import dev.athenawizard.core.athena.query.QueryStatistics;
import dev.athenawizard.core.athena.query.ResultColumn;
import dev.athenawizard.core.athena.query.ResultTable;
import dev.athenawizard.core.athena.workgroup.EngineVersion;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.policy.AccessScope;
import dev.athenawizard.core.aws.policy.PolicyStatement;
import dev.athenawizard.core.aws.policy.ResolvedScope;
import dev.athenawizard.core.aws.policy.ScopeRequest;
import dev.athenawizard.core.aws.selftest.CheckStatus;
import dev.athenawizard.core.aws.selftest.PermissionCheck;
import dev.athenawizard.core.aws.selftest.SelfTestReport;
import dev.athenawizard.core.aws.session.QuerySelfTest;
import dev.athenawizard.core.aws.identity.CallerIdentity;
import dev.athenawizard.core.aws.identity.ConnectionSettings;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.project.QueryHistory;
import dev.athenawizard.core.project.QuerySection;
import dev.athenawizard.core.sql.SqlAnalyzer;
import dev.athenawizard.ui.controls.Banner;
import dev.athenawizard.ui.controls.sql.SqlProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The Query step's models as the step wires them, without a stage: the pause in typing passes when the test says so,
 * Athena is a list of started runs the test finishes, stops or fails, and outcomes land on the test's thread. The SQL
 * is checked by the real analyzer.
 */
class QueryModelsTest {
    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer();
    private static final VerifiedConnection ALICE = connection("alice");
    private static final VerifiedConnection BOB = connection("bob");
    private static final WorkgroupInfo APORIA = workgroup("aporia", OptionalLong.empty());
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    private final ManualPause pause = new ManualPause();
    private final FakeAthena athena = new FakeAthena();
    private final List<Confirmation> questions = new ArrayList<>();
    private boolean confirmAnswer;
    private final List<QueryHistory.Entry> history = new ArrayList<>();
    private final PreviewModel preview = new PreviewModel(Runnable::run, pause, new PreviewModel.Work(
            sql -> CompletableFuture.completedFuture(ANALYZER.analyze(sql)), athena, question -> {
                questions.add(question);
                return confirmAnswer;
            }, history::add, NOON));
    private final QueryModel model = new QueryModel(preview);
    private final AporiaAccessModel access = new AporiaAccessModel(Runnable::run);
    private final List<ScopeRequest> accessChecked = new ArrayList<>();

    QueryModelsTest() {
        QueryStep.wire(model, access);
        model.load(new QuerySection("AwsDataCatalog", "aporia_demo", "", 100), List.of());
        preview.connection.set(ALICE);
        preview.workgroup.set(APORIA);
        preview.activate();
    }

    private static VerifiedConnection connection(String user) {
        return new VerifiedConnection(ConnectionSettings.of(new CredentialSource.Sandbox(), "us-east-1"),
                CallerIdentity.of("123456789012", "arn:aws:iam::123456789012:user/" + user, "AIDA" + user),
                Optional.empty(), true);
    }

    private static WorkgroupInfo workgroup(String name, OptionalLong cutoff) {
        return new WorkgroupInfo(name, WorkgroupInfo.State.ENABLED, "", Optional.empty(),
                new EngineVersion("AUTO", "Athena engine version 3"), Optional.of("s3://results/" + name + "/"),
                false, cutoff, false);
    }

    /** The user types {@code sql} a key at a time, without pausing. */
    private void typeFast(String sql) {
        for (int i = 1; i <= sql.length(); i++) {
            preview.text.set(sql.substring(0, i));
        }
    }

    private void typeAndPause(String sql) {
        preview.text.set(sql);
        pause.passes();
    }

    @Test
    void typing_fast_starts_one_execution_after_the_pause_not_one_per_key() {
        typeFast("SELECT prediction_id, amount FROM model_predictions");
        assertThat(athena.calls).isEmpty();

        pause.passes();

        assertThat(athena.calls).singleElement().satisfies(call -> {
            assertThat(call.request.sql()).isEqualTo("SELECT prediction_id, amount FROM model_predictions LIMIT 100");
            assertThat(call.request.source()).isEqualTo(new QueryPreview.Source(
                    "SELECT prediction_id, amount FROM model_predictions", "AwsDataCatalog", "aporia_demo", "aporia"));
        });
        assertThat(preview.status.textProperty().get()).startsWith("⟳");
    }

    @Test
    void rows_time_data_and_cost_appear_and_become_the_steps_output() {
        typeAndPause("SELECT amount FROM model_predictions");
        athena.last().succeed(3, 16_567_000L);

        assertThat(preview.status.textProperty().get())
                .isEqualTo("✓ 3 rows (preview, LIMIT 100) · 420 ms · 15.8 MB scanned · ≈ $0.000076");
        assertThat(model.complete.get()).isTrue();
        assertThat(model.done.get()).isTrue();
        assertThat(model.output.get().table().rows()).hasSize(3);
        assertThat(model.output.get().source().sql()).isEqualTo("SELECT amount FROM model_predictions");
        assertThat(history).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(QueryHistory.Outcome.SUCCEEDED);
            assertThat(e.bytesScanned()).isEqualTo(16_567_000L);
            assertThat(e.sql()).isEqualTo("SELECT amount FROM model_predictions");
        });
    }

    @Test
    void a_syntax_error_is_underlined_where_it_is_and_nothing_is_sent() {
        typeAndPause("SELECT amount,\nFROM model_predictions");

        assertThat(athena.calls).isEmpty();
        EditorProblems problems = preview.problems.get();
        assertThat(problems.text()).isEqualTo("SELECT amount,\nFROM model_predictions");
        assertThat(problems.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.endColumn()).isEqualTo(5);
            assertThat(p.message()).contains("line 2, column 1");
        });
        assertThat(preview.notice.get().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(preview.notice.get().text()).endsWith("Nothing was sent to Athena.");
        assertThat(model.complete.get()).isFalse();
    }

    @Test
    void the_newest_request_wins_and_the_superseded_execution_is_stopped() {
        typeAndPause("SELECT amount FROM model_predictions");
        FakeAthena.Call first = athena.last();

        typeAndPause("SELECT owner FROM model_predictions");

        assertThat(first.outcome.isCancelled()).as("the first run's cancel reaches its query").isTrue();
        assertThat(athena.calls).hasSize(2);
        first.outcome.obtrudeValue(null); // a late answer for the old text changes nothing
        athena.last().succeed(1, 1);
        assertThat(model.output.get().source().sql()).isEqualTo("SELECT owner FROM model_predictions");
    }

    @Test
    void an_unchanged_query_is_not_sent_again_and_an_earlier_one_is_shown_again_for_free() {
        typeAndPause("SELECT amount FROM model_predictions");
        athena.last().succeed(2, 20_000_000L);
        typeFast("SELECT amount FROM model_predictions WHERE");
        preview.text.set("SELECT amount FROM model_predictions"); // typed, then undone, before the pause ended
        pause.passes();
        assertThat(athena.calls).hasSize(1);

        typeAndPause("SELECT owner FROM model_predictions");
        athena.last().succeed(1, 1);
        typeAndPause("SELECT amount FROM model_predictions");

        assertThat(athena.calls).hasSize(2);
        assertThat(model.output.get().table().rows()).hasSize(2);
        assertThat(preview.note.get()).startsWith("Shown again");
        assertThat(history).hasSize(2);
    }

    @Test
    void run_sends_an_unchanged_query_again() {
        typeAndPause("SELECT amount FROM model_predictions");
        athena.last().succeed(2, 1);

        preview.runNow();

        assertThat(athena.calls).hasSize(2);
        assertThat(model.output.get()).as("the old rows are not the new run's").isNull();
    }

    @Test
    void a_delete_never_runs_by_itself_and_run_asks_first_naming_what_it_does() {
        typeAndPause("DELETE FROM model_predictions WHERE amount < 0");
        assertThat(athena.calls).isEmpty();
        assertThat(questions).isEmpty();
        assertThat(preview.notice.get().text()).startsWith("DELETE may change data or tables, so it never runs by "
                + "itself");

        confirmAnswer = false;
        preview.runNow();
        assertThat(athena.calls).isEmpty();
        assertThat(questions).singleElement().satisfies(q -> {
            assertThat(q.title()).isEqualTo("Run DELETE?");
            assertThat(q.message()).contains("removes rows of model_predictions", "workgroup aporia",
                    "database aporia_demo");
            assertThat(q.sql()).isEqualTo("DELETE FROM model_predictions WHERE amount < 0");
        });
        assertThat(preview.notice.get().text()).contains("DELETE was not run");

        confirmAnswer = true;
        preview.runNow();
        assertThat(athena.calls).singleElement().satisfies(call -> {
            assertThat(call.request.purpose()).isEqualTo(PreviewRequest.Purpose.STATEMENT);
            assertThat(call.request.sql()).isEqualTo("DELETE FROM model_predictions WHERE amount < 0");
        });
        athena.last().succeed(0, 0);
        assertThat(model.output.get()).as("a write is not a preview of a query").isNull();
        assertThat(model.complete.get()).isFalse();
    }

    @Test
    void a_drop_table_is_named_as_deleting_a_table() {
        typeAndPause("DROP TABLE training_set");
        preview.runNow();

        assertThat(athena.calls).isEmpty();
        assertThat(questions).singleElement().extracting(Confirmation::message).asString()
                .startsWith("DROP TABLE deletes a table from the catalog.");
    }

    @Test
    void stop_asks_athena_and_the_status_says_what_athena_answered() {
        typeAndPause("SELECT amount FROM model_predictions");
        FakeAthena.Call call = athena.last();
        call.progress.accept(new QueryProgress(Optional.of("q-1"), QueryState.RUNNING, Duration.ofMillis(1500), 4));
        assertThat(preview.status.textProperty().get()).isEqualTo("⟳ Running · 1.50 s");

        preview.stop();

        assertThat(call.stopped).isTrue();
        assertThat(preview.status.textProperty().get())
                .isEqualTo("■ Cancelled · 1.50 s · The query was cancelled and stopped in Athena.");
        assertThat(history).singleElement().extracting(QueryHistory.Entry::outcome)
                .isEqualTo(QueryHistory.Outcome.CANCELLED);
        typeFast("SELECT amount FROM model_predictions ");
        preview.text.set("SELECT amount FROM model_predictions");
        pause.passes();
        assertThat(athena.calls).as("a stopped query does not start again by itself").hasSize(1);
    }

    @Test
    void athenas_error_is_underlined_in_the_users_own_text() {
        typeAndPause("SELECT amout\nFROM model_predictions -- all of them\n");
        athena.last().fail(AthenaFailure.of(AthenaFailure.Kind.COLUMN_NOT_FOUND,
                "Column 'amout' cannot be resolved (line 1, column 8).").at(new SqlPosition(1, 8)));
        assertThat(preview.problems.get().problems()).singleElement().satisfies(p -> {
            assertThat(List.of(p.line(), p.column())).containsExactly(1, 8);
            assertThat(p.message()).contains("Column 'amout' cannot be resolved");
        });
        assertThat(preview.status.textProperty().get()).startsWith("✗ Failed");

        typeAndPause("SELECT amount\nFROM model_predictions -- all of them\n");
        // Athena counts in the text sent, where the wizard's LIMIT follows the last word: it maps back there.
        athena.last().fail(AthenaFailure.of(AthenaFailure.Kind.QUERY_FAILED, "line 2:24: LIMIT is not allowed")
                .at(new SqlPosition(2, 24)));
        assertThat(preview.problems.get().problems()).singleElement().satisfies(p ->
                assertThat(List.of(p.line(), p.column())).containsExactly(2, 23));
        assertThat(model.output.get()).isNull();
    }

    @Test
    void results_belong_to_the_database_workgroup_and_connection_they_were_run_with() {
        typeAndPause("SELECT * FROM events");
        athena.last().succeed(1, 1);
        assertThat(model.done.get()).isTrue();

        preview.database.set("other_db");
        assertThat(model.output.get()).isNull();
        assertThat(athena.calls).hasSize(2);
        assertThat(athena.last().request.source().database()).isEqualTo("other_db");
        athena.last().succeed(1, 1);

        preview.connection.set(BOB);
        assertThat(model.output.get()).isNull();
        assertThat(athena.last().request.connection()).isEqualTo(BOB);
    }

    @Test
    void leaving_stops_the_running_query_but_keeps_a_finished_preview_for_the_next_steps() {
        typeAndPause("SELECT amount FROM model_predictions");
        athena.last().succeed(2, 1);
        typeAndPause("SELECT owner FROM model_predictions");
        FakeAthena.Call running = athena.last();

        preview.deactivate();
        assertThat(running.outcome.isCancelled()).isTrue();
        assertThat(preview.status.textProperty().get()).contains("Stopped when you left the step");

        preview.activate();
        assertThat(athena.calls).as("a preview stopped by leaving runs again on return").hasSize(3);
        athena.last().succeed(1, 1);
        preview.deactivate();
        assertThat(model.output.get().source().sql()).isEqualTo("SELECT owner FROM model_predictions");
        assertThat(model.done.get()).isTrue();
    }

    @Test
    void a_partitioned_table_read_without_a_filter_on_its_partitions_is_warned_about() {
        model.catalogSnapshot.set(CatalogSnapshot.of("AwsDataCatalog", Map.of("aporia_demo", List.of(
                new TableInfo("events", "EXTERNAL_TABLE", List.of(new TableColumn("amount", "double", "")),
                        List.of(new TableColumn("dt", "string", "")), Optional.empty())))));

        typeAndPause("SELECT amount\nFROM events");
        assertThat(model.partitionWarning.get().text()).startsWith("⚠ aporia_demo.events (line 2) is partitioned by "
                + "dt, but the query does not filter on it.");

        typeAndPause("SELECT amount FROM events WHERE dt = '2026-11-28'");
        assertThat(model.partitionWarning.get()).isNull();
        athena.last().succeed(1, 1);
        assertThat(model.output.get().tablesRead()).extracting(TableInfo::name).containsExactly("events");
    }

    @Test
    void only_a_query_can_be_taken_on_and_the_output_goes_when_the_text_changes() {
        typeAndPause("SHOW TABLES");
        athena.last().succeed(2, 0);
        assertThat(model.complete.get()).isFalse();
        assertThat(model.output.get()).isNull();
        assertThat(preview.notice.get().text()).contains("Aporia monitors the rows of a query");

        typeAndPause("SELECT 1");
        athena.last().succeed(1, 0);
        assertThat(model.output.get()).isNotNull();
        preview.text.set("SELECT 1 + 1");
        assertThat(model.output.get()).isNull();
        assertThat(model.done.get()).isFalse();
        assertThat(preview.stale.get()).isTrue();
    }

    @Test
    void preview_table_replaces_the_query_says_how_to_get_it_back_and_runs_now() {
        typeAndPause("SELECT 1");
        athena.last().succeed(1, 0);

        model.previewTable("training_set");

        assertThat(preview.text.get()).isEqualTo("SELECT * FROM training_set");
        assertThat(model.hint.get()).contains("Ctrl+Z brings it back");
        assertThat(athena.last().request.sql()).isEqualTo("SELECT * FROM training_set LIMIT 100");
    }

    @Test
    void a_query_taken_from_the_history_runs_in_its_own_database() {
        model.takeFromHistory(new QueryHistory.Entry("SELECT * FROM t", "AwsDataCatalog", "other_db", "aporia",
                QueryHistory.Outcome.SUCCEEDED, NOON.instant(), 10, 10, false));

        assertThat(athena.calls).singleElement().satisfies(call ->
                assertThat(call.request.source().database()).isEqualTo("other_db"));
        assertThat(model.toSection()).isEqualTo(new QuerySection("AwsDataCatalog", "other_db", "SELECT * FROM t",
                100));
    }

    @Test
    void the_workgroups_scan_limit_is_shown_with_what_reaching_it_costs() {
        assertThat(QueryModel.scanLimitOf(workgroup("capped", OptionalLong.of(1L << 30))))
                .isEqualTo("Workgroup capped: a query stops at 1.00 GB scanned (≈ $0.0049).");
        assertThat(QueryModel.scanLimitOf(APORIA)).isEqualTo("Workgroup aporia: no per-query scan limit.");
    }

    @Test
    void the_history_menu_lists_newest_first_one_line_each() {
        HistoryModel menu = new HistoryModel(Runnable::run, ZoneOffset.UTC);
        List<QueryHistory.Entry> kept = new ArrayList<>();
        menu.load(() -> CompletableFuture.completedFuture(List.of(new QueryHistory.Entry("SELECT 1", "c", "d", "w",
                QueryHistory.Outcome.FAILED, NOON.instant(), 80, 0, false))));
        menu.record(new QueryHistory.Entry("SELECT amount,\n  owner\nFROM model_predictions", "c", "d", "w",
                QueryHistory.Outcome.SUCCEEDED, NOON.instant(), 1250, 16_567_000L, false), e -> {
                    kept.add(e);
                    return CompletableFuture.completedFuture(List.of(e));
                });

        assertThat(menu.shown()).extracting(menu::describe).containsExactly(
                "✓ Nov 28 12:00 · 1.25 s · 15.8 MB · SELECT amount, owner FROM model_predictions",
                "✗ Nov 28 12:00 · 80 ms · failed · SELECT 1");
        assertThat(kept).hasSize(1);
        assertThat(HistoryModel.oneLine("SELECT " + "a, ".repeat(60) + "b")).hasSizeLessThan(95).endsWith(" …");
    }

    @Test
    void aporias_access_is_checked_for_a_previewed_query_green_only_when_earned_and_out_of_date_when_it_changes() {
        assertThat(access.canRun.get()).as("nothing previewed yet").isFalse();
        assertThat(access.explanation.get()).startsWith("Once the query previews without an error");
        typeAndPause("SELECT amount FROM model_predictions");
        athena.last().succeed(1, 1);
        assertThat(access.canRun.get()).isTrue();

        access.start(accessAnswering(new PermissionCheck("athena:StartQueryExecution", "arn:wg", CheckStatus.GRANTED,
                "", Optional.empty()), new PermissionCheck("s3:GetObject", "arn:aws:s3:::data/*", CheckStatus.MISSING,
                "Access Denied", Optional.of(new PolicyStatement("AporiaReadData", List.of("s3:GetObject"),
                List.of("arn:aws:s3:::data/*"))), PermissionCheck.Part.TABLES)));

        assertThat(accessChecked).singleElement().satisfies(request -> {
            assertThat(request.workgroup()).isEqualTo("aporia");
            assertThat(request.query().orElseThrow().sql()).isEqualTo("SELECT amount FROM model_predictions");
            assertThat(request.databases()).containsExactly("aporia_demo");
        });
        assertThat(access.verdict.get().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(access.verdict.get().text()).startsWith("✗ Aporia's key cannot run this query yet.")
                .contains("s3:GetObject");
        assertThat(access.checks).first().extracting(PermissionCheck::action).isEqualTo("s3:GetObject");
        assertThat(access.title.get()).isEqualTo("Aporia's access ✗");

        access.start(accessAnswering(new PermissionCheck("s3:GetObject", "arn:aws:s3:::data/*",
                CheckStatus.NOT_CHECKABLE, "no object to read", Optional.empty(), PermissionCheck.Part.TABLES)));
        assertThat(access.verdict.get().kind()).as("checked again: the newer run's verdict")
                .isEqualTo(Banner.Kind.WARN);
        assertThat(accessChecked).hasSize(2);

        preview.text.set("SELECT owner FROM model_predictions");
        assertThat(access.verdict.get()).isNull();
        assertThat(access.checks).isEmpty();
        assertThat(access.outdatedNote.get()).contains("changed since Aporia's access was checked");
        assertThat(access.canRun.get()).isFalse();
    }

    @Test
    void aporias_access_is_green_only_when_every_permission_was_tried_and_allowed() {
        typeAndPause("SELECT amount FROM model_predictions");
        athena.last().succeed(1, 1);

        access.start(accessAnswering(new PermissionCheck("s3:GetObject", "arn:aws:s3:::data/*",
                CheckStatus.NOT_CHECKABLE, "the table has no data file", Optional.empty(),
                PermissionCheck.Part.TABLES)));
        assertThat(access.verdict.get().kind()).isEqualTo(Banner.Kind.WARN);

        access.start(accessAnswering(new PermissionCheck("s3:GetObject", "arn:aws:s3:::data/*", CheckStatus.GRANTED,
                "", Optional.empty(), PermissionCheck.Part.TABLES)));
        assertThat(access.verdict.get().kind()).isEqualTo(Banner.Kind.OK);
        assertThat(access.verdict.get().text()).startsWith("✓ Aporia's key can run this query.");
    }

    private AporiaAccessModel.Check accessAnswering(PermissionCheck... checks) {
        return (request, query, listener) -> {
            accessChecked.add(request);
            AccessScope scope = AccessScope.of("us-east-1", "123456789012", request.workgroup(),
                    Optional.empty(), request.databases(), List.of(), List.of(), request.query());
            return CompletableFuture.completedFuture(new QuerySelfTest(new ResolvedScope(scope, List.of()),
                    new SelfTestReport(List.of(checks), List.of())));
        };
    }

    /** Athena as the runs started, which the test ends. */
    static final class FakeAthena implements PreviewRunner {
        final List<Call> calls = new ArrayList<>();

        static final class Call {
            final PreviewRequest request;
            final CompletableFuture<Ran> outcome = new CompletableFuture<>();
            final Consumer<QueryProgress> progress;
            final String id;
            boolean stopped;

            Call(PreviewRequest request, Consumer<QueryProgress> progress, String id) {
                this.request = request;
                this.progress = progress;
                this.id = id;
            }

            void succeed(int rows, long bytes) {
                List<List<String>> data = new ArrayList<>();
                for (int i = 0; i < rows; i++) {
                    data.add(List.of(Integer.toString(i)));
                }
                outcome.complete(new Ran(new ResultTable(List.of(new ResultColumn("amount", "double", 17, 0)),
                        data, false), new QueryStatistics(bytes, Duration.ofMillis(300), Duration.ofMillis(50),
                        Duration.ofMillis(420), false, AthenaPricing.costUsd(bytes, QueryState.SUCCEEDED, false,
                        false)), id));
            }

            void fail(AthenaFailure failure) {
                outcome.completeExceptionally(failure.forExecution(id));
            }
        }

        Call last() {
            return calls.get(calls.size() - 1);
        }

        @Override
        public Execution start(PreviewRequest request, Consumer<QueryProgress> progress) {
            Call call = new Call(request, progress, "q-" + (calls.size() + 1));
            calls.add(call);
            return new Execution(call.outcome, () -> {
                call.stopped = true;
                call.fail(AthenaFailure.of(AthenaFailure.Kind.CANCELLED,
                        "The query was cancelled and stopped in Athena."));
            });
        }
    }
}
