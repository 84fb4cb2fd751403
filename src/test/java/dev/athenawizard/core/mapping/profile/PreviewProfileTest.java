package dev.athenawizard.core.mapping.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.athenawizard.core.mapping.DemoRows;
import dev.athenawizard.core.mapping.Previews;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewProfileTest {
    @Test
    void nullShareDistinctCountSamplesAndUniqueness() {
        ColumnProfile p = Previews.table().column("owner", "varchar")
                .rows("bob", null, "alice", "bob", null, "carol", "dave", "erin", "frank", "gina").profile()
                .column("owner").orElseThrow();

        assertThat(p.rows()).isEqualTo(10);
        assertThat(p.nulls()).isEqualTo(2);
        assertThat(p.nullShare()).isEqualTo(0.2);
        assertThat(p.distinct()).isEqualTo(7);
        assertThat(p.samples()).containsExactly("bob", "alice", "carol", "dave", "erin");
        assertThat(p.unique()).isFalse();
        assertThat(p.topValues().get(0)).isEqualTo(new ValueCount("bob", 2));
    }

    @Test
    void numbersGetAHistogramAndRange() {
        ColumnProfile p = Previews.table().column("amount", "double")
                .rows("1.0", "2.0", "3.0", "4.0", "10.0", null, "NaN").profile().column("amount").orElseThrow();

        NumericSummary n = p.numbers().orElseThrow();
        assertThat(n.min()).isEqualTo(1.0);
        assertThat(n.max()).isEqualTo(10.0);
        assertThat(n.mean()).isEqualTo(4.0);
        assertThat(n.nonFinite()).isEqualTo(1);
        assertThat(n.integral()).isTrue();
        Histogram h = n.histogram();
        // six bins (one per distinct value) from 1 to 10, 1.5 wide; NaN is not binned; 10.0 is in the last bin
        assertThat(h.counts()).containsExactly(2, 1, 1, 0, 0, 1);
        assertThat(h.binWidth()).isCloseTo(1.5, within(1e-9));
        assertThat(h.highest()).isEqualTo(2);
    }

    @Test
    void constantNumbersMakeOneBin() {
        ColumnProfile p = Previews.table().column("x", "bigint").rows("7", "7", "7").profile().column("x")
                .orElseThrow();

        assertThat(p.numbers().orElseThrow().histogram().counts()).containsExactly(3);
        assertThat(p.constant()).isTrue();
    }

    @Test
    void textLengthsWordsAndFreeText() {
        ColumnProfile p = Previews.table().column("note", "varchar")
                .rows("Asked about coverage for a new car.", "Just browsing prices.", "").profile()
                .column("note").orElseThrow();

        TextSummary t = p.text().orElseThrow();
        assertThat(t.length().min()).isZero();
        assertThat(t.length().max()).isEqualTo(35);
        assertThat(t.meanWords()).isEqualTo(10 / 3.0);
        assertThat(t.freeText()).isFalse();

        ColumnProfile sentences = Previews.table().column("note", "varchar")
                .rows("Asked about coverage for a new car.", "Wants to add a teenager to the policy.").profile()
                .column("note").orElseThrow();
        assertThat(sentences.text().orElseThrow().freeText()).isTrue();
    }

    @Test
    void arraysOfConstantLengthWithElementKindFromValues() {
        ColumnProfile p = Previews.table().column("embeddings", "array")
                .rows("[0.1, 0.2, 0.3]", "[0.4, -0.5, 1.0E-7]", null).profile().column("embeddings").orElseThrow();

        ArraySummary a = p.arrays().orElseThrow();
        assertThat(a.leafKind()).isEqualTo(ValueKind.NUMBER);
        assertThat(a.length().constant()).isTrue();
        assertThat(a.length().min()).isEqualTo(3);
        assertThat(a.shape()).containsExactly(3);
        assertThat(a.regular()).isTrue();
        assertThat(p.topValues()).isEmpty();
    }

    @Test
    void arraysOfVaryingLengthHaveNoShape() {
        ArraySummary a = Previews.table().column("v", "array").rows("[1, 2]", "[1, 2, 3]", "[]").profile()
                .column("v").orElseThrow().arrays().orElseThrow();

        assertThat(a.regular()).isFalse();
        assertThat(a.length().min()).isZero();
        assertThat(a.length().max()).isEqualTo(3);
        assertThat(a.length().mean()).isEqualTo(5 / 3.0);
    }

    @Test
    void theGlueTypeTellsWhatNullArraysHold() {
        ColumnProfile p = Previews.table().column("embeddings", "array", "array<double>").rows(null, null).profile()
                .column("embeddings").orElseThrow();

        assertThat(p.arrays().orElseThrow().leafKind()).isEqualTo(ValueKind.NUMBER);
        assertThat(p.typeLabel()).isEqualTo("array · array<double>");
    }

    @Test
    void mapsGetTheirKeysAndValueKind() {
        KeyedSummary k = Previews.table().column("proba", "map").rows("{cat=0.7, dog=0.3}", "{cat=0.1, fox=0.9}")
                .profile().column("proba").orElseThrow().keyed().orElseThrow();

        assertThat(k.keys()).containsExactly("cat", "dog", "fox");
        assertThat(k.valueKind()).isEqualTo(ValueKind.NUMBER);
        assertThat(k.entries().constant()).isTrue();
    }

    @Test
    void varcharValuesAreReadForNumbersBooleansAndTimestamps() {
        PreviewProfile preview = Previews.table().column("a", "varchar").column("b", "varchar")
                .column("c", "varchar").column("d", "varchar")
                .row("12.5", "true", "2024-01-01 10:00:00.000", "x")
                .row("-3", "FALSE", "2024-01-02T09:00:00Z", "2024-01-01")
                .profile();

        assertThat(preview.column("a").orElseThrow().valueKind()).isEqualTo(ValueKind.NUMBER);
        assertThat(preview.column("a").orElseThrow().numbers()).isPresent();
        assertThat(preview.column("b").orElseThrow().valueKind()).isEqualTo(ValueKind.BOOLEAN);
        ColumnProfile c = preview.column("c").orElseThrow();
        assertThat(c.valueKind()).isEqualTo(ValueKind.DATETIME);
        assertThat(c.times().orElseThrow().earliest()).isEqualTo("2024-01-01 10:00:00.000");
        ColumnProfile d = preview.column("d").orElseThrow();
        assertThat(d.valueKind()).isEqualTo(ValueKind.TEXT);
        assertThat(d.parsability()).isEqualTo(new Parsability(2, 0, 0, 0, 1, 0));
    }

    @Test
    void timestampColumnsGetTheirRange() {
        TimeSummary t = Previews.table().column("ts", "timestamp")
                .rows("2024-01-02 00:00:00.000", "2024-01-01 10:00:00.000", "2024-03-01 00:00:00.000").profile()
                .column("ts").orElseThrow().times().orElseThrow();

        assertThat(t.earliest()).isEqualTo("2024-01-01 10:00:00.000");
        assertThat(t.latest()).isEqualTo("2024-03-01 00:00:00.000");
        assertThat(t.datesOnly()).isFalse();
    }

    @Test
    void repeatedColumnNamesAreReportedAndTheFirstIsUsed() {
        PreviewProfile preview = Previews.table().column("a", "bigint").column("a", "varchar").row("1", "x").profile();

        assertThat(preview.duplicateNames()).containsExactly("a");
        assertThat(preview.column("a").orElseThrow().athenaType()).isEqualTo("bigint");
        assertThat(preview.values("a")).containsExactly("1");
    }

    @Test
    void theDemoTable() {
        PreviewProfile preview = PreviewProfile.of(DemoRows.table(100, 10, 1));

        assertThat(preview.columns()).hasSize(10);
        assertThat(preview.column("prediction_id").orElseThrow().unique()).isTrue();
        assertThat(preview.column("embeddings").orElseThrow().arrays().orElseThrow().shape()).containsExactly(768);
        assertThat(preview.column("did_buy_insurance").orElseThrow().nulls()).isEqualTo(10);
        assertThat(preview.rowsWhere("did_buy_insurance", v -> v == null, 3)).extracting(RowValue::row)
                .isEqualTo(List.of(91, 92, 93));
    }
}
