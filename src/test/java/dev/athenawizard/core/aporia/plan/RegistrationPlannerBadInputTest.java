package dev.athenawizard.core.aporia.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.athenawizard.core.aporia.GuideProject;
import dev.athenawizard.core.aporia.client.AporiaHost;
import dev.athenawizard.core.aporia.client.DryRun;
import dev.athenawizard.core.aporia.client.KeyText;
import dev.athenawizard.core.aporia.client.Payloads;
import dev.athenawizard.core.aporia.client.PlannedCall;
import dev.athenawizard.core.aporia.export.PythonScript;
import dev.athenawizard.core.aporia.export.RegistrationJson;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.MappingSection;
import dev.athenawizard.core.project.MappingSection.FieldMapping;
import dev.athenawizard.core.project.ModelSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.QuerySection;
import dev.athenawizard.core.project.RegistrationSection;
import dev.athenawizard.core.project.WorkgroupSection;
import dev.athenawizard.testing.BadText;
import dev.athenawizard.testing.ReadableMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every text field the registration reads — model id, name, version, colour, icon, model type, tags, region, result
 * location, the queries, select_expr, read_options and the sync schedule — given generated bad input in the Aporia
 * guide's otherwise valid project: planning never throws, each problem is a readable sentence naming the field (and
 * only that field is blamed), and a value that is taken reaches the plan unchanged (apart from surrounding blanks) and
 * can be sent: the request bodies, the dry run, the Python script and the JSON export all render.
 */
class RegistrationPlannerBadInputTest {
    private static final OnboardingProject GUIDE = GuideProject.project();

    /**
     * One field: how to put a value into the project, where problems about it are filed, what of it the plan holds
     * when it is taken, and the words that name it.
     */
    private record Field(String path, BiFunction<OnboardingProject, String, OnboardingProject> put,
                         Function<RegistrationPlan, Object> taken, Function<String, Object> expected,
                         List<String> examples, String... words) {
    }

    private static final Function<String, Object> STRIPPED = String::strip;
    private static final Function<String, Object> AS_TYPED = v -> v;

    private static final List<Field> FIELDS = List.of(
            new Field("model.id", (p, v) -> p.withModel(model(p.model(), v, null, null, null)),
                    plan -> plan.model().id(), STRIPPED, List.of("insurance-upsell", "m1"), "model id"),
            new Field("model.name", (p, v) -> p.withModel(model(p.model(), null, v, null, null)),
                    plan -> plan.model().name(), STRIPPED, List.of("Insurance upsell", "Kündigung ✓"), "model name"),
            new Field("model.version", (p, v) -> p.withModel(model(p.model(), null, null, v, null)),
                    plan -> plan.version().name(), v -> v.isBlank() ? "v1" : v.strip(), List.of("v1", "2024-06-retrain"), "version"),
            new Field("model.modelType", (p, v) -> p.withModel(model(p.model(), null, null, null, v)),
                    plan -> plan.version().modelType().toString(),
                    v -> v.strip().toLowerCase(java.util.Locale.ROOT), List.of("binary", "regression"), "model type"),
            new Field("model.tags", (p, v) -> p.withModel(tags(p.model(), Map.of(v, "growth"))),
                    plan -> plan.model().tags().keySet().iterator().next(), AS_TYPED, List.of("team", "A b_c-1"), "tag"),
            new Field("model.tags", (p, v) -> p.withModel(tags(p.model(), Map.of("team", v))),
                    plan -> plan.model().tags().get("team"), AS_TYPED, List.of("growth", "ünï 😀"), "tag"),
            new Field("mapping.features", (p, v) -> p.withMapping(firstFeature(p.mapping(), v)),
                    plan -> plan.version().features().get(0).name(), STRIPPED, List.of("amount", "_x1"),
                    "feature"),
            new Field("connection.region", (p, v) -> p.withConnection(region(p.connection(), v)),
                    plan -> plan.source().region(), v -> v.isBlank() ? "us-east-1" : v.strip(), List.of("us-east-1", "eu-west-1"), "region"),
            new Field("workgroup.outputLocation", (p, v) -> p.withWorkgroup(output(p.workgroup(), v)),
                    plan -> plan.source().s3OutputLocation(),
                    v -> dev.athenawizard.core.aws.policy.S3Location.parse(v).uri(), List.of("s3://athena-results/aporia/"),
                    "result location"),
            new Field("query.sql", (p, v) -> p.withQuery(sql(p.query(), v)),
                    plan -> plan.dataset(DatasetKind.SERVING).orElseThrow().query(), RegistrationPlannerBadInputTest::asSent,
                    List.of(GuideProject.SERVING_SQL, "SELECT 1", "WITH a AS (SELECT 1) SELECT * FROM a"),
                    "serving query"),
            new Field("registration.trainingSql", (p, v) -> p.withRegistration(training(p.registration(), v)),
                    plan -> plan.dataset(DatasetKind.TRAINING).map(DatasetSpec::query).orElse(""),
                    RegistrationPlannerBadInputTest::asSent, List.of(GuideProject.TRAINING_SQL), "training query"),
            new Field("registration.selectExpr", (p, v) -> p.withRegistration(selectExpr(p.registration(), v)),
                    plan -> plan.source().selectExpr().get(0), STRIPPED,
                    List.of("CAST(amount AS DOUBLE) AS amount", "concat('a;b', \"x\")", "'it\\'s'"), "expression"),
            new Field("registration.readOptions", (p, v) -> p.withRegistration(option(p.registration(), v, "1000")),
                    plan -> plan.source().readOptions().keySet().iterator().next(), AS_TYPED,
                    List.of("fetchsize", "spark.sql.x-y_z"), "option"),
            new Field("registration.readOptions", (p, v) -> p.withRegistration(option(p.registration(),
                    "fetchsize", v)), plan -> plan.source().readOptions().get("fetchsize"), AS_TYPED,
                    List.of("1000", "a b"), "option"),
            new Field("registration.syncSchedule", (p, v) -> p.withRegistration(schedule(p.registration(), v)),
                    RegistrationPlan::syncSchedule, STRIPPED, List.of("0 * * * *", "*/15 1-5 * JAN-MAR MON,FRI"),
                    "schedule", "field"));

