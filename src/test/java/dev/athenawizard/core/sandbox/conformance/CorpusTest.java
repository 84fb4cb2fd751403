package dev.athenawizard.core.sandbox.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus format: a mistake in an entry must stop the run, never turn into an entry that passes by accident. */
class CorpusTest {

    @Test
    void readsResultsErrorsAndTheirSpecialValues() {
        List<CorpusEntry> entries = Corpus.parse("""
                # a comment
                [category] strings

                sql: SELECT 'a',\\n  NULL, ''
                columns: _col0 varchar, _col1 unknown, _col2 varchar
                row: a | NULL | <empty>
                source: trino:string.md

                sql: SELECT 1/0
                error-starts: DIVISION_BY_ZERO
                source: trino:math.md
                """);

        assertThat(entries).hasSize(2);
        CorpusEntry result = entries.get(0);
        assertThat(result.category()).isEqualTo("strings");
        assertThat(result.sql()).isEqualTo("SELECT 'a',\n  NULL, ''");
        assertThat(result.columns()).containsExactly("_col0 varchar", "_col1 unknown", "_col2 varchar");
        assertThat(result.rows()).containsExactly(Arrays.asList("a", null, ""));
        assertThat(entries.get(1).expectsError()).isTrue();
        assertThat(entries.get(1).errorIsPrefix()).isTrue();
        assertThat(entries.get(1).line()).isEqualTo(9);
    }

    @Test
    void aValueStartingWithATildeIsMatchedAsAWholeRegularExpression() {
        assertThat(CorpusEntry.valueMatches("~\\d+", "1234")).isTrue();
        assertThat(CorpusEntry.valueMatches("~\\d+", "12a")).isFalse();
        assertThat(CorpusEntry.valueMatches("a\\tb".replace("\\t", "\t"), "a\tb")).isTrue();
        assertThat(CorpusEntry.valueMatches(null, "NULL")).isFalse();
    }

    @Test
    void rejectsEntriesThatCouldPassWithoutSayingWhatTheyExpect() {
        assertThatThrownBy(() -> Corpus.parse("[category] c\n\nsql: SELECT 1\nsource: s\n"))
                .hasMessageContaining("either columns or an error");
        assertThatThrownBy(() -> Corpus.parse("[category] c\n\nsql: SELECT 1\ncolumns: _col0 integer\nsource: s\n"))
                .hasMessageContaining("rows: none");
        assertThatThrownBy(() -> Corpus.parse("[category] c\n\nsql: SELECT 1\ncolumns: _col0 integer\nrow: 1\n"))
                .hasMessageContaining("source:");
        assertThatThrownBy(() -> Corpus.parse("[category] c\n\nsql: SELECT 1\nrow 1\n"))
                .hasMessageContaining("key: value");
    }

    @Test
    void theCorpusHasASourceForEveryEntryAndNoRepeatedQuery() {
        List<CorpusEntry> corpus = Corpus.load();

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200).allSatisfy(e -> assertThat(e.source()).isNotBlank());
        assertThat(corpus.stream().filter(e -> !e.category().equals(CorpusRun.SEQUENTIAL)).map(CorpusEntry::sql))
                .doesNotHaveDuplicates();
    }
}
