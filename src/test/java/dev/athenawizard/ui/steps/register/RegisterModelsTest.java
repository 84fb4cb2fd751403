package dev.athenawizard.ui.steps.register;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aporia.GuideProject;
import dev.athenawizard.core.aporia.client.Registrations;
import dev.athenawizard.core.aporia.client.StepState;
import dev.athenawizard.core.aporia.client.StepStatus;
import dev.athenawizard.core.aporia.plan.DatasetKind;
import dev.athenawizard.core.athena.query.ResultColumn;
import dev.athenawizard.core.athena.query.ResultTable;
import dev.athenawizard.core.aws.ProjectCredentials;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.credentials.ProfileFileLocations;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.aws.identity.CallerIdentity;
import dev.athenawizard.core.aws.identity.ConnectionSettings;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.secrets.SecretStore;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.MappingSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.QuerySection;
import dev.athenawizard.core.project.RegistrationSection;
import dev.athenawizard.core.project.RegistrationSection.Target;
import dev.athenawizard.ui.controls.Banner;
import dev.athenawizard.ui.controls.ChangeSignal;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Register step's models as the step wires them, without a stage: edits reach the project as the shell's autosave
 * path takes them, registrations go to the sandbox's Aporia on a port of its own, and outcomes land on the test's
 * thread.
 */
class RegisterModelsTest {
    private LocalAporia aporia;
    private static final Registrations REGISTRATIONS = new Registrations(new ProjectCredentials(
            SecretStore.memoryOnly(Runnable::run), Map.of(), ProfileFileLocations.standard()), pause -> { });

    private final RegisterModel model = new RegisterModel(Runnable::run);

    @BeforeEach
    void start() {
        aporia = new LocalAporia();
    }

    @AfterEach
    void stop() {
        aporia.close();
    }

    RegisterModelsTest() {
        shellStores(model);
    }

    /** As the window does: every edit of the step is stored into the project at once. */
    private static void shellStores(RegisterModel m) {
        ChangeSignal edits = new ChangeSignal(m.persisted());
        edits.addListener(o -> m.project.set(m.store(m.project.get())));
    }

    /** The guide's project in sandbox mode, mapped, with its own model id, serving dataset only. */
    private static OnboardingProject mapped(String modelId) {
        OnboardingProject guide = GuideProject.project();
        return guide.withConnection(ConnectionSection.DEFAULT).withRegistration(RegistrationSection.DEFAULT)
                .withModel(guide.model().withDetails(modelId, "Insurance upsell", "", "", "green", "", Map.of(), "v1"));
    }

    private static VerifiedConnection sandboxAt(URI endpoint) {
        return new VerifiedConnection(new ConnectionSettings(new CredentialSource.Sandbox(), "us-east-1",
                Optional.of(endpoint)), CallerIdentity.of("123456789012", "arn:aws:iam::123456789012:user/demo",
                "AIDADEMO"), Optional.empty(), true);
    }

    private void open(RegisterModel m, OnboardingProject project) {
        m.project.set(project);
        m.load(project);
        m.connection.set(sandboxAt(aporia.endpoint()));
    }

    private static void register(RegisterModel m, java.util.concurrent.Executor work) {
        m.run.register(in -> CompletableFuture.supplyAsync(() -> REGISTRATIONS.create(in.plan(), in.connection(),
                        in.host(), Secret.of("any")), work), work,
                in -> REGISTRATIONS.received(in.host(), Secret.of("any"), work));
    }

    private static List<StepStatus> statuses(RegisterModel m) {
        return m.run.rows.stream().map(StepState::status).toList();
    }

    @Test
    void fields_are_checked_as_typed_and_each_message_names_its_field_or_line() {
        open(model, mapped("checked-as-typed"));

        model.model.id.set("insurance upsell!");
        model.model.tagsText.set("team=growth\nthis key is long=x\nstage");
        model.dataSource.readOptionsText.set("fetchsize=1000\npassword=x");
        model.dataSource.selectExprText.set("amount * 2 AS a\n\nconcat(owner, '-'");

        assertThat(model.model.idProblem.get()).contains("The model id \"insurance upsell!\" may hold only");
        assertThat(model.model.tagsProblem.get().split("\n")).containsExactly(
                "Line 3: write the tag as name=value, e.g. team=growth.",
                "Line 2: Tag key \"this key is long\" has 16 characters; at most 15.");
        assertThat(model.dataSource.readOptionsProblem.get()).isEqualTo("Line 2: The read option password would "
                + "replace the data source's own password, which the wizard sets from the project; remove it.");
        assertThat(model.dataSource.selectExprProblem.get()).isEqualTo("Line 3: the ( at column 7 is never closed.");
        assertThat(model.model.issues.get()).isEqualTo(2);
        assertThat(model.registerBlockers.get()).contains("2 fields to fix on the Model tab",
                "2 fields to fix on the Data source tab");
        assertThat(model.run.inputs.get()).as("nothing can be sent").isNull();
        assertThat(model.project.get().model().id()).as("what was typed is kept").isEqualTo("insurance upsell!");

        model.model.id.set("insurance-upsell");
        model.model.tagsText.set("team=growth");
        model.dataSource.readOptionsText.set("fetchsize=1000");
        model.dataSource.selectExprText.set("amount * 2 AS a");
        assertThat(model.registerBlockers.get()).isEmpty();
        assertThat(model.run.inputs.get()).isNotNull();
        assertThat(model.project.get().registration().readOptions()).isEqualTo(Map.of("fetchsize", "1000"));
    }

