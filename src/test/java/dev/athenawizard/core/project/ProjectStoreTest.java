package dev.athenawizard.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athenawizard.core.project.ConnectionSection.ConnectionMode;
import dev.athenawizard.core.project.ConnectionSection.CredentialSource;
import dev.athenawizard.core.project.ConnectionSection.DataSourceCredentials;
import dev.athenawizard.core.project.MappingSection.FieldMapping;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {
    private final ProjectStore store = new ProjectStore();

    @TempDir
    Path dir;

    static OnboardingProject sample() {
        return OnboardingProject.empty()
                .withName("insurance-upsell")
                .withConnection(new ConnectionSection(ConnectionMode.AWS, "eu-west-1", CredentialSource.PROFILE,
                        "analytics", "", "https://vpce-123.athena.eu-west-1.vpce.amazonaws.com",
                        new DataSourceCredentials(false, "AKIAEXAMPLEAPORIA01")))
                .withWorkgroup(new WorkgroupSection("aporia", "s3://results/aporia/", "Athena engine version 3",
                        true, 10_000_000L))
                .withAccess(new AccessSection(List.of("aporia_demo"), List.of("data-bucket")))
                .withQuery(new QuerySection("AwsDataCatalog", "aporia_demo",
                        "SELECT *\nFROM \"aporia_demo\".\"model_predictions\"", 50))
                .withSchema(new SchemaSection(List.of(new SchemaSection.ResultColumn("amount", "double"))))
                .withMapping(new MappingSection("prediction_id", "prediction_timestamp",
                        List.of(new FieldMapping("raw_text", "raw_text", "text", null)),
                        List.of(new FieldMapping("embeddings", "embeddings", "tensor", List.of(768))),
                        List.of(new FieldMapping("proba", "proba", "numeric", null)),
                        List.of(new FieldMapping("did_buy_insurance", "did_buy_insurance", "boolean", null)),
                        Map.of("did_buy_insurance", "will_buy_insurance")))
                .withModel(new ModelSection("insurance", "Insurance upsell", "", "", "", Map.of("team", "growth"),
                        "v2", "binary"));
    }

    @Test
    void saved_project_opens_identical() throws Exception {
        Path file = dir.resolve("p" + ProjectStore.EXTENSION);
        store.save(sample(), file);

        assertThat(store.load(file)).isEqualTo(sample());
        String json = Files.readString(file);
        assertThat(json).contains("\"format\" : \"athena-wizard-project\"", "\"formatVersion\" : 1");
        assertThat(json.indexOf("\"format\"")).isLessThan(json.indexOf("\"name\""));
    }

    @Test
    void saving_replaces_the_file_in_one_step_and_leaves_no_temporary_files() throws Exception {
        Path file = dir.resolve("p" + ProjectStore.EXTENSION);
        store.save(OnboardingProject.empty(), file);
        store.save(sample(), file);

        assertThat(store.load(file)).isEqualTo(sample());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void missing_sections_get_defaults() throws Exception {
        OnboardingProject p = store.parse("{\"format\":\"athena-wizard-project\",\"formatVersion\":1,"
                + "\"name\":\"x\"}", null);
        assertThat(p.connection().mode()).isEqualTo(ConnectionMode.SANDBOX);
        assertThat(p.query().previewLimit()).isEqualTo(QuerySection.DEFAULT_PREVIEW_LIMIT);
    }

    @Test
    void truncated_file_says_it_is_cut_short_and_where() throws Exception {
        String full = store.toJson(sample());
        Path file = dir.resolve("cut" + ProjectStore.EXTENSION);
        Files.writeString(file, full.substring(0, full.length() / 2));

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> store.load(file));

        assertThat(e.getMessage()).contains("cut" + ProjectStore.EXTENSION, "cut short", "line");
        assertThat(e.line()).isGreaterThan(1);
    }

    @Test
    void non_json_file_names_the_line_and_column() throws Exception {
        Path file = dir.resolve("notes.json");
        Files.writeString(file, "{\n  \"format\": \"athena-wizard-project\",\n  oops\n}");

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> store.load(file));

        assertThat(e.getMessage()).contains("notes.json is not valid JSON", "line 3");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(3); // the "o" of oops
    }

    @Test
    void plain_text_and_binary_files_are_refused_clearly() throws Exception {
        Path text = dir.resolve("readme.txt");
        Files.writeString(text, "Project notes: remember the workgroup");
        assertThatThrownBy(() -> store.load(text)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("readme.txt is not valid JSON").hasMessageContaining("line 1");

        Path binary = dir.resolve("image.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe, 0});
        assertThatThrownBy(() -> store.load(binary)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("image.png is not a text file");
    }

    @Test
    void empty_file_is_reported_as_empty() throws Exception {
        Path file = dir.resolve("empty.json");
        Files.writeString(file, "  \n");
        assertThatThrownBy(() -> store.load(file)).hasMessage("empty.json is empty.");
    }

    @Test
    void foreign_json_is_not_mistaken_for_a_project() throws Exception {
        Path file = dir.resolve("package.json");
        Files.writeString(file, "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}");

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> store.load(file));

        assertThat(e.getMessage()).contains("package.json is not an Athena Onboarding Wizard project", "\"format\"");
        assertThat(e.field()).isEqualTo("format");
    }

    @Test
    void json_array_is_not_a_project() throws Exception {
        assertThatThrownBy(() -> store.parse("[1, 2]", Path.of("list.json")))
                .hasMessageContaining("list.json is not an Athena Onboarding Wizard project: it holds a JSON array");
    }

    @Test
    void newer_format_version_asks_for_an_update() throws Exception {
        Path file = dir.resolve("future" + ProjectStore.EXTENSION);
        Files.writeString(file, store.toJson(sample()).replace("\"formatVersion\" : 1", "\"formatVersion\" : 7"));

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> store.load(file));

        assertThat(e.getMessage()).contains("newer Athena Onboarding Wizard", "format 7", "reads format 1");
        assertThat(e.field()).isEqualTo("formatVersion");
    }

    @Test
    void wrong_type_names_the_field_line_and_expected_type() throws Exception {
        String json = store.toJson(sample()).replace("\"previewLimit\" : 50", "\"previewLimit\" : \"fifty\"");
        int line = lineOf(json, "previewLimit");

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class,
                () -> store.parse(json, Path.of("p.json")));

        assertThat(e.field()).isEqualTo("query.previewLimit");
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.getMessage()).contains("\"query.previewLimit\"", "line " + line, "a whole number");
    }

    @Test
    void object_where_a_list_belongs_names_the_nested_field() throws Exception {
        String json = store.toJson(sample()).replace("\"dimensions\" : [ 768 ]", "\"dimensions\" : {\"n\": 768}");

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class,
                () -> store.parse(json, Path.of("p.json")));

        assertThat(e.field()).isEqualTo("mapping.features[0].dimensions");
        assertThat(e.getMessage()).contains("a list");
    }

    @Test
    void unknown_enum_value_lists_the_allowed_ones() throws Exception {
        String json = store.toJson(sample()).replace("\"mode\" : \"AWS\"", "\"mode\" : \"CLOUD\"");

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class,
                () -> store.parse(json, Path.of("p.json")));

        assertThat(e.field()).isEqualTo("connection.mode");
        assertThat(e.getMessage()).contains("\"CLOUD\"", "SANDBOX, AWS");
    }

    @Test
    void misspelt_field_is_refused_rather_than_silently_dropped() throws Exception {
        String json = store.toJson(sample()).replace("\"region\"", "\"regoin\"");

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class,
                () -> store.parse(json, Path.of("p.json")));

        assertThat(e.field()).isEqualTo("connection.regoin");
        assertThat(e.getMessage()).contains("unknown field", "region");
    }

    @Test
    void an_unknown_field_is_named_at_its_own_line_and_column_not_where_the_file_ends() throws Exception {
        String json = store.toJson(sample()).replace("\"region\"", "\"regoin\"");
        int line = lineOf(json, "regoin");
        int column = json.split("\n", -1)[line - 1].indexOf("\"regoin\"") + 1;

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class,
                () -> store.parse(json, Path.of("p.json")));

        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.getMessage()).contains("(line " + line + ", column " + column + ")");
    }

    @Test
    void project_file_never_has_a_place_for_secrets() {
        String json = store.toJson(sample()).toLowerCase(java.util.Locale.ROOT);
        assertThat(json).doesNotContain("secret", "token", "password");
    }

    @Test
    void reads_utf8_names_and_sql() throws Exception {
        OnboardingProject p = sample().withName("Vorhersage – Kündigung ✓");
        Path file = dir.resolve("u" + ProjectStore.EXTENSION);
        store.save(p, file);
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).contains("Kündigung ✓");
        assertThat(store.load(file).name()).isEqualTo("Vorhersage – Kündigung ✓");
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
