package dev.athenawizard.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.SqlPosition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tables a statement reads: names as written, aliases, positions, and WITH names that are not tables. */
class TablesReadTest {
    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer();

    private static List<TableReference> tables(String sql) {
        return ANALYZER.analyze(sql).tables();
    }

    @Test
    void eachReadHasItsNameAliasAndPlace() {
        List<TableReference> tables = tables("SELECT p.amount, a.plan\nFROM model_predictions p\n"
                + "  JOIN \"Users\".accounts AS a ON a.owner = p.owner");

        assertThat(tables).hasSize(2);
        TableReference first = tables.get(0);
        assertThat(first.parts()).containsExactly("model_predictions");
        assertThat(first.alias()).contains("p");
        assertThat(first.position()).isEqualTo(new SqlPosition(2, 6));
        TableReference second = tables.get(1);
        assertThat(second.parts()).containsExactly("Users", "accounts");
        assertThat(second.database()).contains("Users");
        assertThat(second.catalog()).isEmpty();
        assertThat(second.alias()).contains("a");
        assertThat(second.position()).isEqualTo(new SqlPosition(3, 8));
        assertThat(second.writtenName()).isEqualTo("Users.accounts");
    }

    @Test
    void namesResolveInTheQuerysCatalogAndDatabaseLowerCased() {
        List<TableReference> tables = tables("SELECT * FROM t, Db.u, \"Other\".\"Db\".v");

        assertThat(tables).extracting(t -> t.resolve("AwsDataCatalog", "aporia_demo")).containsExactly(
                TableName.of("awsdatacatalog", "aporia_demo", "t"), TableName.of("awsdatacatalog", "db", "u"),
                TableName.of("other", "db", "v"));
        assertThat(tables.get(0).resolve("awsdatacatalog", null).shortName()).isEqualTo("t");
        assertThat(TableName.of("awsdatacatalog", "db", "u")).hasToString("awsdatacatalog.db.u");
    }

    @Test
    void recursiveWithNamesItselfButPlainWithDoesNot() {
        assertThat(tables("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5) "
                + "SELECT * FROM n")).isEmpty();
        assertThat(tables("WITH n AS (SELECT * FROM n) SELECT * FROM n")).extracting(TableReference::writtenName)
                .containsExactly("n");
        assertThat(tables("WITH a AS (SELECT * FROM b), b AS (SELECT * FROM a) SELECT * FROM b"))
                .as("a WITH name is visible only after it is defined").extracting(TableReference::writtenName)
                .containsExactly("b");
        assertThat(tables("WITH a AS (SELECT 1 AS x) SELECT * FROM db.a")).as("a qualified name is always a table")
                .extracting(TableReference::writtenName).containsExactly("db.a");
    }

    @Test
    void writesListWhatTheyReadButNotWhatTheyCreate() {
        assertThat(tables("INSERT INTO scores SELECT * FROM model_predictions"))
                .extracting(TableReference::writtenName).containsExactly("model_predictions");
        assertThat(tables("CREATE TABLE recent AS SELECT * FROM model_predictions"))
                .extracting(TableReference::writtenName).containsExactly("model_predictions");
        List<TableReference> deleted = tables("DELETE FROM logs WHERE dt < '2020'");
        assertThat(deleted).extracting(TableReference::writtenName).containsExactly("logs");
        assertThat(deleted.get(0).position()).as("at the name, not at DELETE").isEqualTo(new SqlPosition(1, 13));
    }

    @Test
    void explainListsTheTablesOfWhatItExplains() {
        assertThat(tables("EXPLAIN SELECT * FROM a JOIN b USING (id)")).extracting(TableReference::writtenName)
                .containsExactly("a", "b");
    }

    @Test
    void aliasOfASubqueryIsNotATableAlias() {
        List<TableReference> tables = tables("SELECT * FROM (SELECT * FROM t) s");

        assertThat(tables).singleElement().extracting(TableReference::alias).isEqualTo(Optional.empty());
    }
}
