package dev.athenawizard.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.ColumnProfile;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColumnSearchTest {
    private static final PreviewProfile DEMO = PreviewProfile.of(DemoRows.table(5, 0, 2));
    private static final ColumnSearch SEARCH = ColumnSearch.of(DEMO.columns());

    private static List<String> names(String query, Mapping mapping) {
        return SEARCH.filter(query, mapping).stream().map(ColumnProfile::name).toList();
    }

    @Test
    void wordsMatchNamesAndTypesIgnoringCaseAndSeparators() {
        assertThat(names("INSURANCE", null)).containsExactly("will_buy_insurance", "did_buy_insurance");
        assertThat(names("buyinsurance did", null)).containsExactly("did_buy_insurance");
        assertThat(names("prediction time", null)).containsExactly("prediction_timestamp");
        assertThat(names("boolean", null)).containsExactly("is_new", "will_buy_insurance", "did_buy_insurance");
        assertThat(names("  ", null)).hasSize(10);
        assertThat(names("zebra", null)).isEmpty();
    }

    @Test
    void withTheMappingFieldNamesRolesAndTypesMatchToo() {
        Mapping m = Mapping.EMPTY.put(new MappedColumn("amount", Role.FEATURE, "amount_usd", Optional.empty(), ""))
                .put(MappedColumn.of("embeddings", Role.FEATURE, FieldSchema.tensor(List.of(768))));

        assertThat(names("usd", m)).containsExactly("amount");
        assertThat(names("features", m)).containsExactly("amount", "embeddings");
        assertThat(names("tensor", m)).containsExactly("embeddings");
        assertThat(names("unassigned", m)).hasSize(8).doesNotContain("amount");
    }

    @Test
    void matchingGivesPositionsInOrder() {
        assertThat(SEARCH.matching("pred")).containsExactly(0, 1);
    }
}
