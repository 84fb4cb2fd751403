package dev.athenawizard.core.mapping.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.mapping.Previews;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.project.SchemaSection;
import dev.athenawizard.core.project.SchemaSection.ResultColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {
    private static final PreviewProfile LAST_MONTH = Previews.table().column("id", "varchar")
            .column("amount", "double").column("emb", "array", "array<double>").column("tags", "array")
            .column("gone", "bigint").row("a", "1.5", "[0.1, 0.2, 0.3]", "[x]", "1").profile();

    @Test
    void theFingerprintKeepsTypesElementKindsAndShapes() {
        SchemaSection fingerprint = SchemaFingerprint.of(LAST_MONTH);

        assertThat(fingerprint.columns()).containsExactly(
                new ResultColumn("id", "varchar"),
                new ResultColumn("amount", "double"),
                new ResultColumn("emb", "array", "number", List.of(3), "array<double>"),
                new ResultColumn("tags", "array", "text", List.of(1), ""),
                new ResultColumn("gone", "bigint"));
    }

    @Test
    void addedRemovedRetypedAndResizedColumnsAreListedAndNothingElse() {
        PreviewProfile now = Previews.table().column("amount", "varchar").column("id", "varchar")
                .column("emb", "array").column("tags", "array").column("new_feature", "boolean")
                .row("1.5", "a", "[0.1, 0.2, 0.3, 0.4]", "[1]", "true").profile();

        SchemaDiff diff = SchemaDiff.between(SchemaFingerprint.of(LAST_MONTH), now);

        assertThat(diff.changes()).extracting(ColumnChange::describe).containsExactly(
                "amount changed type: double → varchar",
                "emb changed from length 3 to length 4",
                "tags now holds numbers instead of text",
                "gone is gone (it was bigint)",
                "new_feature is new (boolean)");
    }

    @Test
    void arraysThatNowVaryInLengthAreAChange() {
        PreviewProfile now = Previews.table().column("emb", "array").rows("[1, 2, 3]", "[1, 2]").profile();
        SchemaSection saved = new SchemaSection(List.of(new ResultColumn("emb", "array", "number", List.of(3), "")));

        assertThat(SchemaDiff.between(saved, now).changes()).extracting(ColumnChange::describe)
                .containsExactly("emb changed from length 3 to lengths from 2 to 3");
    }

    @Test
    void whatAnOldFingerprintDoesNotKnowIsNoChange() {
        SchemaSection old = new SchemaSection(List.of(new ResultColumn("emb", "array")));
        PreviewProfile now = Previews.table().column("emb", "array").rows("[1, 2]").profile();

        assertThat(SchemaDiff.between(old, now).isEmpty()).isTrue();
    }

    @Test
    void arraysThatAreAllNullNowAreNotCalledResized() {
        SchemaSection saved = new SchemaSection(List.of(new ResultColumn("emb", "array", "number", List.of(3), "")));
        PreviewProfile now = Previews.table().column("emb", "array").rows(null, null).profile();

        assertThat(SchemaDiff.between(saved, now).isEmpty()).isTrue();
    }
}
