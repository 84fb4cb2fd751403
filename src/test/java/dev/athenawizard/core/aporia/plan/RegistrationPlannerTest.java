package dev.athenawizard.core.aporia.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aporia.GuideProject;
import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.ModelColor;
import dev.athenawizard.core.aporia.schema.ModelIcon;
import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.core.project.MappingSection;
import dev.athenawizard.core.project.MappingSection.FieldMapping;
import dev.athenawizard.core.project.ModelSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.QuerySection;
import dev.athenawizard.core.project.RegistrationSection;
import dev.athenawizard.core.project.RegistrationSection.DatasetColumns;
import dev.athenawizard.core.project.WorkgroupSection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RegistrationPlannerTest {
    private static RegistrationPlan plan(OnboardingProject project) {
        PlanResult result = RegistrationPlanner.plan(project);
        assertThat(result.problems()).isEmpty();
        return result.plan().orElseThrow();
    }

    private static List<PlanProblem> problems(OnboardingProject project) {
        PlanResult result = RegistrationPlanner.plan(project);
        assertThat(result.plan()).isEmpty();
        return result.problems();
    }

    private static OnboardingProject withModel(UnaryOperator<Map<String, Object>> change) {
        ModelSection m = GuideProject.project().model();
        Map<String, Object> v = new HashMap<>(Map.of("id", m.id(), "name", m.name(), "color", m.color(),
                "icon", m.icon(), "tags", m.tags(), "version", m.version(), "modelType", m.modelType()));
        v = change.apply(v);
        @SuppressWarnings("unchecked")
        Map<String, String> tags = (Map<String, String>) v.get("tags");
        return GuideProject.project().withModel(new ModelSection((String) v.get("id"), (String) v.get("name"),
                m.description(), (String) v.get("color"), (String) v.get("icon"), tags, (String) v.get("version"),
                (String) v.get("modelType"), m.owner()));
    }

    private static OnboardingProject withRegistration(UnaryOperator<RegistrationSection> change) {
        OnboardingProject p = GuideProject.project();
        return p.withRegistration(change.apply(p.registration()));
    }

    private static RegistrationSection registration(RegistrationSection r, List<String> selectExpr,
                                                    Map<String, String> readOptions, String schedule) {
        return new RegistrationSection(r.target(), r.aporiaHost(), r.environment(), r.trainingSql(), r.testingSql(),
                selectExpr, readOptions, schedule, r.trainingColumns(), r.testingColumns());
    }

    @Test
    void the_guide_project_becomes_the_guide_registration() {
        RegistrationPlan plan = plan(GuideProject.project());

        assertThat(plan.model()).isEqualTo(new ModelSpec("insurance-upsell", "Insurance upsell", "Who buys insurance",
                "ml-team@example.com", ModelColor.GREEN, ModelIcon.CONVERSION_PREDICT,
                Map.of("stage", "prod", "team", "growth")));
        assertThat(plan.version().name()).isEqualTo("v1");
        assertThat(plan.version().modelType()).isEqualTo(ModelType.BINARY);
        assertThat(plan.version().features()).containsExactly(SchemaField.of("amount", AporiaFieldType.NUMERIC),
                SchemaField.of("owner", AporiaFieldType.STRING), SchemaField.of("is_new", AporiaFieldType.BOOLEAN),
                new SchemaField("embeddings", AporiaFieldType.TENSOR, List.of(768)));
        assertThat(plan.version().featurePositions()).containsExactly(Map.entry("amount", 0), Map.entry("owner", 1),
                Map.entry("is_new", 2), Map.entry("embeddings", 3));
        assertThat(plan.version().rawInputs()).containsExactly(SchemaField.of("raw_text", AporiaFieldType.TEXT));
        assertThat(plan.version().predictions()).extracting(SchemaField::name)
                .containsExactly("will_buy_insurance", "proba");
        assertThat(plan.source()).isEqualTo(new AthenaSource("us-east-1", "jdbc:awsathena://AwsRegion=us-east-1",
                "s3://athena-results/aporia/", List.of("CAST(amount AS DOUBLE) AS amount"),
                Map.of("fetchsize", "1000"), GuideProject.DEDICATED_KEY_ID));
        assertThat(plan.environment()).isEqualTo("production");
        assertThat(plan.syncSchedule()).isEqualTo("0 * * * *");
    }

    @Test
    void the_serving_dataset_maps_only_renamed_columns_and_links_the_actual_to_its_prediction() {
        DatasetSpec serving = plan(GuideProject.project()).dataset(DatasetKind.SERVING).orElseThrow();

        assertThat(serving.query()).isEqualTo(GuideProject.SERVING_SQL.strip().replaceAll(";$", ""))
                .doesNotContain("LIMIT").doesNotEndWith(";");
        assertThat(serving.idColumn()).isEqualTo("prediction_id");
        assertThat(serving.timestampColumn()).isEqualTo("prediction_timestamp");
        assertThat(serving.predictions()).containsExactly(Map.entry("proba", "probability"));
        assertThat(serving.features()).isEmpty();
        assertThat(serving.rawInputs()).isEmpty();
        assertThat(serving.labels()).containsExactly(Map.entry("will_buy_insurance", "did_buy_insurance"));
    }

    @Test
    void a_training_query_gets_its_own_dataset_with_its_own_column_names() {
        RegistrationPlan plan = plan(GuideProject.project());

        assertThat(plan.datasets()).extracting(DatasetSpec::kind)
                .containsExactly(DatasetKind.SERVING, DatasetKind.TRAINING);
        DatasetSpec training = plan.dataset(DatasetKind.TRAINING).orElseThrow();
        assertThat(training.query()).isEqualTo(GuideProject.TRAINING_SQL);
        assertThat(training.predictions()).isEmpty(); // its column is called proba, like the field
        assertThat(training.labels()).containsExactly(Map.entry("will_buy_insurance", "did_buy_insurance"));
    }

    @Test
    void blank_colour_icon_and_environment_take_aporias_defaults() {
        OnboardingProject p = withModel(v -> {
            v.put("color", "");
            v.put("icon", "");
            return v;
        });
        p = p.withRegistration(new RegistrationSection(null, "", "", "", "", null, null, ""));

        RegistrationPlan plan = plan(p);
        assertThat(plan.model().color()).isEqualTo(ModelColor.BLUE);
        assertThat(plan.model().icon()).isEqualTo(ModelIcon.GENERAL);
        assertThat(plan.environment()).isEqualTo("production");
        assertThat(plan.datasets()).hasSize(1);
    }

    @Test
    void model_fields_are_checked_one_by_one_and_named() {
        List<PlanProblem> found = problems(withModel(v -> {
            v.put("id", "insurance upsell/v2");
            v.put("name", " ");
            v.put("color", "orange");
            v.put("icon", "rocket");
            v.put("version", "v 2");
            v.put("modelType", "classifier");
            return v;
        }));

        assertThat(found).extracting(PlanProblem::field).containsExactly("model.id", "model.name", "model.color",
                "model.icon", "model.version", "model.modelType");
        assertThat(found.get(2).message()).contains("\"orange\"", "blue", "arctic_blue", "red");
        assertThat(found.get(3).message()).contains("fraud-detection", "general");
        assertThat(found.get(5).message()).contains("binary", "multi-label", "ranking");
    }

    @Test
    void tags_follow_aporias_rules() {
        Map<String, String> eleven = new HashMap<>();
        for (int i = 0; i < 11; i++) {
            eleven.put("k" + i, "v");
        }
        assertThat(problems(withModel(v -> {
            v.put("tags", eleven);
            return v;
        }))).extracting(PlanProblem::field, PlanProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("model.tags",
                        "11 tags: Aporia allows at most 10."));

        List<PlanProblem> found = problems(withModel(v -> {
            v.put("tags", Map.of("a-very-long-tag-key", "x", "team!", "growth", "note", "n".repeat(101),
                    "fine key_1", "ok"));
            return v;
        }));
        assertThat(found).extracting(PlanProblem::field)
                .containsExactly("model.tags[a-very-long-tag-key]", "model.tags[note]", "model.tags[team!]");
        assertThat(found.get(0).message()).contains("19 characters", "at most 15");
        assertThat(found.get(1).message()).contains("101 characters", "at most 100");
        assertThat(found.get(2).message()).contains("letters, digits, spaces, - and _");
    }

    @Test
    void mapping_problems_name_the_field_and_the_row() {
        MappingSection m = GuideProject.mapping();
        MappingSection broken = new MappingSection("", "prediction_timestamp", m.rawInputs(),
                List.of(new FieldMapping("amount", "amount", "numeric", null),
                        new FieldMapping("embeddings", "embeddings", "tensor", null),
                        new FieldMapping("owner", "owner", "embedding", null),
                        new FieldMapping("raw_text", "raw_text", "text", null),
                        new FieldMapping("is_new", "is_new", "boolean", List.of(3))),
                m.predictions(), m.actuals(), Map.of("did_buy_insurance", "churned"));

        List<PlanProblem> found = problems(GuideProject.project().withMapping(broken));

        assertThat(found).extracting(PlanProblem::field).containsExactly("mapping.idColumn",
                "mapping.features[1].dimensions", "mapping.features[2].aporiaType", "mapping.features[3].field",
                "mapping.features[4].dimensions", "mapping.actualLinks[did_buy_insurance]");
        assertThat(found.get(1).message()).contains("tensor embeddings", "[768]");
        assertThat(found.get(2).message()).contains("\"embedding\"", "tensor", "numeric");
        assertThat(found.get(3).message()).contains("already a raw input");
        assertThat(found.get(5).message()).contains("\"churned\"", "not one of the predictions");
    }

    @Test
    void a_model_needs_features_and_predictions() {
        List<PlanProblem> found = problems(GuideProject.project()
                .withMapping(new MappingSection("id", "ts", null, null, null, null, null)));
        assertThat(found).extracting(PlanProblem::field).containsExactly("mapping.features", "mapping.predictions");
    }

    @Test
    void the_query_must_be_one_read_only_statement() {
        OnboardingProject p = GuideProject.project();
        assertThat(problems(p.withQuery(new QuerySection(null, "db", "  ", 0))))
                .extracting(PlanProblem::field).containsExactly("query.sql");
        assertThat(problems(p.withQuery(new QuerySection(null, "db", "DROP TABLE model_predictions", 0))).get(0)
                .message()).contains("starts with DROP", "SELECT");
        assertThat(problems(p.withQuery(new QuerySection(null, "db", "SELECT 1; DELETE FROM t", 0))).get(0)
                .message()).contains("; at column 9", "exactly one");
        assertThat(problems(p.withQuery(new QuerySection(null, "db", "SELECT 'it''s\nfine' FROM (t", 0))).get(0)
                .message()).contains("( at line 2, column 12");
        assertThat(plan(p.withQuery(new QuerySection(null, "db",
                "-- recent predictions\nWITH x AS (SELECT ';' AS s) SELECT * FROM x;;", 0)))
                .dataset(DatasetKind.SERVING).orElseThrow().query())
                .isEqualTo("-- recent predictions\nWITH x AS (SELECT ';' AS s) SELECT * FROM x");
    }

    @Test
    void the_data_source_needs_a_result_location_and_a_region() {
        OnboardingProject p = GuideProject.project();
        List<PlanProblem> found = problems(p.withWorkgroup(new WorkgroupSection("primary", "", "", false, null))
                .withConnection(new dev.athenawizard.core.project.ConnectionSection(p.connection().mode(),
                        "virginia", p.connection().credentialSource(), "analytics", "", "",
                        p.connection().dataSource())));
        assertThat(found).extracting(PlanProblem::field).containsExactly("connection.region",
                "workgroup.outputLocation");
        assertThat(found.get(1).message()).contains("primary has no query result location");
        assertThat(problems(p.withWorkgroup(new WorkgroupSection("w", "https://bucket/x", "", false, null))).get(0)
                .message()).contains("s3://bucket/prefix/");
    }

    @Test
    void select_expr_read_options_and_schedule_are_checked_field_by_field() {
        List<PlanProblem> found = problems(withRegistration(r -> registration(r,
                List.of("amount * 100 AS cents", " ", "concat(owner, '-'", "'unclosed"),
                Map.of("fetchsize", "1000", "password", "x", "bad key", "1", "numPartitions", " "),
                "0 25 * * *")));

        assertThat(found).extracting(PlanProblem::field).containsExactly("registration.selectExpr[1]",
                "registration.selectExpr[2]", "registration.selectExpr[3]", "registration.readOptions[bad key]",
                "registration.readOptions[numPartitions]", "registration.readOptions[password]",
                "registration.syncSchedule");
        assertThat(found.get(1).message()).contains("Expression 3", "( at column 7");
        assertThat(found.get(2).message()).contains("quote ' at column 1");
        assertThat(found.get(5).message()).contains("replace the data source's own password");
        assertThat(found.get(6).message()).contains("hour field \"25\"", "0 to 23");
    }

    @Test
    void renamed_columns_of_a_training_query_must_name_known_fields() {
        List<PlanProblem> found = problems(withRegistration(r -> new RegistrationSection(r.target(),
                r.aporiaHost(), r.environment(), r.trainingSql(), "SELECT * FROM test_set", r.selectExpr(),
                r.readOptions(), r.syncSchedule(), new DatasetColumns("", "", Map.of("probability", "p")),
                new DatasetColumns("", "", Map.of("amount", " ")))));

        assertThat(found).extracting(PlanProblem::field).containsExactly(
                "registration.trainingColumns.fieldColumns[probability]",
                "registration.testingColumns.fieldColumns[amount]");
    }

    @Test
    void problems_can_be_picked_per_section_for_a_screen() {
        PlanResult result = RegistrationPlanner.plan(withModel(v -> {
            v.put("id", "");
            v.put("tags", Map.of("team!", "x"));
            return v;
        }));
        assertThat(result.problemsAt("model.tags")).extracting(PlanProblem::field).containsExactly("model.tags[team!]");
        assertThat(result.problemsAt("model")).hasSize(2);
        assertThat(result.problemsAt("mapping")).isEmpty();
    }

    @Test
    void tables_written_without_their_database_get_the_projects_database_in_what_is_sent() {
        OnboardingProject p = GuideProject.project().withQuery(new QuerySection(null, "aporia_demo",
                "WITH recent AS (SELECT * FROM model_predictions p WHERE p.amount > 0)\n"
                        + "SELECT r.*, t.x FROM recent r JOIN aporia_demo.training_set t ON r.prediction_id = t.id\n"
                        + "JOIN \"Owners\" o ON o.name = r.owner -- model_predictions stays in this comment", 0))
                .withRegistration(dev.athenawizard.core.project.RegistrationSection.DEFAULT
                        .withDatasets("SELECT * FROM training_set", null, "", null, ""));

        RegistrationPlan plan = plan(p);

        assertThat(plan.dataset(DatasetKind.SERVING).orElseThrow().query()).isEqualTo(
                "WITH recent AS (SELECT * FROM \"aporia_demo\".model_predictions p WHERE p.amount > 0)\n"
                        + "SELECT r.*, t.x FROM recent r JOIN aporia_demo.training_set t ON r.prediction_id = t.id\n"
                        + "JOIN \"aporia_demo\".\"Owners\" o ON o.name = r.owner -- model_predictions stays in this "
                        + "comment");
        assertThat(plan.dataset(DatasetKind.TRAINING).orElseThrow().query())
                .isEqualTo("SELECT * FROM \"aporia_demo\".training_set");
        assertThat(QueryTables.qualify("SELECT * FROM model_predictions", "AwsDataCatalog", "aporia_demo").renamed())
                .containsExactly("model_predictions → \"aporia_demo\".model_predictions");
    }

    @Test
    void another_catalog_is_named_too_and_without_a_database_nothing_is_added() {
        assertThat(QueryTables.qualify("SELECT * FROM t JOIN db2.u ON true", "my_federated", "sales").sql())
                .isEqualTo("SELECT * FROM \"my_federated\".\"sales\".t JOIN \"my_federated\".db2.u ON true");
        assertThat(QueryTables.qualify("SELECT * FROM t", "AwsDataCatalog", "").sql()).isEqualTo("SELECT * FROM t");
    }

    @Test
    void a_query_athena_would_refuse_is_named_with_its_line_and_column() {
        List<PlanProblem> found = problems(withRegistration(r -> r.withDatasets("SELECT amount\nFROM t WHERE",
                null, "", null, "")));

        assertThat(found).extracting(PlanProblem::field).containsExactly("registration.trainingSql");
        assertThat(found.get(0).message()).startsWith("The training query: Syntax error at line 2");
    }
}
