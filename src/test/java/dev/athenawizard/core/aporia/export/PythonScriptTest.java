package dev.athenawizard.core.aporia.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.athenawizard.core.aporia.GuideProject;
import dev.athenawizard.core.aporia.client.AporiaHost;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import dev.athenawizard.core.aporia.plan.RegistrationPlanner;
import dev.athenawizard.core.project.MappingSection;
import dev.athenawizard.core.project.MappingSection.FieldMapping;
import dev.athenawizard.core.project.ModelSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.QuerySection;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the exported script with python3 against a stand-in {@code aporia} package that records the calls, and checks
 * each call's arguments against the project they were made from.
 */
class PythonScriptTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "tok-" + UUID.randomUUID();
    private static final String KEY_ID = "AKIAFROMENVIRONMENT1";
    private static final String SECRET = "secret-" + UUID.randomUUID();
    private static final Map<String, String> ENV = Map.of("APORIA_TOKEN", TOKEN, "APORIA_AWS_ACCESS_KEY_ID", KEY_ID,
            "APORIA_AWS_SECRET_ACCESS_KEY", SECRET);

    @TempDir
    Path dir;

    private static RegistrationPlan plan(OnboardingProject project) {
        var result = RegistrationPlanner.plan(project);
        assertThat(result.problems()).isEmpty();
        return result.plan().orElseThrow();
    }

    private StandInAporia.Run run(String script) throws Exception {
        StandInAporia.Run run = StandInAporia.run(script, dir, ENV);
        assertThat(run.exit()).as(run.output()).isZero();
        return run;
    }

    /** A schema group as the mapping section says it, the way the SDK receives it. */
    private static List<List<Object>> expected(List<FieldMapping> fields) {
        return fields.stream().map(f -> List.<Object>of(f.field(), f.dimensions().isEmpty() ? f.aporiaType()
                : Map.of("type", f.aporiaType(), "dimensions", f.dimensions()))).toList();
    }

    private static List<List<Object>> pairs(JsonNode dict) {
        JsonNode entries = dict.has("__ordered__") ? dict.get("__ordered__") : null;
        List<List<Object>> out = new java.util.ArrayList<>();
        if (entries != null) {
            entries.forEach(e -> out.add(List.of(e.get(0).asText(), plain(e.get(1)))));
        } else {
            dict.fields().forEachRemaining(e -> out.add(List.of(e.getKey(), plain(e.getValue()))));
        }
        return out;
    }

    private static Object plain(JsonNode node) {
        return JSON.convertValue(node, Object.class);
    }

    private static Map<String, String> renamed(List<FieldMapping> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.stream().filter(f -> !f.field().equals(f.column())).forEach(f -> out.put(f.field(), f.column()));
        return out;
    }

    @Test
    void the_script_makes_the_guides_calls_with_the_projects_values() throws Exception {
        OnboardingProject project = GuideProject.project();
        String script = PythonScript.render(plan(project), Optional.of(AporiaHost.parse("https://app.aporia.com")),
                project.name());

        StandInAporia.Run run = run(script);

        assertThat(run.calls()).extracting(c -> c.path("call").asText()).containsExactly("init", "create_model",
                "create_model_version", "connect_serving", "connect_training");
        JsonNode init = run.call("init").path("kwargs");
        assertThat(plain(init)).isEqualTo(Map.of("token", TOKEN, "host", "https://app.aporia.com",
                "environment", "production", "throw_errors", true));

        ModelSection model = project.model();
        JsonNode createModel = run.call("create_model");
        assertThat(plain(createModel.path("args"))).isEqualTo(List.of(model.id(), model.name()));
        assertThat(plain(createModel.path("kwargs"))).isEqualTo(Map.of("description", model.description(),
                "owner", model.owner(), "color", model.color(), "icon", model.icon(), "tags", model.tags()));

        MappingSection mapping = project.mapping();
        JsonNode version = run.call("create_model_version").path("kwargs");
        assertThat(version.path("model_id").asText()).isEqualTo(model.id());
        assertThat(version.path("model_version").asText()).isEqualTo(model.version());
        assertThat(version.path("model_type").asText()).isEqualTo(model.modelType());
        assertThat(version.path("features").has("__ordered__")).as("features keep their order").isTrue();
        assertThat(pairs(version.path("features"))).isEqualTo(expected(mapping.features()));
        assertThat(pairs(version.path("predictions"))).isEqualTo(expected(mapping.predictions()));
        assertThat(pairs(version.path("raw_inputs"))).isEqualTo(expected(mapping.rawInputs()));

        JsonNode serving = run.call("connect_serving").path("kwargs");
        JsonNode source = serving.path("data_source").path("AthenaDataSource");
        assertThat(plain(source)).isEqualTo(Map.of(
                "url", "jdbc:awsathena://AwsRegion=" + project.connection().region(),
                "query", project.query().sql().strip().replaceAll(";$", ""),
                "user", KEY_ID, "password", SECRET,
                "s3_output_location", project.workgroup().outputLocation(),
                "select_expr", project.registration().selectExpr(),
                "read_options", project.registration().readOptions()));
        assertThat(serving.path("id_column").asText()).isEqualTo(mapping.idColumn());
        assertThat(serving.path("timestamp_column").asText()).isEqualTo(mapping.timestampColumn());
        assertThat(plain(serving.path("predictions"))).isEqualTo(renamed(mapping.predictions()));
        assertThat(serving.has("features")).as(renamed(mapping.features()).toString()).isFalse();
        FieldMapping actual = mapping.actuals().get(0);
        assertThat(plain(serving.path("labels"))).isEqualTo(Map.of(mapping.actualLinks().get(actual.field()),
                actual.column()));
        assertThat(serving.path("schedule").asText()).isEqualTo(project.registration().syncSchedule());

        JsonNode training = run.call("connect_training").path("kwargs");
        assertThat(training.path("data_source").path("AthenaDataSource").path("query").asText())
                .isEqualTo(project.registration().trainingSql());
        assertThat(run.output()).contains("Registered model insurance-upsell, version v1, with 2 datasets.");
    }

    @Test
    void the_script_holds_no_secret_and_names_the_sdk_it_targets() throws Exception {
        OnboardingProject project = GuideProject.project();
        String script = PythonScript.render(plan(project), Optional.of(AporiaHost.parse("https://app.aporia.com")),
                project.name());

        assertThat(script).doesNotContain(TOKEN, SECRET, KEY_ID, GuideProject.DEDICATED_KEY_ID)
                .contains("os.environ[\"APORIA_TOKEN\"]", "os.environ[\"APORIA_AWS_ACCESS_KEY_ID\"]",
                        "os.environ[\"APORIA_AWS_SECRET_ACCESS_KEY\"]", "aporia>=2.9,<3", "throw_errors=True")
                .doesNotContain("model_name=");
    }

    @Test
    void awkward_text_survives_the_trip_into_python_exactly() throws Exception {
        String name = "Kündigung \"v2\" \\ 50% ✓";
        String sql = "SELECT '\"\"\"' AS q, 'a\\b' AS s, \"weird col\"\nFROM db.t -- tab\there\n";
        OnboardingProject project = GuideProject.project()
                .withModel(new ModelSection("churn", name, "line one\nline two", "", "", Map.of(), "v1",
                        "regression", ""))
                .withMapping(new MappingSection("id", "ts", null,
                        List.of(new FieldMapping("weird_col", "weird \"col\"", "numeric", null)),
                        List.of(new FieldMapping("score", "score", "numeric", null)), null, null))
                .withQuery(new QuerySection(null, "db", sql, 0))
                .withRegistration(dev.athenawizard.core.project.RegistrationSection.DEFAULT);
        String script = PythonScript.render(plan(project), Optional.empty(), "p");

        StandInAporia.Run run = StandInAporia.run(script, dir, withHost("http://127.0.0.1:8080"));

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.call("create_model").path("args").get(1).asText()).isEqualTo(name);
        assertThat(run.call("create_model").path("kwargs").path("description").asText())
                .isEqualTo("line one\nline two");
        assertThat(run.call("init").path("kwargs").path("host").asText()).isEqualTo("http://127.0.0.1:8080");
        JsonNode serving = run.call("connect_serving").path("kwargs");
        assertThat(serving.path("data_source").path("AthenaDataSource").path("query").asText())
                .isEqualTo(sql.strip());
        assertThat(plain(serving.path("features"))).isEqualTo(Map.of("weird_col", "weird \"col\""));
        assertThat(serving.has("labels")).isFalse();
    }

    @Test
    void a_host_with_a_port_passes_the_port_as_the_sdk_expects() {
        OnboardingProject project = GuideProject.project();
        String script = PythonScript.render(plan(project), Optional.of(AporiaHost.parse("http://127.0.0.1:8123")),
                "p");
        assertThat(script).contains("    host=\"http://127.0.0.1\",\n    port=8123,\n");
    }

    private static Map<String, String> withHost(String host) {
        Map<String, String> env = new java.util.HashMap<>(ENV);
        env.put("APORIA_HOST", host);
        return env;
    }
}