    /**
     * A query as Aporia receives it: without trailing semicolons, and with the project's database before each table
     * it names without one (Aporia's connection has no default database; RegistrationPlannerTest covers that part).
     */
    private static String asSent(String sql) {
        return QueryTables.qualify(SqlText.withoutTrailingSemicolons(sql), GUIDE.query().catalog(),
                GUIDE.query().database()).sql();
    }

    @Test
    void the_guide_project_plans_so_every_problem_below_comes_from_the_bad_value() {
        assertThat(RegistrationPlanner.plan(GUIDE).problems()).isEmpty();
    }

    @Test
    void every_field_with_bad_input_is_named_in_a_readable_problem_or_reaches_the_plan_unchanged() {
        int cases = 0;
        List<String> failures = new ArrayList<>();
        for (Field field : FIELDS) {
            Random random = BadText.random("plan " + field.path() + field.examples().get(0));
            try {
                List<String> values = BadText.values(random, BadText.cases(250), field.examples());
                for (int i = 0; i < values.size(); i++) {
                    // rendering costs five times what planning does (and up to 0.3 s for 100,000 control
                    // characters): every fifth value
                    check(field, values.get(i), i % 5 == 0);
                    cases++;
                }
            } catch (AssertionError e) { // the first failure of each field, so one run shows them all
                failures.add(field.path() + ": " + e.getMessage());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(cases).isGreaterThan(FIELDS.size() * 200);
    }

    private static void check(Field field, String value, boolean render) {
        OnboardingProject project = field.put().apply(GUIDE, value);
        OnboardingProject copy = field.put().apply(GUIDE, value);

        PlanResult result = RegistrationPlanner.plan(project);

        assertThat(project).as("planning changes nothing").isEqualTo(copy);
        for (PlanProblem problem : result.problems()) {
            assertThat(problem.field()).as(problem + " for " + ReadableMessage.visible(value))
                    .satisfies(f -> assertThat(f.equals(field.path()) || f.startsWith(field.path() + "[")
                            || f.startsWith(field.path() + ".")).isTrue());
            ReadableMessage.check(problem.field(), value);
            ReadableMessage.check(problem.message(), value, field.words());
        }
        result.plan().ifPresent(plan -> {
            assertThat(field.taken().apply(plan)).as(ReadableMessage.visible(value))
                    .isEqualTo(field.expected().apply(value));
            if (render) {
                sendable(plan, value);
            }
        });
    }

    /** Everything a plan turns into: the bodies sent, the dry run, the script and the JSON export. */
    private static void sendable(RegistrationPlan plan, String value) {
        try {
            for (PlannedCall call : PlannedCall.of(plan, KeyText.masked("AKIAAPORIADEDICATED1"))) {
                if (call.call().body().isPresent()) {
                    Payloads.JSON.writeValueAsBytes(call.call().body().get());
                }
            }
        } catch (JsonProcessingException e) {
            throw new AssertionError("a planned request cannot be written for " + ReadableMessage.visible(value), e);
        }
        assertThat(DryRun.render(plan, AporiaHost.parse("https://app.aporia.com"), "AKIAAPORIADEDICATED1"))
                .isNotEmpty();
        assertThat(PythonScript.render(plan, Optional.empty(), "guide.athena-wizard.json")).contains("aporia.init");
        assertThat(RegistrationJson.render(plan, Optional.empty())).contains("\"requests\"");
    }

    private static ModelSection model(ModelSection m, String id, String name, String version, String type) {
        return new ModelSection(id == null ? m.id() : id, name == null ? m.name() : name, m.description(), m.color(),
                m.icon(), m.tags(), version == null ? m.version() : version, type == null ? m.modelType() : type,
                m.owner());
    }

    private static ModelSection tags(ModelSection m, Map<String, String> tags) {
        return new ModelSection(m.id(), m.name(), m.description(), m.color(), m.icon(), tags, m.version(),
                m.modelType(), m.owner());
    }

    private static MappingSection firstFeature(MappingSection m, String name) {
        List<FieldMapping> features = new ArrayList<>(m.features());
        FieldMapping first = features.get(0);
        features.set(0, new FieldMapping(name, first.column(), first.aporiaType(), first.dimensions()));
        return new MappingSection(m.idColumn(), m.timestampColumn(), m.rawInputs(), features, m.predictions(),
                m.actuals(), m.actualLinks());
    }

    private static ConnectionSection region(ConnectionSection c, String region) {
        return new ConnectionSection(c.mode(), region, c.credentialSource(), c.profileName(), c.accessKeyId(),
                c.endpointOverride(), c.dataSource());
    }

    private static WorkgroupSection output(WorkgroupSection w, String location) {
        return new WorkgroupSection(w.name(), location, w.engineVersion(), w.enforced(), w.bytesScannedCutoff());
    }

    private static QuerySection sql(QuerySection q, String sql) {
        return new QuerySection(q.catalog(), q.database(), sql, q.previewLimit());
    }

    private static RegistrationSection training(RegistrationSection r, String sql) {
        return new RegistrationSection(r.target(), r.aporiaHost(), r.environment(), sql, r.testingSql(),
                r.selectExpr(), r.readOptions(), r.syncSchedule(), r.trainingColumns(), r.testingColumns());
    }

    private static RegistrationSection selectExpr(RegistrationSection r, String expression) {
        List<String> expressions = new ArrayList<>(List.of(expression));
        return new RegistrationSection(r.target(), r.aporiaHost(), r.environment(), r.trainingSql(), r.testingSql(),
                expressions, r.readOptions(), r.syncSchedule(), r.trainingColumns(), r.testingColumns());
    }

    private static RegistrationSection option(RegistrationSection r, String name, String value) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put(name, value);
        return new RegistrationSection(r.target(), r.aporiaHost(), r.environment(), r.trainingSql(), r.testingSql(),
                r.selectExpr(), options, r.syncSchedule(), r.trainingColumns(), r.testingColumns());
    }

    private static RegistrationSection schedule(RegistrationSection r, String schedule) {
        return new RegistrationSection(r.target(), r.aporiaHost(), r.environment(), r.trainingSql(), r.testingSql(),
                r.selectExpr(), r.readOptions(), schedule, r.trainingColumns(), r.testingColumns());
    }
}
