package dev.athenawizard.core.mapping;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.core.mapping.drift.SchemaFingerprint;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.project.MappingSection;
import dev.athenawizard.core.project.MappingSection.FieldMapping;
import dev.athenawizard.core.project.OnboardingProject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Between the project document and the {@link Mapping} the step edits: the mapping section (fields per group with
 * names, types and tensor dimensions, feature order, actual → prediction links by field name, ignored columns,
 * rejected suggestions) and the schema fingerprint of the preview the mapping was made for. The model type lives in
 * the model section, shared with Register: {@link #read} takes it from there, and whoever saves writes
 * {@link #modelTypeName} back into that section (this class does not rebuild a section it does not own).
 */
public final class MappingSections {
    private MappingSections() {
    }

    /** The mapping a project holds (an empty one for a new project). */
    public static Mapping read(OnboardingProject project) {
        return fromSection(project.mapping(), project.model().modelType());
    }

    /** The project with this mapping and the fingerprint of the preview it was made on. */
    public static OnboardingProject write(OnboardingProject project, Mapping mapping, PreviewProfile preview) {
        return project.withMapping(toSection(mapping)).withSchema(SchemaFingerprint.of(preview));
    }

    /** The model type for the model section's {@code modelType}: its wire name, empty when none is chosen. */
    public static String modelTypeName(Mapping mapping) {
        return mapping.modelType().map(ModelType::wireName).orElse("");
    }

    public static MappingSection toSection(Mapping mapping) {
        Map<String, String> fieldOfColumn = new HashMap<>();
        mapping.entries().forEach(e -> fieldOfColumn.put(e.column(), e.field()));
        Map<String, String> links = new LinkedHashMap<>();
        for (MappedColumn a : mapping.inRole(Role.ACTUAL)) {
            if (!a.linkedPrediction().isEmpty()) {
                links.put(a.field(), fieldOfColumn.get(a.linkedPrediction()));
            }
        }
        return new MappingSection(
                mapping.idColumn().map(MappedColumn::column).orElse(""),
                mapping.timestampColumn().map(MappedColumn::column).orElse(""),
                fields(mapping, Role.RAW_INPUT), fields(mapping, Role.FEATURE), fields(mapping, Role.PREDICTION),
                fields(mapping, Role.ACTUAL), links,
                mapping.inRole(Role.IGNORED).stream().map(MappedColumn::column).toList(),
                List.copyOf(mapping.rejectedSuggestions()));
    }

    /**
     * The mapping a section describes. A field without a column reads the column of its own name (Aporia's
     * default); a type this release does not know is left unset, so the checks ask for one.
     */
    public static Mapping fromSection(MappingSection section, String modelType) {
        List<MappedColumn> entries = new ArrayList<>();
        if (!section.idColumn().isBlank()) {
            entries.add(MappedColumn.of(section.idColumn(), Role.ID, null));
        }
        if (!section.timestampColumn().isBlank()) {
            entries.add(MappedColumn.of(section.timestampColumn(), Role.TIMESTAMP, null));
        }
        Map<String, String> columnOfPrediction = new HashMap<>();
        section.predictions().forEach(f -> columnOfPrediction.put(f.field(), column(f)));
        addAll(entries, section.rawInputs(), Role.RAW_INPUT, Map.of(), Map.of());
        addAll(entries, section.features(), Role.FEATURE, Map.of(), Map.of());
        addAll(entries, section.predictions(), Role.PREDICTION, Map.of(), Map.of());
        addAll(entries, section.actuals(), Role.ACTUAL, section.actualLinks(), columnOfPrediction);
        section.ignoredColumns().forEach(c -> entries.add(MappedColumn.of(c, Role.IGNORED, null)));
        return Mapping.of(entries, ModelType.fromWireName(modelType), Set.copyOf(section.rejectedSuggestions()));
    }

    private static List<FieldMapping> fields(Mapping mapping, Role role) {
        return mapping.inRole(role).stream().map(e -> new FieldMapping(e.field(), e.column(),
                e.schema().map(s -> s.type().wireName()).orElse(""),
                e.schema().map(FieldSchema::dimensions).orElse(List.of()))).toList();
    }

    private static void addAll(List<MappedColumn> entries, List<FieldMapping> fields, Role role,
                               Map<String, String> links, Map<String, String> columnOfPrediction) {
        for (FieldMapping f : fields) {
            String link = Optional.ofNullable(links.get(f.field())).map(columnOfPrediction::get).orElse("");
            entries.add(new MappedColumn(column(f), role, f.field(), schema(f), link));
        }
    }

    private static String column(FieldMapping f) {
        return f.column() == null || f.column().isBlank() ? f.field() : f.column();
    }

    private static Optional<FieldSchema> schema(FieldMapping f) {
        Optional<AporiaFieldType> type = AporiaFieldType.fromWireName(f.aporiaType());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        boolean usableDims = type.get().hasDimensions() && f.dimensions().stream().allMatch(d -> d != null && d > 0);
        return Optional.of(new FieldSchema(type.get(), usableDims ? f.dimensions() : List.of()));
    }
}
