package dev.athenawizard.core.mapping.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.FieldSchema;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MappingTest {
    private static MappedColumn field(String column, Role role) {
        return MappedColumn.of(column, role, FieldSchema.of(AporiaFieldType.NUMERIC));
    }

    @Test
    void entriesStayGroupedByRoleInTheirOrder() {
        Mapping m = Mapping.EMPTY.put(field("b", Role.FEATURE)).put(field("p", Role.PREDICTION))
                .put(MappedColumn.of("id", Role.ID, null)).put(field("a", Role.FEATURE));

        assertThat(m.entries()).extracting(MappedColumn::column).containsExactly("id", "b", "a", "p");
        assertThat(m.inRole(Role.FEATURE)).extracting(MappedColumn::column).containsExactly("b", "a");
    }

    @Test
    void onlyOneIdColumn() {
        Mapping m = Mapping.EMPTY.put(MappedColumn.of("a", Role.ID, null)).put(MappedColumn.of("b", Role.ID, null));

        assertThat(m.idColumn().orElseThrow().column()).isEqualTo("b");
        assertThat(m.entry("a")).isEmpty();
    }

    @Test
    void replacingAnEntryKeepsItsPlaceInTheRole() {
        Mapping m = Mapping.EMPTY.put(field("a", Role.FEATURE)).put(field("b", Role.FEATURE))
                .put(field("c", Role.FEATURE));

        Mapping renamed = m.put(m.entry("b").orElseThrow().withField("bee"));

        assertThat(renamed.inRole(Role.FEATURE)).extracting(MappedColumn::field).containsExactly("a", "bee", "c");
    }

    @Test
    void putAtAPositionInTheRole() {
        Mapping m = Mapping.EMPTY.put(field("a", Role.FEATURE)).put(field("b", Role.FEATURE));

        assertThat(m.put(field("c", Role.FEATURE), 0).inRole(Role.FEATURE)).extracting(MappedColumn::column)
                .containsExactly("c", "a", "b");
        assertThat(m.put(field("a", Role.FEATURE), 5).inRole(Role.FEATURE)).extracting(MappedColumn::column)
                .containsExactly("b", "a");
    }

    @Test
    void severalColumnsDroppedAtOnePlaceKeepTheirOrder() {
        Mapping m = Mapping.EMPTY.put(field("a", Role.FEATURE)).put(field("b", Role.FEATURE));

        Mapping dropped = m.putAll(List.of(field("x", Role.FEATURE), field("y", Role.FEATURE)), 1);

        assertThat(dropped.inRole(Role.FEATURE)).extracting(MappedColumn::column).containsExactly("a", "x", "y", "b");
        assertThat(dropped.removeAll(List.of("x", "a")).inRole(Role.FEATURE)).extracting(MappedColumn::column)
                .containsExactly("y", "b");
    }

    @Test
    void actualsLinkOnlyToPredictionsAndLoseTheLinkWhenThePredictionLeaves() {
        Mapping m = Mapping.EMPTY.put(field("will", Role.PREDICTION))
                .put(new MappedColumn("did", Role.ACTUAL, "did", Optional.empty(), "will"));
        assertThat(m.entry("did").orElseThrow().linkedPrediction()).isEqualTo("will");
        assertThat(m.actualsOf("will")).extracting(MappedColumn::column).containsExactly("did");

        assertThat(m.put(field("will", Role.FEATURE)).entry("did").orElseThrow().linkedPrediction()).isEmpty();
        assertThat(m.remove("will").entry("did").orElseThrow().linkedPrediction()).isEmpty();
        assertThat(Mapping.EMPTY.put(new MappedColumn("did", Role.ACTUAL, "did", Optional.empty(), "nothing"))
                .entry("did").orElseThrow().linkedPrediction()).isEmpty();
    }

    @Test
    void ofRestoresLinksToPredictionsListedAfterTheirActuals() {
        Mapping m = Mapping.of(List.of(new MappedColumn("did", Role.ACTUAL, "did", Optional.empty(), "will"),
                field("will", Role.PREDICTION)), Optional.empty(), java.util.Set.of());

        assertThat(m.entry("did").orElseThrow().linkedPrediction()).isEqualTo("will");
    }

    @Test
    void rolesWithoutFieldsKeepNoNameOrType() {
        MappedColumn id = new MappedColumn("pid", Role.ID, "other", Optional.of(FieldSchema.of(AporiaFieldType.TEXT)),
                "x");

        assertThat(id.field()).isEqualTo("pid");
        assertThat(id.schema()).isEmpty();
        assertThat(id.linkedPrediction()).isEmpty();
    }

    @Test
    void reorderNeedsExactlyTheRolesColumns() {
        Mapping m = Mapping.EMPTY.put(field("a", Role.FEATURE)).put(field("b", Role.FEATURE));

        assertThat(m.reorder(Role.FEATURE, List.of("b", "a")).inRole(Role.FEATURE)).extracting(MappedColumn::column)
                .containsExactly("b", "a");
        assertThatThrownBy(() -> m.reorder(Role.FEATURE, List.of("a"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unassignedColumnsKeepTheResultOrder() {
        Mapping m = Mapping.EMPTY.put(field("b", Role.FEATURE)).put(MappedColumn.of("d", Role.IGNORED, null));

        assertThat(m.unassigned(List.of("a", "b", "c", "d"))).containsExactly("a", "c");
    }
}
