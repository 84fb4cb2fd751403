package dev.athenawizard.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.project.MappingSection;
import dev.athenawizard.core.project.MappingSection.FieldMapping;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.project.SchemaSection;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MappingSectionsTest {
    private static OnboardingProject oldProject() throws Exception {
        return new ProjectStore().load(Path.of(MappingSectionsTest.class
                .getResource("/dev/athenawizard/core/project/written-before-mapping-step.athena-wizard.json").toURI()));
    }

    @Test
    void aProjectOfAnEarlierReleaseBecomesTheMappingItDescribes() throws Exception {
        Mapping m = MappingSections.read(oldProject());

        assertThat(m.idColumn().orElseThrow().column()).isEqualTo("prediction_id");
        assertThat(m.timestampColumn().orElseThrow().column()).isEqualTo("prediction_timestamp");
        assertThat(m.inRole(Role.FEATURE)).extracting(MappedColumn::column)
                .containsExactly("amount", "owner", "is_new", "embeddings");
        assertThat(m.entry("embeddings").orElseThrow().schema()).contains(FieldSchema.tensor(List.of(768)));
        assertThat(m.entry("did_buy_insurance").orElseThrow().linkedPrediction()).isEqualTo("will_buy_insurance");
        assertThat(m.modelType()).contains(ModelType.BINARY);
        assertThat(MappingSections.toSection(m)).isEqualTo(oldProject().mapping());
    }

    @Test
    void renamedFieldsIgnoredColumnsAndRejectionsRoundTrip() {
        Mapping m = Mapping.of(List.of(
                        MappedColumn.of("pid", Role.ID, null),
                        new MappedColumn("will", Role.PREDICTION, "decision",
                                Optional.of(FieldSchema.of(AporiaFieldType.BOOLEAN)), ""),
                        new MappedColumn("did", Role.ACTUAL, "outcome",
                                Optional.of(FieldSchema.of(AporiaFieldType.BOOLEAN)), "will"),
                        MappedColumn.of("blob", Role.IGNORED, null),
                        new MappedColumn("x", Role.FEATURE, "x", Optional.empty(), "")),
                Optional.empty(), Set.of("owner|FEATURE|string|"));

        MappingSection section = MappingSections.toSection(m);

        assertThat(section.actualLinks()).containsExactly(Map.entry("outcome", "decision"));
        assertThat(section.ignoredColumns()).containsExactly("blob");
        assertThat(section.features()).containsExactly(new FieldMapping("x", "x", "", null));
        assertThat(MappingSections.fromSection(section, "")).isEqualTo(m);
    }

    @Test
    void whatThisReleaseCannotReadIsLeftForTheChecksToAskAbout() {
        MappingSection section = new MappingSection("", "", null,
                List.of(new FieldMapping("amount", "", "embedding", null),
                        new FieldMapping("emb", "emb", "tensor", List.of(0))), null, null, null);

        Mapping m = MappingSections.fromSection(section, "something-new");

        assertThat(m.entry("amount").orElseThrow().schema()).isEmpty(); // a field without a column reads its own
        assertThat(m.entry("emb").orElseThrow().schema()).contains(new FieldSchema(AporiaFieldType.TENSOR, List.of()));
        assertThat(m.modelType()).isEmpty();
    }

    @Test
    void writingPutsTheMappingAndTheFingerprintInTheProject() throws Exception {
        PreviewProfile preview = PreviewProfile.of(DemoRows.table(20, 0, 5));
        Mapping m = MappingSections.read(oldProject()).put(MappedColumn.of("owner", Role.IGNORED, null));

        OnboardingProject written = MappingSections.write(oldProject(), m, preview);

        assertThat(written.mapping().ignoredColumns()).containsExactly("owner");
        assertThat(written.schema().columns()).contains(
                new SchemaSection.ResultColumn("embeddings", "array", "number", List.of(768), ""));
        assertThat(written.model()).isEqualTo(oldProject().model());
        assertThat(MappingSections.read(written)).isEqualTo(m);
        assertThat(MappingSections.modelTypeName(m.withModelType(Optional.of(ModelType.MULTI_LABEL))))
                .isEqualTo("multi-label");
        assertThat(MappingSections.modelTypeName(m.withModelType(Optional.empty()))).isEmpty();
    }
}
