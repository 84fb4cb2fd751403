package dev.athenawizard.core.mapping.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.core.mapping.Previews;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.profile.RowValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MappingChecksTest {
    private static final FieldSchema NUMERIC = FieldSchema.of(AporiaFieldType.NUMERIC);
    private static final FieldSchema BOOLEAN = FieldSchema.of(AporiaFieldType.BOOLEAN);
    private static final FieldSchema STRING = FieldSchema.of(AporiaFieldType.STRING);

    /** id, ts, x (feature), p (prediction), a (actual of p). */
    private static Previews table() {
        return Previews.table().column("id", "varchar").column("ts", "timestamp").column("x", "double")
                .column("p", "boolean").column("a", "boolean");
    }

    private static Mapping basic() {
        return Mapping.EMPTY.put(MappedColumn.of("id", Role.ID, null)).put(MappedColumn.of("ts", Role.TIMESTAMP, null))
                .put(MappedColumn.of("x", Role.FEATURE, NUMERIC)).put(MappedColumn.of("p", Role.PREDICTION, BOOLEAN))
                .put(new MappedColumn("a", Role.ACTUAL, "a", Optional.of(BOOLEAN), "p"))
                .withModelType(Optional.of(ModelType.BINARY));
    }

    private static Check only(CheckReport report, Topic topic, Severity severity) {
        List<Check> found = report.about(topic).stream().filter(c -> c.severity() == severity).toList();
        assertThat(found).as(topic + " " + severity + " in " + report.checks()).hasSize(1);
        return found.get(0);
    }

    @Test
    void aGoodMappingPassesAndSaysWhatWasChecked() {
        PreviewProfile preview = table().row("a1", "2024-01-01 10:00:00.000", "1.5", "true", "true")
                .row("a2", "2024-01-02 10:00:00.000", "2.5", "false", null).profile();

        CheckReport report = MappingChecks.run(basic(), preview);

        assertThat(report.blocking()).isFalse();
        assertThat(report.summary()).isEqualTo("All checks passed on 2 preview rows");
        assertThat(only(report, Topic.ID, Severity.OK).message())
                .isEqualTo("id is unique and never NULL in 2 preview rows.");
        assertThat(only(report, Topic.TIMESTAMP, Severity.OK).message()).isEqualTo("ts is never NULL in 2 preview "
                + "rows, from 2024-01-01 10:00:00.000 to 2024-01-02 10:00:00.000.");
        assertThat(only(report, Topic.LABEL_SETS, Severity.OK).message())
                .isEqualTo("a and p use the same labels ('true').");
        assertThat(only(report, Topic.ACTUAL_COVERAGE, Severity.INFO).message()).isEqualTo(
                "1 of 2 preview predictions (50%) already have an actual in a; the rest are NULL, not known yet.");
        assertThat(only(report, Topic.MODEL_TYPE, Severity.OK).message())
                .isEqualTo("binary: p is a true/false decision.");
    }

    @Test
    void duplicateAndNullIdsNameTheRows() {
        PreviewProfile preview = table().row("a1", "2024-01-01 10:00:00.000", "1", "true", "true")
                .row("a2", "2024-01-01 10:00:00.000", "1", "true", "true")
                .row("a1", "2024-01-01 10:00:00.000", "1", "true", "true")
                .row(null, "2024-01-01 10:00:00.000", "1", "true", "true").profile();

        CheckReport report = MappingChecks.run(basic(), preview);

        assertThat(report.blocking()).isTrue();
        List<Check> ids = report.about(Topic.ID);
        assertThat(ids).extracting(Check::message).containsExactly(
                "id is NULL in 1 of 4 preview rows (row 4); every prediction needs an id.",
                "id is not unique: 1 value repeats ('a1' in rows 1 and 3). Aporia matches actuals to predictions by "
                        + "id.");
        assertThat(ids.get(1).examples()).extracting(RowValue::row).containsExactly(1, 3);
        assertThat(ids.get(0).column()).isEqualTo("id");
    }

    @Test
    void nullTimestampsNameTheRows() {
        PreviewProfile preview = table().row("a1", null, "1", "true", "true")
                .row("a2", "2024-01-01 10:00:00.000", "1", "true", "true").profile();

        Check check = only(MappingChecks.run(basic(), preview), Topic.TIMESTAMP, Severity.ERROR);

        assertThat(check.message()).isEqualTo("ts is NULL in 1 of 2 preview rows (row 1); Aporia needs the time of "
                + "every prediction.");
        assertThat(check.examples()).containsExactly(new RowValue(1, null));
    }

    @Test
    void aTextTimestampColumnWithOtherValuesNamesThem() {
        PreviewProfile preview = Previews.table().column("when", "varchar").rows("2024-01-01", "yesterday").profile();
        Mapping m = Mapping.EMPTY.put(MappedColumn.of("when", Role.TIMESTAMP, null));

        assertThat(only(MappingChecks.run(m, preview), Topic.TIMESTAMP, Severity.ERROR).message())
                .isEqualTo("when holds values that are not points in time: 'yesterday' in row 2.");
    }

    @Test
    void missingIdTimestampFeaturesAndPredictionsAreErrors() {
        CheckReport report = MappingChecks.run(Mapping.EMPTY, table().row("a", null, null, null, null).profile());

        assertThat(report.withSeverity(Severity.ERROR)).extracting(Check::message).containsExactly(
                "Choose an ID column: Aporia needs a unique id for every prediction (id_column).",
                "Choose a timestamp column: Aporia needs to know when each prediction was made (timestamp_column).",
                "Map at least one feature: Aporia needs the model's inputs.",
                "Map at least one prediction: Aporia needs the model's outputs.");
        assertThat(only(report, Topic.UNASSIGNED, Severity.INFO).message())
                .isEqualTo("5 columns not mapped, so not sent to Aporia: id, ts, x, p and a.");
        assertThat(only(report, Topic.MODEL_TYPE, Severity.INFO).message()).startsWith("No model type chosen yet");
    }

    @Test
    void aTensorRowOfAnotherLengthIsNamed() {
        PreviewProfile preview = Previews.table().column("emb", "array")
                .rows("[1, 2, 3]", "[1, 2, 3]", "[1, 2]", null, "[1, 2, 3, 4]").profile();
        Mapping m = Mapping.EMPTY.put(MappedColumn.of("emb", Role.FEATURE, FieldSchema.tensor(List.of(3))));

        CheckReport report = MappingChecks.run(m, preview);

        Check check = only(report, Topic.TENSOR_LENGTH, Severity.ERROR);
        assertThat(check.message()).isEqualTo("emb is declared as a tensor of length 3, but 2 rows of 5 differ "
                + "(row 3 has length 2, row 5 has length 4).");
        assertThat(check.examples()).extracting(RowValue::row).containsExactly(3, 5);
        assertThat(check.affectedRows()).isEqualTo(2);
        assertThat(only(report, Topic.TENSOR_LENGTH, Severity.WARNING).message())
                .isEqualTo("emb is NULL in row 4: those predictions have no emb.");
    }

    @Test
    void aBooleanPredictionAndAnActualOfOtherLabelsIsAnError() {
        PreviewProfile preview = table().column("said", "varchar")
                .row("a1", "2024-01-01 10:00:00.000", "1", "true", "true", "yes")
                .row("a2", "2024-01-01 10:00:00.000", "1", "false", "false", "no").profile();
        Mapping m = basic().put(new MappedColumn("said", Role.ACTUAL, "said", Optional.of(STRING), "p"));

        Check check = only(MappingChecks.run(m, preview), Topic.LABEL_SETS, Severity.ERROR);

        assertThat(check.column()).isEqualTo("said");
        assertThat(check.message()).isEqualTo("said and p use different labels: p predicts 'true' and 'false', said "
                + "holds 'yes' and 'no' (first in row 1). Make them agree in the query, e.g. with CASE or CAST.");
        assertThat(check.examples()).extracting(RowValue::row).containsExactly(1, 2);
    }

    @Test
    void aTrueFalsePredictionSpeaksOfBothLabelsEvenIfThePreviewShowsOne() {
        PreviewProfile preview = table().row("a1", "2024-01-01 10:00:00.000", "1", "false", "true")
                .row("a2", "2024-01-01 10:00:00.000", "1", "false", "false").profile();

        assertThat(MappingChecks.run(basic(), preview).about(Topic.LABEL_SETS)).extracting(Check::severity)
                .containsExactly(Severity.OK);
    }

    @Test
    void zeroOneActualsMatchTrueFalsePredictions() {
        PreviewProfile preview = table().column("label", "integer")
                .row("a1", "2024-01-01 10:00:00.000", "1", "true", "true", "1")
                .row("a2", "2024-01-01 10:00:00.000", "1", "false", "false", "0").profile();
        Mapping m = basic().put(new MappedColumn("label", Role.ACTUAL, "label", Optional.of(BOOLEAN), "p"));

        assertThat(MappingChecks.run(m, preview).forColumn("label")).extracting(Check::severity)
                .doesNotContain(Severity.ERROR, Severity.WARNING);
    }

    @Test
    void categoricalLabelsNeverPredictedAreAWarningAndNoCommonLabelAnError() {
        Previews t = Previews.table().column("pred", "varchar").column("truth", "varchar").column("other", "varchar");
        PreviewProfile preview = t.row("cat", "cat", "A").row("dog", "fox", "B").profile();
        Mapping m = Mapping.EMPTY.put(MappedColumn.of("pred", Role.PREDICTION, STRING))
                .put(new MappedColumn("truth", Role.ACTUAL, "truth", Optional.of(STRING), "pred"))
                .put(new MappedColumn("other", Role.ACTUAL, "other", Optional.of(STRING), "pred"));

        CheckReport report = MappingChecks.run(m, preview);

        assertThat(report.forColumn("truth")).filteredOn(c -> c.topic() == Topic.LABEL_SETS)
                .extracting(Check::severity).containsExactly(Severity.WARNING);
        assertThat(report.forColumn("other")).filteredOn(c -> c.topic() == Topic.LABEL_SETS)
                .extracting(Check::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void fieldNamesAporiaWouldRefuseAndDuplicatesAreErrors() {
        PreviewProfile preview = Previews.table().column("Order Total", "double").column("amount", "double")
                .column("AMOUNT2", "double").row("1", "2", "3").profile();
        Mapping m = Mapping.EMPTY.put(MappedColumn.of("Order Total", Role.FEATURE, NUMERIC))
                .put(MappedColumn.of("amount", Role.FEATURE, NUMERIC))
                .put(new MappedColumn("AMOUNT2", Role.PREDICTION, "Amount", Optional.of(NUMERIC), ""));

        List<Check> names = MappingChecks.run(m, preview).about(Topic.FIELD_NAME);

        assertThat(names).extracting(Check::message).containsExactly(
                "The field of Order Total needs another name: 'Order Total' has a space; use only letters, digits and "
                        + "underscores (suggested: order_total).",
                "Two fields are named 'amount' (amount in Features and AMOUNT2 in Predictions); rename one.");
    }

    @Test
    void aTypeThatNoLongerFitsItsValuesIsAnError() {
        PreviewProfile preview = Previews.table().column("x", "varchar").rows("1", "two").profile();
        Mapping m = Mapping.EMPTY.put(MappedColumn.of("x", Role.FEATURE, NUMERIC));

        assertThat(only(MappingChecks.run(m, preview), Topic.TYPE, Severity.ERROR).message())
                .isEqualTo("x cannot be numeric: 'two' in row 2 is not a number.");
    }

    @Test
    void aFieldWithoutTypeAsksForOne() {
        PreviewProfile preview = Previews.table().column("tags", "array").rows("[a, b]").profile();
        Mapping m = Mapping.EMPTY.put(new MappedColumn("tags", Role.FEATURE, "tags", Optional.empty(), ""));

        assertThat(only(MappingChecks.run(m, preview), Topic.TYPE, Severity.ERROR).message())
                .startsWith("tags has no Aporia type yet (an array of text has no Aporia type");
    }

    @Test
    void anUnlinkedActualIsAnError() {
        PreviewProfile preview = table().row("a1", "2024-01-01 10:00:00.000", "1", "true", "true").profile();

        Check check = only(MappingChecks.run(basic().link("a", ""), preview), Topic.ACTUAL_LINK, Severity.ERROR);

        assertThat(check.message()).isEqualTo("a grades no prediction: link it to the prediction it is the ground "
                + "truth of.");
    }

    @Test
    void modelTypesAreCheckedAgainstThePredictions() {
        PreviewProfile preview = Previews.table().column("proba", "double").column("label", "varchar")
                .row("0.2", "cat").row("1.7", "dog").profile();
        Mapping m = Mapping.EMPTY.put(MappedColumn.of("proba", Role.PREDICTION, NUMERIC));

        Check binary = only(MappingChecks.run(m.withModelType(Optional.of(ModelType.BINARY)), preview),
                Topic.MODEL_TYPE, Severity.ERROR);
        assertThat(binary.message()).isEqualTo("A binary model needs a true/false (or 0/1) prediction, and none of "
                + "the predictions is one. For a probability such as proba, add the decision to the query, e.g. "
                + "proba >= 0.5 AS decision, and map it as a boolean prediction.");

        Check multiclass = only(MappingChecks.run(m.withModelType(Optional.of(ModelType.MULTICLASS)), preview),
                Topic.MODEL_TYPE, Severity.ERROR);
        assertThat(multiclass.message()).startsWith("A multiclass model needs a label prediction");

        Mapping labelled = m.put(MappedColumn.of("label", Role.PREDICTION, STRING));
        assertThat(only(MappingChecks.run(labelled.withModelType(Optional.of(ModelType.MULTICLASS)), preview),
                Topic.MODEL_TYPE, Severity.OK).message()).isEqualTo("multiclass: label is a label prediction (string "
                + "or categorical).");
        assertThat(only(MappingChecks.run(m.withModelType(Optional.of(ModelType.REGRESSION)), preview),
                Topic.MODEL_TYPE, Severity.OK).column()).isEqualTo("proba");
        assertThat(only(MappingChecks.run(m.withModelType(Optional.of(ModelType.MULTI_LABEL)), preview),
                Topic.MODEL_TYPE, Severity.ERROR).message()).contains("dict prediction");
    }

    @Test
    void aBinaryModelsScoreOutsideZeroToOneIsAWarning() {
        PreviewProfile preview = Previews.table().column("decision", "integer").column("proba", "double")
                .row("1", "0.2").row("0", "1.7").profile();
        Mapping m = Mapping.EMPTY.put(MappedColumn.of("decision", Role.PREDICTION, NUMERIC))
                .put(MappedColumn.of("proba", Role.PREDICTION, NUMERIC)).withModelType(Optional.of(ModelType.BINARY));

        CheckReport report = MappingChecks.run(m, preview);

        assertThat(only(report, Topic.MODEL_TYPE, Severity.OK).message())
                .isEqualTo("binary: decision is a true/false decision.");
        assertThat(only(report, Topic.MODEL_TYPE, Severity.WARNING).message())
                .isEqualTo("proba has values outside 0 to 1 ('1.7' in row 2), unlike a probability.");
    }

    @Test
    void mappedColumnsMissingFromTheResultAndRepeatedNames() {
        PreviewProfile preview = Previews.table().column("x", "double").column("x", "double").row("1", "2").profile();
        Mapping m = Mapping.EMPTY.put(MappedColumn.of("x", Role.FEATURE, NUMERIC))
                .put(MappedColumn.of("gone", Role.FEATURE, NUMERIC));

        assertThat(MappingChecks.run(m, preview).about(Topic.COLUMNS)).extracting(Check::message).containsExactly(
                "gone is mapped as Features but the query's result has no such column (renamed or removed?).",
                "The result has more than one column named x; Aporia reads columns by name, so give each its own "
                        + "alias in the query.");
    }

    @Test
    void withoutRowsNoValueIsCalledGood() {
        PreviewProfile empty = table().profile();

        CheckReport report = MappingChecks.run(basic(), empty);

        // only the model type, which depends on the mapping alone, can pass without rows
        assertThat(report.withSeverity(Severity.OK)).extracting(Check::topic).containsExactly(Topic.MODEL_TYPE);
        assertThat(report.about(Topic.ID)).extracting(Check::message)
                .containsExactly("id not checked: the preview returned no rows.");
        assertThat(report.forColumn("x")).extracting(Check::message)
                .containsExactly("x as numeric: no values in the preview to check it against.");
        assertThat(report.summary()).isEqualTo("4 warnings");
    }
}
