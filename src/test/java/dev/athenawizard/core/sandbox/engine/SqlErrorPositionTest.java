package dev.athenawizard.core.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Where Athena's error messages point: Trino's parser for syntax, DuckDB's caret or the syntax tree for the rest. */
class SqlErrorPositionTest {

    @Test
    void syntaxErrorsCarryTrinosMessage() {
        assertThatThrownBy(() -> AthenaSql.parse("SELECT 1 FROM t WHERE"))
                .isInstanceOf(AthenaSql.SyntaxError.class).hasMessageStartingWith("line 1:22: mismatched input '<EOF>'");
        assertThatThrownBy(() -> AthenaSql.parse("SELECT 1; SELECT 2")).isInstanceOf(AthenaSql.SyntaxError.class);
    }

    @Test
    void aTrailingSemicolonIsAccepted() throws Exception {
        assertThat(AthenaSql.parse("SELECT 1;\n").kind()).isEqualTo(StatementKind.SELECT);
    }

    @Test
    void tablesInWithClausesAreNotTables() throws Exception {
        ParsedStatement statement = AthenaSql.parse("WITH recent AS (SELECT * FROM db.t)\nSELECT * FROM recent JOIN u ON true");

        assertThat(statement.tableReferences()).extracting(ParsedStatement.TableReference::parts)
                .containsExactly(java.util.List.of("db", "t"), java.util.List.of("u"));
        assertThat(statement.tableReferences().get(1).position()).isEqualTo(new SqlPosition(2, 27));
    }

    @Test
    void duckDbTypeNamesParseIntoTrees() {
        DuckType type = DuckType.parse("STRUCT(\"a b\" INTEGER, m MAP(VARCHAR, DOUBLE[]), ts TIMESTAMP WITH TIME ZONE)[]");

        assertThat(type.name()).isEqualTo("LIST");
        assertThat(type.element().fieldNames()).containsExactly("a b", "m", "ts");
        assertThat(type.element().children().get(1).children().get(1).name()).isEqualTo("LIST");
        assertThat(type.element().children().get(2).isTimestampWithTimeZone()).isTrue();
        assertThat(DuckType.parse("DECIMAL(10,2)").scale()).isEqualTo(2);
    }
}
