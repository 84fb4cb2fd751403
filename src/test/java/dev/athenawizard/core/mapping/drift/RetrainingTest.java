package dev.athenawizard.core.mapping.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.mapping.Previews;
import dev.athenawizard.core.mapping.check.MappingChecks;
import dev.athenawizard.core.mapping.check.Topic;
import dev.athenawizard.core.mapping.edit.AcceptSuggestions;
import dev.athenawizard.core.mapping.edit.MappingHistory;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.suggest.Suggestion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetrainingTest {
    private static final PreviewProfile LAST_MONTH = Previews.table().column("id", "varchar")
            .column("ts", "timestamp").column("amount", "double").column("emb", "array").column("old", "bigint")
            .column("will_churn", "boolean")
            .row("a", "2024-01-01 00:00:00.000", "1.5", "[0.1, 0.2]", "3", "true").profile();

    private static Mapping lastMonthsMapping() {
        return Mapping.EMPTY.put(MappedColumn.of("id", Role.ID, null)).put(MappedColumn.of("ts", Role.TIMESTAMP, null))
                .put(new MappedColumn("amount", Role.FEATURE, "amount_usd",
                        Optional.of(FieldSchema.of(AporiaFieldType.NUMERIC)), ""))
                .put(MappedColumn.of("emb", Role.FEATURE, FieldSchema.tensor(List.of(2))))
                .put(MappedColumn.of("old", Role.FEATURE, FieldSchema.of(AporiaFieldType.NUMERIC)))
                .put(MappedColumn.of("will_churn", Role.PREDICTION, FieldSchema.of(AporiaFieldType.BOOLEAN)));
    }

    @Test
    void keepsWhatStillFitsAndAsksOnlyAboutWhatChanged() {
        PreviewProfile now = Previews.table().column("id", "varchar").column("ts", "timestamp")
                .column("amount", "double").column("emb", "array").column("will_churn", "boolean")
                .column("did_churn", "boolean")
                .row("b", "2024-02-01 00:00:00.000", "2.5", "[0.1, 0.2, 0.3]", "false", "true").profile();

        CarryOver carried = Retraining.carryOver(lastMonthsMapping(), SchemaFingerprint.of(LAST_MONTH), now);

        assertThat(carried.mapping().entry("amount").orElseThrow().field()).isEqualTo("amount_usd");
        assertThat(carried.mapping().entry("old")).isEmpty();
        assertThat(carried.dropped()).containsExactly("old (Features) is no longer in the query's result, so it left "
                + "the mapping");
        // the tensor keeps its old dimensions until the user answers, so the checks point at it meanwhile
        assertThat(carried.mapping().entry("emb").orElseThrow().schema()).contains(FieldSchema.tensor(List.of(2)));
        assertThat(MappingChecks.run(carried.mapping(), now).about(Topic.TENSOR_LENGTH)).isNotEmpty();

        assertThat(carried.questions()).extracting(Suggestion::summary).containsExactly(
                "emb → Features, tensor [3]",
                "did_churn → Actuals, boolean, grades will_churn");
        assertThat(carried.questions().get(0).reason()).startsWith("emb changed from length 2 to length 3; was "
                + "tensor [2], which no longer fits");
        assertThat(carried.questions().get(1).reason()).startsWith("new column: named did_…");
        assertThat(carried.diff().changes()).hasSize(3);
        assertThat(carried.unchanged()).isFalse();

        MappingHistory history = new MappingHistory(carried.mapping(), now);
        history.apply(new AcceptSuggestions(carried.questions()));
        assertThat(MappingChecks.run(history.current(), now).blocking()).isFalse();
    }

    @Test
    void theSameColumnsAgainNeedNoQuestions() {
        PreviewProfile now = Previews.table().column("id", "varchar").column("ts", "timestamp")
                .column("amount", "double").column("emb", "array").column("old", "bigint")
                .column("will_churn", "boolean")
                .row("c", "2024-03-01 00:00:00.000", "9.5", "[0.5, 0.6]", "4", "false").profile();

        CarryOver carried = Retraining.carryOver(lastMonthsMapping(), SchemaFingerprint.of(LAST_MONTH), now);

        assertThat(carried.unchanged()).isTrue();
        assertThat(carried.mapping()).isEqualTo(lastMonthsMapping());
    }

    @Test
    void aRetypedColumnWhoseTypeStillFitsIsKeptAndOnlyListed() {
        PreviewProfile now = Previews.table().column("id", "varchar").column("ts", "timestamp")
                .column("amount", "decimal").column("emb", "array").column("old", "bigint")
                .column("will_churn", "boolean")
                .row("c", "2024-03-01 00:00:00.000", "9.50", "[0.5, 0.6]", "4", "false").profile();

        CarryOver carried = Retraining.carryOver(lastMonthsMapping(), SchemaFingerprint.of(LAST_MONTH), now);

        assertThat(carried.diff().changes()).extracting(ColumnChange::describe)
                .containsExactly("amount changed type: double → decimal");
        assertThat(carried.questions()).isEmpty();
        assertThat(carried.mapping()).isEqualTo(lastMonthsMapping());
    }
}
