package dev.athenawizard.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.SqlPosition;
import dev.athenawizard.core.sql.PartitionFilterCheck.UnfilteredRead;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which partitioned tables a query reads in full. */
class PartitionFilterCheckTest {
    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer();
    private static final TableName EVENTS = TableName.of("awsdatacatalog", "web", "events");
    private static final TableName LOGS = TableName.of("awsdatacatalog", "web", "cloudtrail_logs");
    private static final Map<TableName, List<String>> KEYS = Map.of(
            EVENTS, List.of("dt"),
            LOGS, List.of("year", "month", "DAY"));

    private static List<UnfilteredRead> unfiltered(String sql) {
        return PartitionFilterCheck.unfilteredReads(ANALYZER.analyze(sql), "AwsDataCatalog", "web", KEYS);
    }

    @Test
    void aPartitionedTableReadWithoutAnyFilterIsNamed() {
        List<UnfilteredRead> reads = unfiltered("SELECT user_id, count(*)\nFROM events\nGROUP BY user_id");

        assertThat(reads).singleElement().satisfies(read -> {
            assertThat(read.table()).isEqualTo(EVENTS);
            assertThat(read.partitionKeys()).containsExactly("dt");
            assertThat(read.reference().position()).isEqualTo(new SqlPosition(2, 6));
        });
    }

    @Test
    void aFilterOnOtherColumnsDoesNotCount() {
        assertThat(unfiltered("SELECT * FROM events WHERE user_id = 'u1' AND amount > 5"))
                .extracting(UnfilteredRead::table).containsExactly(EVENTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM events WHERE dt = '2024-01-01'",
        "SELECT * FROM events e WHERE e.dt BETWEEN '2024-01-01' AND '2024-01-31'",
        "SELECT * FROM web.events WHERE events.dt > '2024'",
        "SELECT * FROM awsdatacatalog.web.events WHERE web.events.dt > '2024'",
        "SELECT * FROM events WHERE date(from_iso8601_date(DT)) > current_date - INTERVAL '7' DAY",
        "SELECT * FROM cloudtrail_logs WHERE month = '01'",
        "SELECT * FROM cloudtrail_logs WHERE \"day\" = '01'",
        "WITH recent AS (SELECT * FROM events) SELECT * FROM recent r WHERE r.dt = '2024-01-01'",
        "SELECT * FROM (SELECT * FROM events) x WHERE x.dt = '2024-01-01'",
        "SELECT * FROM users u JOIN events e ON e.user_id = u.id AND e.dt = '2024-01-01'",
    })
    void aFilterOnAPartitionColumnSomewhereCounts(String sql) {
        assertThat(unfiltered(sql)).isEmpty();
    }

    @Test
    void tablesNotKnownToBePartitionedAndUnparsedTextGiveNoWarning() {
        assertThat(unfiltered("SELECT * FROM other_db.events")).isEmpty();
        assertThat(unfiltered("SELECT * FROM events WHERE")).isEmpty();
        assertThat(unfiltered("SHOW PARTITIONS events")).isEmpty();
    }

    @Test
    void aFilterOnAnotherTablesPartitionColumnDoesNotCount() {
        List<UnfilteredRead> reads = unfiltered("SELECT * FROM events a\nJOIN events b ON a.id = b.id\n"
                + "WHERE a.dt = '2024-01-01'");

        assertThat(reads).singleElement().satisfies(read -> {
            assertThat(read.reference().alias()).contains("b");
            assertThat(read.reference().position()).isEqualTo(new SqlPosition(2, 6));
        });
    }

    @Test
    void eachUnfilteredTableIsNamedInOrder() {
        assertThat(unfiltered("SELECT * FROM cloudtrail_logs c JOIN events e ON c.useridentity.arn = e.arn"))
                .extracting(UnfilteredRead::table).containsExactly(LOGS, EVENTS);
    }
}
