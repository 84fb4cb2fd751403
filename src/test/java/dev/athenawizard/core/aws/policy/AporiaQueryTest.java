package dev.athenawizard.core.aws.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athenawizard.core.athena.SqlPosition;
import dev.athenawizard.core.project.QuerySection;
import dev.athenawizard.core.sql.SqlAnalyzer;
import dev.athenawizard.core.sql.TableName;
import org.junit.jupiter.api.Test;

/** Which tables a query reads, where it runs, and what is not a query Aporia can run (all local, nothing sent). */
class AporiaQueryTest {
    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer();

    private static AporiaQuery query(String sql, String database) {
        return AporiaQuery.of(ANALYZER.analyze(sql), "AwsDataCatalog", database);
    }

    @Test
    void tablesAreResolvedInTheQuerysDatabaseOrAthenasDefaultEachOnceAndWithNamesOfWithQueriesLeftOut() {
        AporiaQuery q = query("WITH recent AS (SELECT * FROM model_predictions)\n"
                + "SELECT * FROM recent JOIN Sales.Orders o ON true JOIN model_predictions m ON true", "ML");

        assertThat(q.tablesRead()).containsExactly(TableName.of("awsdatacatalog", "ml", "model_predictions"),
                TableName.of("awsdatacatalog", "sales", "orders"));
        assertThat(q.glueDatabases()).containsExactly("ml", "sales");
        assertThat(q.positionOf(TableName.of("awsdatacatalog", "sales", "orders")))
                .hasValue(new SqlPosition(2, 27));
        assertThat(query("SELECT * FROM t", " ").glueTables())
                .containsExactly(TableName.of("awsdatacatalog", "default", "t"));
    }

    @Test
    void tablesOfAnotherCatalogAreKeptApartFromGlues() {
        AporiaQuery q = query("SELECT * FROM mysql_source.shop.orders, db.t", "");

        assertThat(q.glueTables()).extracting(TableName::shortName).containsExactly("db.t");
        assertThat(q.otherCatalogTables()).extracting(TableName::toString)
                .containsExactly("mysql_source.shop.orders");
    }

    @Test
    void theZeroRowFormIsSentAndMapsBackToTheUsersText() {
        AporiaQuery q = query("SELECT a\nFROM t\nORDER BY a LIMIT 5; -- top five", "db");

        assertThat(q.zeroRowForm().sql()).startsWith("SELECT * FROM (\nSELECT a\nFROM t\n")
                .endsWith("LIMIT 1\n) WHERE random() < 0").doesNotContain("LIMIT 5", "top five");
        assertThat(q.zeroRowForm().toUserPosition(new SqlPosition(3, 6))).isEqualTo(new SqlPosition(2, 6));
    }

    @Test
    void whatIsNotOneCheckedQueryIsRefusedSayingWhy() {
        assertThatThrownBy(() -> query("SELECT prediction_id,\nFROM t", "")).isInstanceOf(UnusableQuery.class)
                .hasMessageStartingWith("Syntax error at line 2, column 1")
                .satisfies(e -> assertThat(((UnusableQuery) e).problem()).isPresent());
        assertThatThrownBy(() -> query("SELECT 1; SELECT 2", ""))
                .hasMessageStartingWith("The query holds more than one statement. A second statement starts at "
                        + "line 1, column 11");
        assertThatThrownBy(() -> query("DROP TABLE aporia_demo.model_predictions", ""))
                .hasMessageStartingWith("DROP TABLE is not a query, and nothing that writes is ever sent");
        assertThatThrownBy(() -> query("EXPLAIN ANALYZE DELETE FROM t", ""))
                .hasMessageStartingWith("EXPLAIN ANALYZE DELETE is not a query, and nothing that writes");
        assertThatThrownBy(() -> query("SHOW TABLES", "")).hasMessageStartingWith("SHOW is not a query");
        assertThatThrownBy(() -> query("MSCK REPAIR TABLE t", ""))
                .hasMessageStartingWith("MSCK REPAIR TABLE is written in Athena's own syntax");
        assertThatThrownBy(() -> query("  -- nothing\n;", "")).hasMessageStartingWith("The query is empty");
    }

    @Test
    void aProjectWithoutQueryTextHasNoQueryAndQueriesAreEqualByTextAndPlace() {
        assertThat(AporiaQuery.of(QuerySection.EMPTY, ANALYZER)).isEmpty();
        assertThat(AporiaQuery.of(new QuerySection("AwsDataCatalog", "db", "SELECT * FROM t", 100), ANALYZER))
                .hasValue(query("SELECT * FROM t", "db"));
        assertThat(query("SELECT * FROM t", "db")).isNotEqualTo(query("SELECT * FROM t", "other"));
    }
}
