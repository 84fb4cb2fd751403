package dev.athenawizard.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.athenawizard.core.project.MappingSection.FieldMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Projects saved by the release before the Mapping step (schema columns with a name and a type only; a mapping
 * without ignored columns or rejected suggestions) keep opening, and their schema and mapping are written exactly as
 * before when what is new is not used (so such a file also stays readable by that release, as far as these two
 * sections go).
 */
class ProjectStoreOldFormatTest {
    static final String OLD_FILE = "written-before-mapping-step.athena-wizard.json";

    private final ProjectStore store = new ProjectStore();

    @TempDir
    Path dir;

    static Path oldFile() throws Exception {
        return Path.of(ProjectStoreOldFormatTest.class.getResource(OLD_FILE).toURI());
    }

    @Test
    void anOldProjectOpensWithTheNewComponentsEmpty() throws Exception {
        OnboardingProject p = store.load(oldFile());

        assertThat(p.schema().columns()).hasSize(10);
        SchemaSection.ResultColumn embeddings = p.schema().columns().get(6);
        assertThat(embeddings).isEqualTo(new SchemaSection.ResultColumn("embeddings", "array"));
        assertThat(embeddings.shape()).isEmpty();
        assertThat(embeddings.elementType()).isEmpty();
        assertThat(p.mapping().features()).extracting(FieldMapping::field)
                .containsExactly("amount", "owner", "is_new", "embeddings");
        assertThat(p.mapping().features().get(3).dimensions()).containsExactly(768);
        assertThat(p.mapping().actualLinks()).containsExactly(Map.entry("did_buy_insurance", "will_buy_insurance"));
        assertThat(p.mapping().ignoredColumns()).isEmpty();
        assertThat(p.mapping().rejectedSuggestions()).isEmpty();
    }

    @Test
    void savingAnOldProjectAgainWritesItsSchemaAndMappingAsTheyWere() throws Exception {
        Path copy = dir.resolve("again" + ProjectStore.EXTENSION);

        store.save(store.load(oldFile()), copy);

        ObjectMapper json = new ObjectMapper();
        JsonNode before = json.readTree(oldFile().toFile());
        JsonNode after = json.readTree(copy.toFile());
        assertThat(after.get("schema")).isEqualTo(before.get("schema"));
        assertThat(after.get("mapping")).isEqualTo(before.get("mapping"));
    }

    @Test
    void theNewComponentsRoundTrip() throws Exception {
        OnboardingProject p = store.load(oldFile());
        MappingSection m = p.mapping();
        OnboardingProject changed = p
                .withSchema(new SchemaSection(List.of(new SchemaSection.ResultColumn("embeddings", "array", "number",
                        List.of(768), "array<double>"))))
                .withMapping(new MappingSection(m.idColumn(), m.timestampColumn(), m.rawInputs(), m.features(),
                        m.predictions(), m.actuals(), m.actualLinks(), List.of("debug_blob"),
                        List.of("owner|FEATURE|string|")));
        Path file = dir.resolve("new" + ProjectStore.EXTENSION);

        store.save(changed, file);

        assertThat(store.load(file)).isEqualTo(changed);
        assertThat(Files.readString(file)).contains("\"ignoredColumns\" : [ \"debug_blob\" ]", "\"shape\" : [ 768 ]");
    }
}
