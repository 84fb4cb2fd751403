package dev.athenawizard.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.sql.AthenaQueryCorpus.Entry;
import dev.athenawizard.core.sql.PreviewForm.LimitChange;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the SQL layer says about each query of the corpus, and what holds for every query. */
class AthenaQueryCorpusTest {
    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer();

    static List<Entry> corpus() {
        return AthenaQueryCorpus.queries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isACheckedReadOnlyStatementOfItsKind(Entry entry) {
        SqlAnalysis analysis = ANALYZER.analyze(entry.sql());

        assertThat(analysis.status()).isEqualTo(SqlAnalysis.Status.CHECKED);
        assertThat(analysis.problem()).isEmpty();
        assertThat(analysis.kind()).isEqualTo(entry.kind());
        assertThat(analysis.readOnly()).isTrue();
        assertThat(analysis.runsByItself()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void namesTheTablesItReadsWhereTheyAreWritten(Entry entry) {
        SqlAnalysis analysis = ANALYZER.analyze(entry.sql());

        assertThat(analysis.tables()).extracting(TableReference::writtenName).isEqualTo(entry.tables());
        LineIndex lines = new LineIndex(entry.sql());
        for (TableReference table : analysis.tables()) {
            assertThat(table.position()).isEqualTo(lines.position(table.start()));
            String written = entry.sql().substring(table.start(), table.end());
            assertThat(ANALYZER.analyze("TABLE " + written).tables()).singleElement()
                    .extracting(TableReference::parts).as("the span covers the whole name: %s", written)
                    .isEqualTo(table.parts());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void previewFormKeepsTheQueryAndLimitsIt(Entry entry) {
        SqlAnalysis analysis = ANALYZER.analyze(entry.sql());

        PreviewForm preview = analysis.previewForm(10).orElseThrow();

        assertThat(preview.change()).isEqualTo(entry.previewOf10());
        SqlAnalysis sent = ANALYZER.analyze(preview.sql());
        assertThat(sent.status()).as(preview.sql()).isEqualTo(SqlAnalysis.Status.CHECKED);
        assertThat(sent.kind()).isEqualTo(analysis.kind());
        assertThat(sent.tables()).as("edits come after every table name: positions unchanged")
                .isEqualTo(analysis.tables());
        PreviewForm again = sent.previewForm(10).orElseThrow();
        assertThat(again.sql()).as("a preview form needs no further LIMIT").isEqualTo(preview.sql());
        assertThat(again.change()).isIn(LimitChange.OWN_LIMIT_KEPT, LimitChange.NONE);
        assertThat(preview.sql()).as("sent without trailing semicolons and comments")
                .doesNotEndWith(";").isEqualTo(preview.sql().strip());
        if (preview.change() == LimitChange.ADDED) {
            assertThat(preview.sql()).isEqualTo(analysis.asWritten().orElseThrow().sql() + " LIMIT 10");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void zeroRowFormReadsTheSameTablesAndMapsTheirPositionsBack(Entry entry) {
        SqlAnalysis analysis = ANALYZER.analyze(entry.sql());
        if (!analysis.kind().isQuery()) {
            assertThat(analysis.zeroRowForm()).isEmpty();
            return;
        }

        SentSql zero = analysis.zeroRowForm().orElseThrow();

        SqlAnalysis sent = ANALYZER.analyze(zero.sql());
        assertThat(sent.status()).as(zero.sql()).isEqualTo(SqlAnalysis.Status.CHECKED);
        assertThat(sent.tables()).extracting(TableReference::parts)
                .isEqualTo(analysis.tables().stream().map(TableReference::parts).toList());
        for (int i = 0; i < sent.tables().size(); i++) {
            assertThat(zero.toUserPosition(sent.tables().get(i).position()))
                    .isEqualTo(analysis.tables().get(i).position());
        }
        assertThat(zero.sql()).startsWith("SELECT * FROM (\n").endsWith("LIMIT 1\n) WHERE random() < 0");
    }
}
