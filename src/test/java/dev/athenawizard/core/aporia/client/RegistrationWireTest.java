package dev.athenawizard.core.aporia.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.athenawizard.core.aporia.GuideProject;
import dev.athenawizard.core.aporia.client.RecordingAporia.Received;
import dev.athenawizard.core.aporia.client.StepState.Outcome;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import dev.athenawizard.core.aporia.plan.RegistrationPlanner;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.concurrent.Sleeper;
import dev.athenawizard.testing.ControlledTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registration client against a recording stand-in for Aporia: every request, field by field. */
class RegistrationWireTest {
    private static final String TOKEN = "aporia-token-7f3a9c";
    private static final String SECRET_KEY = "dedicated/Secret+Key0000000000000000000000";
    private static final DataSourceKey KEY = new DataSourceKey(GuideProject.DEDICATED_KEY_ID, Secret.of(SECRET_KEY));

    private RecordingAporia aporia;
    private final ControlledTime time = new ControlledTime(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<StepState> events = Collections.synchronizedList(new ArrayList<>());
    private final RegistrationPlan plan = RegistrationPlanner.plan(GuideProject.project()).plan().orElseThrow();

    @BeforeEach
    void start() throws Exception {
        aporia = new RecordingAporia(TOKEN);
    }

    @AfterEach
    void stop() {
        aporia.close();
    }

    private Registration registration(String token, Sleeper sleeper) {
        AporiaTransport transport = new AporiaTransport(AporiaHost.parse(aporia.endpoint().toString()),
                Secret.of(token), AporiaTransport.newHttpClient(), sleeper, RetryPolicy.SDK,
                List.of(KEY.secretAccessKey()));
        return new Registration(plan, transport, KEY);
    }

    private Registration registration() {
        return registration(TOKEN, time);
    }

    private Received only(String method, String path) {
        List<Received> found = aporia.received().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
        assertThat(found).as(method + " " + path).hasSize(1);
        return found.get(0);
    }

    private static JsonNode json(String text) throws Exception {
        return RecordingAporia.JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void sends_the_sdks_calls_with_the_sdks_headers_in_order() throws Exception {
        RegistrationReport report = registration().run(events::add);

        assertThat(report.complete()).isTrue();
        assertThat(aporia.lines()).containsExactly(
                "POST /v1beta/models",
                "GET /v1beta/capabilities/",
                "GET /v1beta/models/insurance-upsell/versions",
                "POST /v1beta/models/insurance-upsell/versions",
                "POST /v1beta/models/insurance-upsell/versions/v1/datasets",
                "POST /v1beta/models/insurance-upsell/versions/v1/datasets");
        assertThat(aporia.received()).allSatisfy(r -> {
            assertThat(r.headers()).containsEntry("Authorization", "Bearer " + TOKEN);
            assertThat(r.headers()).containsEntry("Content-Type", "application/json");
        });
        assertThat(report.steps()).extracting(s -> s.step().label(), StepState::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("model insurance-upsell", Outcome.CREATED),
                org.assertj.core.groups.Tuple.tuple("version v1", Outcome.CREATED),
                org.assertj.core.groups.Tuple.tuple("serving dataset", Outcome.CONNECTED),
                org.assertj.core.groups.Tuple.tuple("training dataset", Outcome.CONNECTED));
        assertThat(events).extracting(e -> e.step().label() + " " + e.status()).containsExactly(
                "model insurance-upsell RUNNING", "model insurance-upsell DONE", "version v1 RUNNING",
                "version v1 DONE", "serving dataset RUNNING", "serving dataset DONE", "training dataset RUNNING",
                "training dataset DONE");
    }

    @Test
    void the_model_body_is_create_models() throws Exception {
        registration().run(RegistrationListener.NONE);

        JsonNode model = only("POST", "/v1beta/models").body();
        assertThat(model).isEqualTo(json("{'id':'insurance-upsell','name':'Insurance upsell',"
                + "'description':'Who buys insurance','owner':'ml-team@example.com','color':'green',"
                + "'icon':'conversion-predict','tags':{'stage':'prod','team':'growth'}}"));
        assertThat(model.fieldNames()).toIterable()
                .containsExactly("id", "name", "description", "owner", "color", "icon", "tags");
    }

    @Test
    void the_version_body_has_the_schema_in_feature_order_with_positions_and_tensor_dimensions() throws Exception {
        registration().run(RegistrationListener.NONE);

        JsonNode version = only("POST", "/v1beta/models/insurance-upsell/versions").body();
        assertThat(version.path("name").asText()).isEqualTo("v1");
        assertThat(version.path("model_type").asText()).isEqualTo("binary");
        JsonNode schema = version.path("version_schema");
        assertThat(schema.path("features").fieldNames()).toIterable()
                .containsExactly("amount", "owner", "is_new", "embeddings");
        assertThat(schema.path("features")).isEqualTo(json("{'amount':'numeric','owner':'string','is_new':'boolean',"
                + "'embeddings':{'type':'tensor','dimensions':[768]}}"));
        assertThat(schema.path("feature_positions"))
                .isEqualTo(json("{'amount':0,'owner':1,'is_new':2,'embeddings':3}"));
        assertThat(schema.path("predictions")).isEqualTo(json("{'will_buy_insurance':'boolean','proba':'numeric'}"));
        assertThat(schema.path("raw_inputs")).isEqualTo(json("{'raw_text':'text'}"));
        assertThat(schema.get("metrics").isNull()).isTrue();
        for (String member : List.of("model_data_type", "labels", "feature_importance", "mapping")) {
            assertThat(version.get(member).isNull()).as(member).isTrue();
        }
    }

    @Test
    void the_serving_dataset_has_the_athena_config_and_only_the_renamed_columns() throws Exception {
        registration().run(RegistrationListener.NONE);

        List<Received> posts = aporia.received().stream().filter(r -> r.path().endsWith("/datasets")).toList();
        JsonNode serving = posts.get(0).body();
        assertThat(serving.path("name").asText()).isEqualTo("serving");
        assertThat(serving.path("data_source").path("type").asText()).isEqualTo("athena");
        JsonNode config = serving.path("data_source").path("config");
        assertThat(config.fieldNames()).toIterable().containsExactly("sample_size", "select_expr", "read_options",
                "url", "query", "user", "password", "s3_output_location");
        assertThat(config.path("url").asText()).isEqualTo("jdbc:awsathena://AwsRegion=us-east-1");
        assertThat(config.path("query").asText()).isEqualTo(plan.datasets().get(0).query())
                .startsWith("SELECT prediction_id").endsWith("INTERVAL '30' DAY");
        assertThat(config.path("user").asText()).isEqualTo(GuideProject.DEDICATED_KEY_ID);
        assertThat(config.path("password").asText()).isEqualTo(SECRET_KEY);
        assertThat(config.path("s3_output_location").asText()).isEqualTo("s3://athena-results/aporia/");
        assertThat(config.path("sample_size").asInt()).isEqualTo(1);
        assertThat(config.path("select_expr")).isEqualTo(json("['CAST(amount AS DOUBLE) AS amount']"));
        assertThat(config.path("read_options")).isEqualTo(json("{'fetchsize':'1000'}"));
        assertThat(serving.path("sync")).isEqualTo(json("{'enabled':true,'environment':'production',"
                + "'schedule':'0 * * * *'}"));
        assertThat(serving.path("id_column").asText()).isEqualTo("prediction_id");
        assertThat(serving.path("timestamp_column").asText()).isEqualTo("prediction_timestamp");
        assertThat(serving.path("predictions")).isEqualTo(json("{'proba':'probability'}"));
        assertThat(serving.path("labels")).isEqualTo(json("{'will_buy_insurance':'did_buy_insurance'}"));
        assertThat(serving.has("features")).as("no feature is renamed").isFalse();
        assertThat(serving.has("raw_inputs")).isFalse();

        JsonNode training = posts.get(1).body();
        assertThat(training.path("name").asText()).isEqualTo("training");
        assertThat(training.path("data_source").path("config").path("query").asText())
                .isEqualTo(GuideProject.TRAINING_SQL);
        assertThat(training.has("predictions")).as("the training set calls it proba").isFalse();
    }

    @Test
    void an_existing_model_answers_409_and_is_kept() throws Exception {
        aporia.haveModel("insurance-upsell");

        RegistrationReport report = registration().run(RegistrationListener.NONE);

        assertThat(report.complete()).isTrue();
        assertThat(report.steps().get(0).outcome()).isEqualTo(Outcome.ALREADY_EXISTED);
        assertThat(report.steps().get(0).detail()).contains("409", "kept");
        assertThat(aporia.versions().get("insurance-upsell")).containsKey("v1");
    }

    @Test
    void a_503_is_retried_after_the_sdks_pause_and_a_retry_after_is_honoured() throws Exception {
        aporia.fail("POST", "/versions", 503, 1, Map.of());
        aporia.fail("POST", "/datasets", 429, 1, Map.of("Retry-After", "7"));

        RegistrationReport report = registration().run(events::add);

        assertThat(report.complete()).isTrue();
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(7));
        assertThat(aporia.lines()).filteredOn(l -> l.equals("POST /v1beta/models/insurance-upsell/versions"))
                .hasSize(2);
        assertThat(events).filteredOn(e -> e.status() == StepStatus.RETRYING).extracting(StepState::detail)
                .containsExactly("HTTP 503: trying again in 2 s (attempt 2 of 4)",
                        "HTTP 429: trying again in 7 s (attempt 2 of 4)");
        assertThat(aporia.versions().get("insurance-upsell")).hasSize(1);
    }

    @Test
    void a_401_says_to_check_the_token_and_sends_nothing_more() throws Exception {
        RegistrationReport report = registration("not-the-token", time).run(RegistrationListener.NONE);

        assertThat(report.complete()).isFalse();
        StepState model = report.steps().get(0);
        assertThat(model.status()).isEqualTo(StepStatus.FAILED);
        assertThat(model.detail()).contains("did not accept the token", "HTTP 401", aporia.endpoint().toString(),
                "expired").doesNotContain("not-the-token");
        assertThat(report.failure()).get().asString().startsWith("model insurance-upsell: ");
        assertThat(report.steps().subList(1, 4)).allMatch(s -> s.status() == StepStatus.WAITING);
        assertThat(aporia.lines()).containsExactly("POST /v1beta/models");
        assertThat(time.sleeps()).as("a refused token is not retried").isEmpty();
    }

    @Test
    void a_404_says_to_check_the_host() throws Exception {
        aporia.fail("POST", "/models", 404, 1, Map.of());

        RegistrationReport report = registration().run(RegistrationListener.NONE);

        assertThat(report.steps().get(0).detail()).contains("API was not found", "HTTP 404 for POST /models",
                "is your Aporia controller");
    }

    @Test
    void an_aporia_without_tensor_support_is_named_before_the_version_is_sent() throws Exception {
        aporia.noTensors();

        RegistrationReport report = registration().run(RegistrationListener.NONE);

        assertThat(report.steps().get(1).status()).isEqualTo(StepStatus.FAILED);
        assertThat(report.steps().get(1).detail()).contains("does not accept tensor fields", "embeddings", "vector");
        assertThat(aporia.lines()).doesNotContain("POST /v1beta/models/insurance-upsell/versions");
    }

    @Test
    void a_rerun_after_a_midway_failure_continues_and_nothing_is_duplicated() throws Exception {
        aporia.fail("POST", "/datasets", 500, 5, Map.of()); // serving outlasts its 4 attempts
        Registration first = registration();

        RegistrationReport failed = first.run(RegistrationListener.NONE);

        assertThat(failed.steps()).extracting(StepState::status).containsExactly(StepStatus.DONE, StepStatus.DONE,
                StepStatus.FAILED, StepStatus.WAITING);
        assertThat(failed.failure()).get().asString().contains("serving dataset", "kept failing", "HTTP 500",
                "after every retry");
        assertThat(failed.failure().orElseThrow()).doesNotContain(SECRET_KEY, TOKEN);
        int before = aporia.received().size();

        RegistrationReport resumed = first.run(RegistrationListener.NONE); // Retry: one 500 is left, then success

        assertThat(resumed.complete()).isTrue();
        assertThat(aporia.lines().subList(before, aporia.lines().size())).containsExactly(
                "POST /v1beta/models/insurance-upsell/versions/v1/datasets",
                "POST /v1beta/models/insurance-upsell/versions/v1/datasets",
                "POST /v1beta/models/insurance-upsell/versions/v1/datasets");

        RegistrationReport again = registration().run(RegistrationListener.NONE); // a new process, same project

        assertThat(again.complete()).isTrue();
        assertThat(again.steps()).extracting(StepState::outcome).containsExactly(Outcome.ALREADY_EXISTED,
                Outcome.ALREADY_EXISTED, Outcome.CONNECTED, Outcome.CONNECTED);
        assertThat(aporia.models()).containsOnlyKeys("insurance-upsell");
        assertThat(aporia.versions().get("insurance-upsell")).containsOnlyKeys("v1");
        assertThat(aporia.lines()).filteredOn(l -> l.equals("POST /v1beta/models/insurance-upsell/versions"))
                .hasSize(1);
        assertThat(aporia.datasets()).containsOnlyKeys("insurance-upsell/v1/serving", "insurance-upsell/v1/training");
    }

    @Test
    void a_version_of_the_same_name_but_another_model_type_is_refused_not_overwritten() throws Exception {
        registration().run(RegistrationListener.NONE);
        RegistrationPlan regression = new RegistrationPlan(plan.model(), new dev.athenawizard.core.aporia.plan
                .VersionSpec("v1", dev.athenawizard.core.aporia.schema.ModelType.REGRESSION, plan.version().rawInputs(),
                plan.version().features(), plan.version().predictions()), plan.source(), plan.datasets(),
                plan.environment(), plan.syncSchedule());
        AporiaTransport transport = new AporiaTransport(AporiaHost.parse(aporia.endpoint().toString()),
                Secret.of(TOKEN), AporiaTransport.newHttpClient(), time, RetryPolicy.SDK, List.of());

        RegistrationReport report = new Registration(regression, transport, KEY).run(RegistrationListener.NONE);

        assertThat(report.steps().get(1).detail()).contains("already has version v1", "binary", "regression",
                "another name");
    }

    @Test
    void a_stopped_run_leaves_its_step_waiting_and_the_next_run_does_it() throws Exception {
        aporia.fail("POST", "/versions", 503, 1, Map.of());
        Sleeper interrupted = d -> {
            throw new InterruptedException("cancelled");
        };
        Registration registration = registration(TOKEN, interrupted);

        assertThatThrownBy(() -> registration.run(RegistrationListener.NONE))
                .isInstanceOf(InterruptedException.class);
        assertThat(registration.states()).extracting(StepState::status).containsExactly(StepStatus.DONE,
                StepStatus.WAITING, StepStatus.WAITING, StepStatus.WAITING);

        assertThat(registration.run(RegistrationListener.NONE).complete()).isTrue();
        assertThat(aporia.versions().get("insurance-upsell")).hasSize(1);
    }
}
