package dev.athenawizard.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.project.MappingSection;
import dev.athenawizard.core.project.MappingSection.FieldMapping;
import java.util.List;
import java.util.Map;

/**
 * The Aporia guide's example on the sandbox's demo table: the queries the Mapping tests preview, and the mapping the
 * suggestions must reproduce (core, screen and {@code init} alike).
 */
public final class GuideExample {
    public static final String COLUMNS = "prediction_id, prediction_timestamp, raw_text, amount, owner, is_new, "
            + "embeddings, will_buy_insurance, proba, did_buy_insurance";
    /** The oldest 100 predictions, every one with its actual. */
    public static final String QUERY = "SELECT " + COLUMNS + " FROM model_predictions "
            + "ORDER BY prediction_timestamp LIMIT 100";
    /** The same rows, but the 7th embedding is one element short. */
    public static final String SHORTER_EMBEDDING_QUERY = "SELECT " + COLUMNS.replace("embeddings,",
            "CASE WHEN rn = 7 THEN slice(embeddings, 1, 767) ELSE embeddings END AS embeddings,")
            + " FROM (SELECT *, row_number() OVER (ORDER BY prediction_timestamp) AS rn FROM model_predictions)"
            + " ORDER BY prediction_timestamp LIMIT 100";

    private GuideExample() {
    }

    /**
     * {@code prediction_id} the id, {@code prediction_timestamp} the timestamp, {@code raw_text} a raw input of type
     * text, features {@code amount} numeric, {@code owner} string, {@code is_new} boolean and {@code embeddings} a
     * tensor of 768, predictions {@code will_buy_insurance} boolean and {@code proba} numeric, graded by
     * {@code did_buy_insurance}.
     */
    public static void assertMapping(MappingSection section) {
        assertThat(section.idColumn()).isEqualTo("prediction_id");
        assertThat(section.timestampColumn()).isEqualTo("prediction_timestamp");
        assertThat(section.rawInputs()).containsExactly(new FieldMapping("raw_text", "raw_text", "text", null));
        assertThat(section.features()).containsExactly(
                new FieldMapping("amount", "amount", "numeric", null),
                new FieldMapping("owner", "owner", "string", null),
                new FieldMapping("is_new", "is_new", "boolean", null),
                new FieldMapping("embeddings", "embeddings", "tensor", List.of(768)));
        assertThat(section.predictions()).containsExactly(
                new FieldMapping("will_buy_insurance", "will_buy_insurance", "boolean", null),
                new FieldMapping("proba", "proba", "numeric", null));
        assertThat(section.actualLinks()).containsExactly(Map.entry("did_buy_insurance", "will_buy_insurance"));
    }
}
