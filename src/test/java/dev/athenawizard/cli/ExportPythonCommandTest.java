package dev.athenawizard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.athenawizard.core.aporia.GuideProject;
import dev.athenawizard.core.project.ModelSection;
import dev.athenawizard.core.project.ProjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code athena-wizard export-python}: the script or the JSON, to stdout or a file, and refusals with exit 2. */
class ExportPythonCommandTest {
    @TempDir
    Path dir;

    private Path project() throws IOException {
        Path file = dir.resolve("model" + ProjectStore.EXTENSION);
        new ProjectStore().save(GuideProject.project(), file);
        return file;
    }

    @Test
    void prints_the_script_for_the_project() throws IOException {
        CliRun run = CliRun.of("export-python", "--project", project().toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("#!/usr/bin/env python3\n").contains("aporia>=2.9,<3",
                "aporia.init(", "host=\"https://app.aporia.com\"", "apr_model.connect_serving(",
                "apr_model.connect_training(", "user=os.environ[\"APORIA_AWS_ACCESS_KEY_ID\"]")
                .doesNotContain(GuideProject.DEDICATED_KEY_ID);
    }

    @Test
    void writes_the_script_or_the_json_to_a_file() throws IOException {
        Path script = dir.resolve("out/register.py");
        CliRun run = CliRun.of("export-python", "--project", project().toString(), "-o", script.toString(),
                "--aporia-host", "https://aporia.example.com", "--environment", "staging");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote " + script);
        assertThat(Files.readString(script)).contains("host=\"https://aporia.example.com\"",
                "environment=\"staging\"");

        Path json = dir.resolve("payloads.json");
        assertThat(CliRun.of("export-python", "--project", project().toString(), "--json", "-o", json.toString())
                .exit()).isZero();
        JsonNode payloads = new ObjectMapper().readTree(json.toFile());
        assertThat(payloads.path("api").asText()).isEqualTo("https://app.aporia.com/v1beta");
        assertThat(payloads.path("requests")).hasSize(4);
    }

    @Test
    void a_project_that_cannot_be_registered_exits_2_naming_the_fields() throws IOException {
        Path file = dir.resolve("broken" + ProjectStore.EXTENSION);
        new ProjectStore().save(GuideProject.project().withModel(new ModelSection("insurance", "Insurance", "",
                "mauve", "", Map.of(), "v1", "", "")), file);

        CliRun run = CliRun.of("export-python", "--project", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("model.color: \"mauve\"", "model.modelType: Choose the model type");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_missing_project_exits_2() {
        CliRun run = CliRun.of("export-python", "--project", dir.resolve("none.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("none.json does not exist");
    }
}