    @Test
    void what_earlier_steps_left_undone_is_named_with_the_step_to_fix_it_in() {
        open(model, mapped("earlier").withMapping(MappingSection.EMPTY).withQuery(QuerySection.EMPTY));

        Banner earlier = model.earlierSteps.get();

        assertThat(earlier.kind()).isEqualTo(Banner.Kind.WARN);
        assertThat(earlier.text()).contains("• Query step: The serving query is empty",
                "• Mapping step: Choose the id column");
        assertThat(model.registerBlockers.get()).contains("what the earlier steps still need");
    }

    @Test
    void fields_follow_the_project_when_another_step_changes_it_and_keep_what_is_being_typed() {
        open(model, mapped("follows"));

        model.project.set(model.project.get().withModel(model.project.get().model().withDetails("follows",
                "Insurance upsell", "", "", "green", "", Map.of(), "v2")));
        assertThat(model.model.version.get()).as("a retrained model's version, set elsewhere").isEqualTo("v2");

        model.model.version.set("");
        assertThat(model.model.version.get()).as("emptied while typing: stored as v1, shown as typed").isEmpty();
        model.model.tagsText.set("team = growth");
        assertThat(model.model.tagsText.get()).isEqualTo("team = growth");
        assertThat(model.project.get().model().tags()).isEqualTo(Map.of("team", "growth"));

        model.model.version.set("v2");
        model.model.newVersion(LocalDate.of(2026, 5, 1));
        assertThat(model.model.version.get()).as("retraining: the version after v2").isEqualTo("v3");
        assertThat(model.model.modelTypeText.get()).startsWith("binary — chosen in the Mapping step");
    }

    @Test
    void a_query_relying_on_the_projects_database_is_sent_with_the_database_named() {
        open(model, mapped("qualified").withQuery(new QuerySection(null, "aporia_demo",
                "SELECT * FROM model_predictions", 100)));

        assertThat(model.dataSource.servingQuery.get()).isEqualTo("SELECT * FROM \"aporia_demo\".model_predictions");
        assertThat(model.dataSource.qualifiedNote.get()).contains("no default database",
                "model_predictions → \"aporia_demo\".model_predictions");
        assertThat(model.requests.get()).contains("SELECT * FROM \\\"aporia_demo\\\".model_predictions");
    }

    @Test
    void registering_shows_each_call_then_what_the_sandbox_received() {
        open(model, mapped("shows-calls"));
        assertThat(statuses(model)).containsOnly(StepStatus.WAITING).hasSize(3);
        assertThat(model.run.rows).extracting(s -> s.step().label())
                .containsExactly("model shows-calls", "version v1", "serving dataset");

        register(model, Runnable::run);

        assertThat(statuses(model)).containsOnly(StepStatus.DONE);
        assertThat(model.run.rows).extracting(StepState::outcome).containsExactly(StepState.Outcome.CREATED,
                StepState.Outcome.CREATED, StepState.Outcome.CONNECTED);
        assertThat(model.run.outcome.get().kind()).isEqualTo(Banner.Kind.OK);
        assertThat(model.run.outcome.get().text()).startsWith("✓ Registered: the sandbox's Aporia has model "
                + "shows-calls, version v1 and 1 dataset");
        assertThat(model.run.receivedSummary.get()).isEqualTo("Checked with the sandbox: its Aporia now holds model "
                + "shows-calls, version v1 (binary), with the dataset serving.");
        assertThat(model.done.get()).isTrue();
        assertThat(model.run.registerLabel.get()).isEqualTo("Registered");
    }

