package dev.athenawizard.core.sql.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.catalog.CatalogSnapshot;
import dev.athenawizard.core.athena.catalog.TableColumn;
import dev.athenawizard.core.athena.catalog.TableInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompletionEngineTest {
    static final TableInfo PREDICTIONS = table("model_predictions", "prediction_id:string",
            "prediction_timestamp:timestamp", "raw_text:string", "amount:double", "owner:string", "is_new:boolean",
            "embeddings:array<double>", "will_buy_insurance:boolean", "proba:double", "did_buy_insurance:boolean");
    static final TableInfo TRAINING = table("training_set", "prediction_id:string", "label:boolean",
            "order:string", "Weird Name:string");
    static final CatalogSnapshot CATALOG = CatalogSnapshot.of("AwsDataCatalog", Map.of(
            "aporia_demo", List.of(PREDICTIONS, TRAINING),
            "other_db", List.of(table("events", "event_id:bigint", "payload:string"))));

    private final CompletionEngine engine = new CompletionEngine();

    @Test
    void columns_of_the_table_in_the_from_clause_even_when_it_comes_after_the_caret() {
        Completions c = complete("SELECT | FROM model_predictions");

        assertThat(labels(c)).startsWith("prediction_id", "prediction_timestamp", "raw_text", "amount");
        assertThat(c.candidates().get(0).detail()).isEqualTo("string · model_predictions");
    }

    @Test
    void an_alias_and_a_dot_offer_that_tables_columns_only() {
        Completions c = complete("SELECT a.| FROM model_predictions a JOIN other_db.events e ON a.x = e.y");

        assertThat(labels(c)).hasSize(10).contains("amount", "proba").doesNotContain("event_id", "count");
    }

    @Test
    void what_is_typed_filters_and_ranks_starts_before_word_parts_before_contains() {
        Completions c = complete("SELECT e.ev|, e.p FROM other_db.events e");
        assertThat(labels(c)).containsExactly("event_id");
        assertThat(c.replaceFrom()).isEqualTo("SELECT e.".length());
        assertThat(c.replaceTo()).isEqualTo("SELECT e.ev".length());

        Completions buy = complete("SELECT buy| FROM model_predictions");
        assertThat(labels(buy)).startsWith("will_buy_insurance", "did_buy_insurance");
    }

    @Test
    void after_from_tables_of_the_default_database_and_the_databases() {
        Completions c = complete("SELECT * FROM |");

        assertThat(c.candidates()).extracting(CompletionCandidate::label, CompletionCandidate::kind).startsWith(
                org.assertj.core.groups.Tuple.tuple("model_predictions", CandidateKind.TABLE),
                org.assertj.core.groups.Tuple.tuple("training_set", CandidateKind.TABLE),
                org.assertj.core.groups.Tuple.tuple("aporia_demo", CandidateKind.DATABASE));
        assertThat(c.candidates().get(0).detail()).isEqualTo("table · 10 columns");
    }

    @Test
    void a_database_and_a_dot_offer_its_tables() {
        assertThat(labels(complete("SELECT * FROM other_db.|"))).containsExactly("events");
        assertThat(labels(complete("SELECT * FROM t JOIN other_db.ev| x"))).containsExactly("events");
    }

    @Test
    void names_that_need_quotes_are_inserted_quoted() {
        Completions c = complete("SELECT t.| FROM training_set t");

        assertThat(c.candidates()).filteredOn(x -> x.label().equals("order"))
                .extracting(CompletionCandidate::insertText).containsExactly("\"order\"");
        assertThat(c.candidates()).filteredOn(x -> x.label().equals("Weird Name"))
                .extracting(CompletionCandidate::insertText).containsExactly("\"Weird Name\"");
        assertThat(c.candidates()).filteredOn(x -> x.label().equals("label"))
                .extracting(CompletionCandidate::insertText).containsExactly("label");
    }

    @Test
    void functions_are_inserted_with_the_caret_between_their_parentheses() {
        Completions c = complete("SELECT date_tr| FROM model_predictions");

        CompletionCandidate f = c.candidates().get(0);
        assertThat(f.label()).isEqualTo("date_trunc");
        assertThat(f.kind()).isEqualTo(CandidateKind.FUNCTION);
        assertThat(f.insertText()).isEqualTo("date_trunc()");
        assertThat(f.caretBack()).isEqualTo(1);
        assertThat(f.detail()).startsWith("(unit, x)");
    }

    @Test
    void keywords_complete_in_upper_case() {
        assertThat(labels(complete("SELECT amount FROM model_predictions WHE|"))).contains("WHERE");
        assertThat(labels(complete("SELECT amount FROM model_predictions |"))).startsWith("AS", "WHERE", "JOIN");
        assertThat(labels(complete("|"))).startsWith("SELECT", "WITH");
    }

    @Test
    void with_queries_and_derived_tables_offer_the_columns_they_yield() {
        assertThat(labels(complete("WITH r AS (SELECT owner, avg(amount) AS mean FROM model_predictions GROUP BY 1)"
                + " SELECT r.| FROM r"))).containsExactly("owner", "mean");
        assertThat(labels(complete("SELECT s.| FROM (SELECT * FROM model_predictions) s"))).hasSize(10);
        assertThat(labels(complete("SELECT e.| FROM model_predictions p CROSS JOIN UNNEST(p.embeddings) AS e (x)")))
                .containsExactly("x");
        assertThat(labels(complete("WITH r AS (SELECT 1) SELECT * FROM |"))).contains("r", "model_predictions");
    }

    @Test
    void a_subquery_sees_its_own_tables_first_and_the_outer_ones_too() {
        Completions c = complete("SELECT * FROM other_db.events e WHERE EXISTS (SELECT | FROM training_set t)");

        assertThat(labels(c)).startsWith("prediction_id", "label", "order", "Weird Name", "event_id", "payload");
    }

    @Test
    void nothing_inside_a_string_or_a_comment() {
        assertThat(complete("SELECT 'am| FROM model_predictions").isEmpty()).isTrue();
        assertThat(complete("SELECT amount -- am|\nFROM model_predictions").isEmpty()).isTrue();
        assertThat(complete("SELECT 'x' |FROM model_predictions").isEmpty()).isFalse();
    }

    @Test
    void only_the_statement_around_the_caret_counts() {
        Completions c = complete("SELECT * FROM other_db.events; SELECT | FROM model_predictions");

        assertThat(labels(c)).contains("amount").doesNotContain("event_id");
    }

    @Test
    void a_database_not_listed_yet_is_named_for_loading() {
        Completions c = engine.complete("SELECT | FROM other_db.events", 7, CatalogSnapshot.empty("AwsDataCatalog"),
                "aporia_demo");

        assertThat(c.databasesToLoad()).containsExactly("other_db");
        assertThat(c.waitsForCatalog()).isTrue();
    }

    private Completions complete(String textWithCaret) {
        int caret = textWithCaret.indexOf('|');
        String text = textWithCaret.substring(0, caret) + textWithCaret.substring(caret + 1);
        return engine.complete(text, caret, CATALOG, "aporia_demo");
    }

    private static List<String> labels(Completions c) {
        return c.candidates().stream().map(CompletionCandidate::label).toList();
    }

    static TableInfo table(String name, String... columns) {
        return new TableInfo(name, "EXTERNAL_TABLE", java.util.Arrays.stream(columns)
                .map(c -> new TableColumn(c.substring(0, c.indexOf(':')), c.substring(c.indexOf(':') + 1), ""))
                .toList(), List.of(), Optional.empty());
    }
}
