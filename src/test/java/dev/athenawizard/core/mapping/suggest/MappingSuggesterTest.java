package dev.athenawizard.core.mapping.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.core.mapping.DemoRows;
import dev.athenawizard.core.mapping.Previews;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MappingSuggesterTest {
    private static Suggestion of(SuggestionSet set, String column) {
        return set.forColumn(column).orElseThrow();
    }

    private static Optional<AporiaFieldType> type(Suggestion s) {
        return s.schema().map(FieldSchema::type);
    }

    @Test
    void theDemoTableGetsTheGuidesMappingWithAReasonForEachColumn() {
        SuggestionSet set = MappingSuggester.suggest(PreviewProfile.of(DemoRows.table(100, 12, 7)));

        assertThat(of(set, "prediction_id").role()).isEqualTo(Role.ID);
        assertThat(of(set, "prediction_id").reason())
                .isEqualTo("unique and never NULL in all 100 preview rows; named like an id");
        assertThat(of(set, "prediction_timestamp").role()).isEqualTo(Role.TIMESTAMP);
        assertThat(of(set, "prediction_timestamp").reason()).contains("Athena type timestamp", "never NULL");
        assertThat(of(set, "raw_text").role()).isEqualTo(Role.RAW_INPUT);
        assertThat(type(of(set, "raw_text"))).contains(AporiaFieldType.TEXT);
        assertThat(of(set, "raw_text").reason()).startsWith("free text: ");
        assertThat(of(set, "amount").role()).isEqualTo(Role.FEATURE);
        assertThat(type(of(set, "amount"))).contains(AporiaFieldType.NUMERIC);
        assertThat(of(set, "owner").role()).isEqualTo(Role.FEATURE);
        assertThat(type(of(set, "owner"))).contains(AporiaFieldType.STRING);
        assertThat(of(set, "owner").reason()).contains("5 distinct values in 100 rows");
        assertThat(of(set, "is_new").role()).isEqualTo(Role.FEATURE);
        assertThat(type(of(set, "is_new"))).contains(AporiaFieldType.BOOLEAN);
        assertThat(of(set, "embeddings").role()).isEqualTo(Role.FEATURE);
        assertThat(of(set, "embeddings").schema()).contains(FieldSchema.tensor(List.of(768)));
        assertThat(of(set, "embeddings").reason()).contains("length 768 in every row");
        assertThat(of(set, "will_buy_insurance").role()).isEqualTo(Role.PREDICTION);
        assertThat(type(of(set, "will_buy_insurance"))).contains(AporiaFieldType.BOOLEAN);
        assertThat(of(set, "will_buy_insurance").reason()).startsWith("named will_…");
        assertThat(of(set, "proba").role()).isEqualTo(Role.PREDICTION);
        assertThat(type(of(set, "proba"))).contains(AporiaFieldType.NUMERIC);
        assertThat(of(set, "proba").reason()).startsWith("named like a probability (proba)");
        Suggestion actual = of(set, "did_buy_insurance");
        assertThat(actual.role()).isEqualTo(Role.ACTUAL);
        assertThat(actual.linkedPrediction()).isEqualTo("will_buy_insurance");
        assertThat(actual.reason()).contains("named did_…",
                "grades will_buy_insurance: the same subject 'buy_insurance' in both names",
                "NULL in 12 of 100 rows (not known yet)");
        assertThat(set.modelType().orElseThrow().type()).isEqualTo(ModelType.BINARY);
        assertThat(set.columns()).extracting(Suggestion::confidence).doesNotContain(Confidence.LOW);
    }

    @Test
    void uniqueCompleteTextIsTheIdEvenWithoutAnIdName() {
        PreviewProfile p = Previews.table().column("ref", "varchar").column("score_bucket", "varchar")
                .row("a-1", "low").row("b-2", "high").row("c-3", "low").profile();

        Suggestion s = of(MappingSuggester.suggest(p), "ref");

        assertThat(s.role()).isEqualTo(Role.ID);
        assertThat(s.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(s.reason()).contains("text unique and never NULL in all 3 preview rows");
    }

    @Test
    void anIdNamedColumnWithRepeatsIsProposedWithLowConfidenceAndSaysWhy() {
        PreviewProfile p = Previews.table().column("request_id", "varchar").rows("r1", "r1", "r2").profile();

        Suggestion s = of(MappingSuggester.suggest(p), "request_id");

        assertThat(s.role()).isEqualTo(Role.ID);
        assertThat(s.confidence()).isEqualTo(Confidence.LOW);
        assertThat(s.reason()).contains("1 value repeats");
    }

    @Test
    void labelsActualsAndGroundTruthAreLinkedByNameToTheirPredictions() {
        PreviewProfile p = Previews.table()
                .column("churn_pred", "boolean").column("churn_label", "boolean")
                .column("y_pred", "double").column("y_true", "double")
                .column("fraud_score", "double").column("fraud_ground_truth", "boolean")
                .row("true", "false", "1.5", "1.2", "0.9", "true")
                .row("false", "false", "2.5", "2.0", "0.1", "false").profile();

        SuggestionSet set = MappingSuggester.suggest(p);

        assertThat(of(set, "churn_label").linkedPrediction()).isEqualTo("churn_pred");
        assertThat(of(set, "y_true").linkedPrediction()).isEqualTo("y_pred");
        assertThat(of(set, "y_true").reason()).contains("neither name has a subject besides the role words");
        assertThat(of(set, "fraud_ground_truth").role()).isEqualTo(Role.ACTUAL);
        // "fraud_score" has no role word of its own, but the ground truth names it
        assertThat(of(set, "fraud_score").role()).isEqualTo(Role.PREDICTION);
        assertThat(of(set, "fraud_ground_truth").linkedPrediction()).isEqualTo("fraud_score");
    }

    @Test
    void aBooleanActualGradesTheDecisionRatherThanItsProbability() {
        PreviewProfile p = Previews.table().column("churn_proba", "double").column("churn", "boolean")
                .column("churn_actual", "boolean").row("0.8", "true", "true").row("0.1", "false", null).profile();

        SuggestionSet set = MappingSuggester.suggest(p);

        assertThat(of(set, "churn").role()).isEqualTo(Role.PREDICTION);
        assertThat(of(set, "churn_actual").linkedPrediction()).isEqualTo("churn");
    }

    @Test
    void anActualStillNullEverywhereIsStillAnActual() {
        PreviewProfile p = Previews.table().column("will_churn", "boolean").column("did_churn", "boolean")
                .row("true", null).row("false", null).profile();

        Suggestion s = of(MappingSuggester.suggest(p), "did_churn");

        assertThat(s.role()).isEqualTo(Role.ACTUAL);
        assertThat(type(s)).contains(AporiaFieldType.BOOLEAN);
        assertThat(s.linkedPrediction()).isEqualTo("will_churn");
        assertThat(s.reason()).contains("NULL in every preview row");
    }

    @Test
    void aCreditScoreIsAFeatureButAScoreIsAPrediction() {
        PreviewProfile p = Previews.table().column("credit_score", "bigint").column("score", "double")
                .row("700", "0.2").row("650", "0.7").profile();

        SuggestionSet set = MappingSuggester.suggest(p);

        assertThat(of(set, "credit_score").role()).isEqualTo(Role.FEATURE);
        assertThat(of(set, "score").role()).isEqualTo(Role.PREDICTION);
        assertThat(set.modelType().orElseThrow().type()).isEqualTo(ModelType.REGRESSION);
    }

    @Test
    void whatHasNoAporiaTypeIsIgnoredWithTheReason() {
        PreviewProfile p = Previews.table().column("tags", "array").column("amount_shap", "double")
                .column("empty", "varchar").row("[a, b]", "0.1", null).profile();

        SuggestionSet set = MappingSuggester.suggest(p);

        assertThat(of(set, "tags").role()).isEqualTo(Role.IGNORED);
        assertThat(of(set, "tags").reason()).contains("array of text has no Aporia type");
        assertThat(of(set, "amount_shap").role()).isEqualTo(Role.IGNORED);
        assertThat(of(set, "empty").role()).isEqualTo(Role.IGNORED);
        assertThat(of(set, "empty").reason()).isEqualTo("NULL in every preview row: nothing to monitor yet");
    }

    @Test
    void otherIdsAndTimesAndNearlyUniqueTextAreRawInputs() {
        Previews t = Previews.table().column("prediction_id", "varchar").column("customer_id", "bigint")
                .column("created_at", "timestamp").column("updated_at", "timestamp").column("email", "varchar");
        for (int i = 0; i < 30; i++) {
            t.row("p" + i, Integer.toString(1000 + i), "2024-01-01 10:00:" + String.format("%02d", i) + ".000",
                    "2024-01-02 10:00:00.000", "user" + i + "@example.com");
        }
        SuggestionSet set = MappingSuggester.suggest(t.profile());

        assertThat(of(set, "prediction_id").role()).isEqualTo(Role.ID);
        assertThat(of(set, "created_at").role()).isEqualTo(Role.TIMESTAMP);
        assertThat(of(set, "customer_id").role()).isEqualTo(Role.RAW_INPUT);
        assertThat(of(set, "updated_at").role()).isEqualTo(Role.RAW_INPUT);
        assertThat(of(set, "updated_at").reason()).contains("the timestamp column is created_at");
        assertThat(of(set, "email").role()).isEqualTo(Role.RAW_INPUT);
        assertThat(of(set, "email").reason()).contains("30 of 30");
    }

    @Test
    void aColumnNameAporiaWouldRefuseGetsAFieldNameItAccepts() {
        PreviewProfile p = Previews.table().column("Order Total ($)", "double").column("order_total", "double")
                .row("1.0", "2.0").profile();

        Suggestion s = of(MappingSuggester.suggest(p), "Order Total ($)");

        assertThat(s.field()).isEqualTo("order_total_2");
        assertThat(s.reason()).contains("field named 'order_total_2' because 'Order Total ($)' has a space");
    }

    @Test
    void labelPredictionsMakeAMulticlassModelAndDictsAMultiLabelOne() {
        PreviewProfile labels = Previews.table().column("predicted_species", "varchar").row("cat").row("dog")
                .profile();
        assertThat(MappingSuggester.suggest(labels).modelType().orElseThrow().type()).isEqualTo(ModelType.MULTICLASS);

        PreviewProfile scores = Previews.table().column("prediction", "map").row("{cat=0.7, dog=0.3}").profile();
        assertThat(MappingSuggester.suggest(scores).modelType().orElseThrow().type())
                .isEqualTo(ModelType.MULTI_LABEL);
    }

    @Test
    void aSuggestionKnowsWhetherTheMappingAlreadyIsWhatItProposes() {
        SuggestionSet set = MappingSuggester.suggest(PreviewProfile.of(DemoRows.table(20, 0, 3)));
        Suggestion amount = of(set, "amount");

        assertThat(amount.isSatisfiedBy(dev.athenawizard.core.mapping.model.Mapping.EMPTY)).isFalse();
        assertThat(amount.isSatisfiedBy(dev.athenawizard.core.mapping.model.Mapping.EMPTY.put(amount.entry())))
                .isTrue();
        assertThat(amount.summary()).isEqualTo("amount → Features, numeric");
        assertThat(set.pending(dev.athenawizard.core.mapping.model.Mapping.EMPTY
                .withRejectedSuggestions(List.of(amount.key())))).doesNotContain(amount).hasSize(9);
    }
}
