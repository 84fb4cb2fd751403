package dev.athenawizard.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.core.athena.catalog.CatalogService;
import dev.athenawizard.core.athena.catalog.TableInfo;
import dev.athenawizard.core.athena.query.QueryRequest;
import dev.athenawizard.core.athena.query.QueryRunner;
import dev.athenawizard.core.athena.query.ResultTable;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupService;
import dev.athenawizard.core.mapping.check.Check;
import dev.athenawizard.core.mapping.check.CheckReport;
import dev.athenawizard.core.mapping.check.MappingChecks;
import dev.athenawizard.core.mapping.check.Severity;
import dev.athenawizard.core.mapping.check.Topic;
import dev.athenawizard.core.mapping.edit.AcceptSuggestions;
import dev.athenawizard.core.mapping.edit.MappingHistory;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.DeclaredTypes;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.profile.RowValue;
import dev.athenawizard.core.mapping.suggest.MappingSuggester;
import dev.athenawizard.core.mapping.suggest.Suggestion;
import dev.athenawizard.core.mapping.suggest.SuggestionSet;
import dev.athenawizard.core.sandbox.SandboxExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Mapping core on the sandbox's demo table, read through the real SDK and QueryRunner: "Suggest mapping"
 * reproduces the Aporia guide's example, accepting it passes the checks, and a query that makes one embedding
 * shorter trips the tensor-length check at that row.
 */
class DemoTableMappingWireTest {
    private static final String COLUMNS = GuideExample.COLUMNS;

    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension();

    private static WorkgroupInfo aporia;
    private static Map<String, String> glueTypes;

    @BeforeAll
    static void readCatalog() {
        aporia = new WorkgroupService(sandbox.athena(), Runnable::run).describe("aporia").join();
        TableInfo table = new CatalogService(sandbox.athena(), Runnable::run)
                .table("AwsDataCatalog", "aporia_demo", "model_predictions").join();
        glueTypes = DeclaredTypes.of(List.of(table));
    }

    private static PreviewProfile preview(String sql) {
        ResultTable rows = new QueryRunner(sandbox.athena(), Runnable::run)
                .start(QueryRequest.of(sql, aporia).in("AwsDataCatalog", "aporia_demo").withResultReuse(false))
                .result().join().firstRows(100).join();
        return PreviewProfile.of(rows, glueTypes);
    }

    private static Mapping acceptAll(PreviewProfile preview) {
        SuggestionSet suggestions = MappingSuggester.suggest(preview);
        MappingHistory history = new MappingHistory(Mapping.EMPTY, preview);
        history.apply(new AcceptSuggestions(suggestions.columns(), suggestions.modelType()));
        return history.current();
    }

    @Test
    void suggestionsReproduceTheGuidesExampleAndSayWhy() {
        PreviewProfile preview = preview(GuideExample.QUERY);
        assertThat(glueTypes).containsEntry("embeddings", "array<double>");

        SuggestionSet suggestions = MappingSuggester.suggest(preview);

        assertThat(suggestions.columns()).extracting(Suggestion::summary).containsExactly(
                "prediction_id → ID column",
                "prediction_timestamp → Timestamp column",
                "raw_text → Raw inputs, text",
                "amount → Features, numeric",
                "owner → Features, string",
                "is_new → Features, boolean",
                "embeddings → Features, tensor [768]",
                "will_buy_insurance → Predictions, boolean",
                "proba → Predictions, numeric",
                "did_buy_insurance → Actuals, boolean, grades will_buy_insurance");
        assertThat(suggestions.columns()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
        assertThat(suggestions.forColumn("embeddings").orElseThrow().reason())
                .contains("array of numbers, length 768 in every row");
        assertThat(suggestions.forColumn("proba").orElseThrow().reason()).contains("named like a probability");
        assertThat(suggestions.modelType().orElseThrow().type()).isEqualTo(ModelType.BINARY);

        Mapping accepted = acceptAll(preview);
        GuideExample.assertMapping(MappingSections.toSection(accepted));

        CheckReport report = MappingChecks.run(accepted, preview);
        assertThat(report.withSeverity(Severity.ERROR)).isEmpty();
        assertThat(report.withSeverity(Severity.WARNING)).isEmpty();
        assertThat(report.about(Topic.TENSOR_LENGTH)).extracting(Check::message)
                .containsExactly("embeddings has length 768 in every one of 100 preview rows.");
        assertThat(report.about(Topic.ACTUAL_COVERAGE)).extracting(Check::message).containsExactly(
                "100 of 100 preview predictions (100%) already have an actual in did_buy_insurance.");
    }

    @Test
    void theNewestPredictionsHaveNoActualYetAndItIsStillSuggestedAsTheActual() {
        PreviewProfile preview = preview("SELECT " + COLUMNS + " FROM model_predictions "
                + "ORDER BY prediction_timestamp DESC LIMIT 100");

        Suggestion actual = MappingSuggester.suggest(preview).forColumn("did_buy_insurance").orElseThrow();

        assertThat(actual.role()).isEqualTo(Role.ACTUAL);
        assertThat(actual.linkedPrediction()).isEqualTo("will_buy_insurance");
        assertThat(actual.reason()).contains("NULL in every preview row");
        CheckReport report = MappingChecks.run(acceptAll(preview), preview);
        assertThat(report.blocking()).isFalse();
        assertThat(report.about(Topic.ACTUAL_COVERAGE)).extracting(Check::message).containsExactly(
                "0 of 100 preview predictions (0%) already have an actual in did_buy_insurance; the rest are NULL, "
                        + "not known yet.");
    }

    @Test
    void aQueryThatMakesOneEmbeddingShorterTripsTheTensorLengthCheckAtThatRow() {
        Mapping mapping = acceptAll(preview(GuideExample.QUERY));
        PreviewProfile shorter = preview(GuideExample.SHORTER_EMBEDDING_QUERY);

        CheckReport report = MappingChecks.run(mapping, shorter);

        assertThat(report.blocking()).isTrue();
        List<Check> lengths = report.about(Topic.TENSOR_LENGTH);
        assertThat(lengths).hasSize(1);
        Check check = lengths.get(0);
        assertThat(check.severity()).isEqualTo(Severity.ERROR);
        assertThat(check.column()).isEqualTo("embeddings");
        assertThat(check.message()).isEqualTo("embeddings is declared as a tensor of length 768, but 1 row of 100 "
                + "differs (row 7 has length 767).");
        assertThat(check.examples()).extracting(RowValue::row).containsExactly(7);
        // and "Suggest mapping" on that preview no longer calls it a tensor
        assertThat(MappingSuggester.suggest(shorter).forColumn("embeddings").orElseThrow().summary())
                .isEqualTo("embeddings → Features, vector");
    }
}