    @Test
    void a_503_that_outlasts_the_retries_fails_the_call_and_retry_continues_from_it_without_duplicates() {
        open(model, mapped("retried"));
        aporia.aporia.faults().fail("POST", "/models/retried/versions/v1/datasets", 503, 4);

        register(model, Runnable::run);

        assertThat(statuses(model)).containsExactly(StepStatus.DONE, StepStatus.DONE, StepStatus.FAILED);
        assertThat(model.run.rows.get(2).detail()).contains("Aporia kept failing", "HTTP 503");
        assertThat(model.run.outcome.get().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(model.run.outcome.get().text()).contains("Retry continues from there");
        assertThat(model.run.registerLabel.get()).isEqualTo("Retry");
        assertThat(model.done.get()).isFalse();

        register(model, Runnable::run);

        assertThat(statuses(model)).containsOnly(StepStatus.DONE);
        assertThat(aporia.count("POST /v1beta/models")).as("the model was not sent again").isEqualTo(1);
        assertThat(aporia.count("POST /v1beta/models/retried/versions")).isEqualTo(1);
        assertThat(aporia.aporia.model("retried").orElseThrow().versions()).singleElement()
                .satisfies(v -> assertThat(v.datasets()).singleElement()
                        .satisfies(d -> assertThat(d.connections()).isEqualTo(1)));
    }

    @Test
    void a_change_of_what_was_registered_clears_the_outcome_and_says_so() {
        open(model, mapped("stale"));
        register(model, Runnable::run);
        assertThat(model.done.get()).isTrue();

        // The Query step changes the query: the registration was for the old one.
        model.project.set(model.project.get().withQuery(new QuerySection(null, "aporia_demo",
                "SELECT * FROM \"aporia_demo\".\"model_predictions\" WHERE amount > 10", 100)));

        assertThat(model.done.get()).isFalse();
        assertThat(model.run.outcome.get()).isNull();
        assertThat(model.run.receivedSummary.get()).isEmpty();
        assertThat(statuses(model)).containsOnly(StepStatus.WAITING);
        assertThat(model.run.outdatedNote.get()).contains("changed since the last registration");
        assertThat(model.run.registerLabel.get()).isEqualTo("Register");

        register(model, Runnable::run);
        assertThat(model.run.rows.get(0).outcome()).as("an existing model is kept")
                .isEqualTo(StepState.Outcome.ALREADY_EXISTED);
        assertThat(model.done.get()).isTrue();

        model.model.description.set("Who buys insurance");
        assertThat(model.done.get()).as("a model field edited after registering").isFalse();
        model.target.host.set("https://app.aporia.com"); // ignored in sandbox mode: nothing changes
        assertThat(model.run.outdatedNote.get()).isNotEmpty();
    }

    @Test
    void cancel_reaches_the_call_in_flight_and_retry_continues_from_that_call() throws Exception {
        QueuedUi ui = new QueuedUi();
        RegisterModel m = new RegisterModel(ui);
        shellStores(m);
        open(m, mapped("cancelled"));
        ExecutorService work = Executors.newCachedThreadPool();
        try {
            aporia.hold("/models/cancelled/versions/v1/datasets");
            register(m, work);
            aporia.awaitHeldCall();
            ui.runUntil(() -> statuses(m).equals(List.of(StepStatus.DONE, StepStatus.DONE, StepStatus.RUNNING)));

            m.run.cancel();

            assertThat(statuses(m)).containsExactly(StepStatus.DONE, StepStatus.DONE, StepStatus.WAITING);
            assertThat(m.run.rows.get(2).detail()).contains("stopped before Aporia answered");
            assertThat(m.run.outcome.get().kind()).isEqualTo(Banner.Kind.WARN);
            assertThat(m.run.registerLabel.get()).isEqualTo("Retry");

            aporia.open();
            register(m, work);
            ui.runUntil(() -> m.done.get());
            assertThat(aporia.count("POST /v1beta/models")).isEqualTo(1);
            assertThat(aporia.count("POST /v1beta/models/cancelled/versions")).isEqualTo(1);
            assertThat(aporia.aporia.model("cancelled").orElseThrow().versions().get(0).datasets()).hasSize(1);
        } finally {
            aporia.open();
            work.shutdownNow();
        }
    }

    @Test
    void export_only_is_done_once_exported_for_what_is_on_screen() {
        open(model, mapped("exported"));
        model.target.target.set(Target.EXPORT_ONLY);
        assertThat(model.done.get()).isFalse();
        assertThat(model.canExport.get()).isTrue();

        model.run.exported("the Python script", Path.of("register.py"), model.plan.get().plan().orElseThrow(), null);
        assertThat(model.done.get()).isTrue();
        assertThat(model.run.exportMessage.get()).contains("register.py", "holds no secret");

        model.model.name.set("Insurance upsell v2");
        assertThat(model.done.get()).as("the script is for the old name").isFalse();
    }

    @Test
    void a_training_query_is_previewed_and_its_columns_are_checked_against_the_models_fields() {
        open(model, mapped("training"));
        model.datasets.training.sql.set("SELECT * FROM training_set");
        assertThat(model.registerBlockers.get()).contains("preview the training query");

        List<ExtraDatasetModel.PreviewRequest> sent = new ArrayList<>();
        model.datasets.training.runPreview(request -> {
            sent.add(request);
            return CompletableFuture.completedFuture(trainingRows());
        });

        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.sent().sql()).isEqualTo("SELECT * FROM training_set LIMIT 100");
            assertThat(r.inputs().database()).isEqualTo("aporia_demo");
        });
        List<ColumnCheck> checks = model.datasets.training.checks.get();
        assertThat(checks).filteredOn(c -> c.verdict().blocks()).extracting(ColumnCheck::field)
                .containsExactly("proba");
        assertThat(checks).filteredOn(c -> c.field().equals("proba")).singleElement()
                .satisfies(c -> assertThat(c.message()).contains("no column probability"));
        assertThat(model.datasets.training.verdict.get().kind()).isEqualTo(Banner.Kind.ERROR);

        model.datasets.training.choose("proba", "proba");

        assertThat(model.datasets.training.checks.get()).noneMatch(c -> c.verdict().blocks());
        assertThat(model.project.get().registration().trainingColumns().fieldColumns())
                .isEqualTo(Map.of("proba", "proba"));
        assertThat(model.registerBlockers.get()).isEmpty();
        var plan = model.plan.get().plan().orElseThrow();
        assertThat(plan.dataset(DatasetKind.SERVING).orElseThrow().predictions())
                .containsEntry("proba", "probability");
        assertThat(plan.dataset(DatasetKind.TRAINING).orElseThrow().predictions()).as("read from its own name")
                .doesNotContainKey("proba");

        model.datasets.training.sql.set("SELECT * FROM training_set WHERE amount > 0");
        assertThat(model.datasets.training.preview.currentResult()).as("the preview was of another query").isEmpty();
        assertThat(model.registerBlockers.get()).contains("preview the training query");
    }

    @Test
    void a_statement_that_is_not_a_read_only_query_is_never_sent_as_a_preview() {
        open(model, mapped("refused"));
        model.datasets.testing.sql.set("DELETE FROM training_set");
        List<ExtraDatasetModel.PreviewRequest> sent = new ArrayList<>();

        model.datasets.testing.runPreview(request -> {
            sent.add(request);
            return CompletableFuture.completedFuture(trainingRows());
        });

        assertThat(sent).isEmpty();
        assertThat(model.datasets.testing.verdict.get().text()).contains("only one read-only query", "DELETE");
        assertThat(model.datasets.testing.sqlProblem.get()).contains("starts with DELETE");
    }

    /** The demo's training set, whose probability column is called proba. */
    private static ResultTable trainingRows() {
        List<ResultColumn> columns = Arrays.stream(new String[][] {{"prediction_id", "varchar"},
                {"prediction_timestamp", "timestamp"}, {"raw_text", "varchar"}, {"amount", "double"},
                {"owner", "varchar"}, {"is_new", "boolean"}, {"embeddings", "array"},
                {"will_buy_insurance", "boolean"}, {"proba", "double"}, {"did_buy_insurance", "boolean"}})
                .map(c -> new ResultColumn(c[0], c[1], 0, 0)).toList();
        String embedding = "[" + String.join(", ", java.util.Collections.nCopies(768, "0.5")) + "]";
        List<List<String>> rows = List.of(
                List.of("p-1", "2026-01-01 10:00:00.000", "hello", "12.5", "alice", "true", embedding, "true",
                        "0.9", "true"),
                List.of("p-2", "2026-01-01 11:00:00.000", "bye", "3.0", "bob", "false", embedding, "false", "0.2",
                        "false"));
        return new ResultTable(columns, rows, false);
    }

    /** A UI thread of the test's own: work posts here, the test runs what was posted when it looks. */
    private static final class QueuedUi implements java.util.concurrent.Executor {
        private final LinkedBlockingQueue<Runnable> posted = new LinkedBlockingQueue<>();

        @Override
        public void execute(Runnable task) {
            posted.add(task);
        }

        void runUntil(BooleanSupplier condition) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!condition.getAsBoolean()) {
                Runnable next = posted.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new AssertionError("timed out");
                }
                next.run();
            }
        }
    }
}
