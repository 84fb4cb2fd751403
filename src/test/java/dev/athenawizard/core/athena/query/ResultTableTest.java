package dev.athenawizard.core.athena.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {
    private static final List<ResultColumn> COLUMNS = List.of(new ResultColumn("id", "varchar", 0, 0),
            new ResultColumn("score", "double", 17, 0));

    @Test
    void rowsReadBackAsGivenWithNullAndEmptyApart() {
        List<List<String>> rows = List.of(Arrays.asList("a", "0.5"), Arrays.asList("", null), Arrays.asList(null, ""));

        ResultTable table = new ResultTable(COLUMNS, rows, true);

        assertThat(table.rows()).isEqualTo(rows).isInstanceOf(CompactRows.class);
        assertThat(table.rows().get(1).get(0)).isEmpty();
        assertThat(table.rows().get(1).get(1)).isNull();
        assertThat(table.rows().get(2).get(0)).isNull();
        assertThat(table.hasMore()).isTrue();
        assertThat(table.columns()).isEqualTo(COLUMNS);
    }

    @Test
    void tablesOfEqualRowsAreEqualHowEverTheRowsWereHeld() {
        List<List<String>> rows = List.of(Arrays.asList("a", null), Arrays.asList("b", "1.25"));
        ResultTable table = new ResultTable(COLUMNS, rows, false);

        assertThat(table).isEqualTo(new ResultTable(COLUMNS, new ArrayList<>(rows), false))
                .hasSameHashCodeAs(new ResultTable(COLUMNS, rows, false))
                .isEqualTo(new ResultTable(COLUMNS, table.rows(), false))
                .isNotEqualTo(new ResultTable(COLUMNS, rows, true))
                .isNotEqualTo(new ResultTable(COLUMNS, List.of(Arrays.asList("a", ""), rows.get(1)), false));
    }

    @Test
    void compactRowsAreKeptNotEncodedAgain() {
        ResultTable table = new ResultTable(COLUMNS, List.of(List.of("a", "1")), false);

        assertThat(new ResultTable(COLUMNS, table.rows(), true).rows()).isSameAs(table.rows());
    }

    @Test
    void theRowsDoNotChangeWhenTheGivenListDoes() {
        List<List<String>> rows = new ArrayList<>(List.of(Arrays.asList("a", "1")));
        ResultTable table = new ResultTable(COLUMNS, rows, false);

        rows.get(0).set(0, "changed");
        rows.add(List.of("b", "2"));

        assertThat(table.rows()).containsExactly(List.of("a", "1"));
    }
}
