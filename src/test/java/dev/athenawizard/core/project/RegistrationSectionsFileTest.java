package dev.athenawizard.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.project.RegistrationSection.DatasetColumns;
import dev.athenawizard.core.project.RegistrationSection.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model and registration sections grew fields: files saved before keep opening, new ones round-trip. */
class RegistrationSectionsFileTest {
    private final ProjectStore store = new ProjectStore();

    /** A project's model and registration sections exactly as the first release wrote them. */
    private static final String FIRST_RELEASE_FILE = """
            {
              "format" : "athena-wizard-project",
              "formatVersion" : 1,
              "name" : "insurance-upsell",
              "model" : {
                "id" : "insurance",
                "name" : "Insurance upsell",
                "description" : "",
                "color" : "green",
                "icon" : "",
                "tags" : { "team" : "growth" },
                "version" : "v2",
                "modelType" : "binary"
              },
              "registration" : {
                "target" : "APORIA_API",
                "aporiaHost" : "https://app.aporia.com",
                "environment" : "production",
                "trainingSql" : "SELECT * FROM training_set",
                "testingSql" : "",
                "selectExpr" : [ "amount * 2 AS amount" ],
                "readOptions" : { "fetchsize" : "1000" },
                "syncSchedule" : "0 * * * *"
              }
            }
            """;

    @Test
    void a_file_saved_before_owner_and_dataset_columns_existed_still_opens() throws Exception {
        OnboardingProject project = store.parse(FIRST_RELEASE_FILE, Path.of("old.athena-wizard.json"));

        assertThat(project.model()).isEqualTo(new ModelSection("insurance", "Insurance upsell", "", "green", "",
                Map.of("team", "growth"), "v2", "binary", ""));
        assertThat(project.model().owner()).isEmpty();
        RegistrationSection registration = project.registration();
        assertThat(registration.aporiaHost()).isEqualTo("https://app.aporia.com");
        assertThat(registration.trainingSql()).isEqualTo("SELECT * FROM training_set");
        assertThat(registration.selectExpr()).containsExactly("amount * 2 AS amount");
        assertThat(registration.syncSchedule()).isEqualTo("0 * * * *");
        assertThat(registration.trainingColumns()).isEqualTo(DatasetColumns.SAME_AS_SERVING);
        assertThat(registration.testingColumns()).isEqualTo(DatasetColumns.SAME_AS_SERVING);
    }

    @Test
    void owner_and_dataset_columns_are_saved_and_read_back() throws Exception {
        OnboardingProject project = OnboardingProject.empty()
                .withModel(new ModelSection("insurance", "Insurance upsell", "Upsell", "pink", "ltv",
                        Map.of("team", "growth"), "v3", "binary", "ml-team@example.com"))
                .withRegistration(new RegistrationSection(Target.EXPORT_ONLY, "https://aporia.example.com",
                        "staging", "SELECT * FROM training_set", "SELECT * FROM test_set", List.of(), Map.of(), "",
                        new DatasetColumns("row_id", "", Map.of("amount", "amount_usd")),
                        new DatasetColumns("", "created_at", Map.of())));

        String json = store.toJson(project);
        OnboardingProject read = store.parse(json, null);

        assertThat(read).isEqualTo(project);
        assertThat(json).contains("\"owner\" : \"ml-team@example.com\"", "\"amount\" : \"amount_usd\"");
    }

    @Test
    void the_short_constructors_fill_the_new_components_with_their_defaults() {
        assertThat(new ModelSection("m", "M", "", "", "", null, "v1", "binary").owner()).isEmpty();
        assertThat(new RegistrationSection(null, "", "", "", "", null, null, "").trainingColumns())
                .isEqualTo(DatasetColumns.SAME_AS_SERVING);
        assertThat(ModelSection.EMPTY.version()).isEqualTo("v1");
    }
}
