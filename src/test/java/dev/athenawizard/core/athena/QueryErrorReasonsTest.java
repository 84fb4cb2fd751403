package dev.athenawizard.core.athena;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.AthenaFailure.Kind;
import org.junit.jupiter.api.Test;

class QueryErrorReasonsTest {

    @Test
    void tableNotFoundKeepsThePositionAndTheTableName() {
        AthenaFailure f = QueryErrorReasons.failedQuery(
                "TABLE_NOT_FOUND: line 1:91: Table 'awsdatacatalog.warcannon.ccindex' does not exist");

        assertThat(f.kind()).isEqualTo(Kind.TABLE_NOT_FOUND);
        assertThat(f.position()).contains(new SqlPosition(1, 91));
        assertThat(f.getMessage()).startsWith("Table 'awsdatacatalog.warcannon.ccindex' does not exist (line 1, column 91)");
        assertThat(f.athenaMessage()).hasValueSatisfying(m -> m.startsWith("TABLE_NOT_FOUND"));
    }

    @Test
    void columnNotFoundOnALaterLine() {
        AthenaFailure f = QueryErrorReasons.failedQuery("COLUMN_NOT_FOUND: line 3:8: Column 'foo' cannot be "
                + "resolved or requester is not authorized to access requested resources");

        assertThat(f.kind()).isEqualTo(Kind.COLUMN_NOT_FOUND);
        assertThat(f.position()).contains(new SqlPosition(3, 8));
        assertThat(f.getMessage()).contains("Column 'foo' cannot be resolved").contains("line 3, column 8");
    }

    @Test
    void engineTwoSyntaxErrorNamesAreReadByTheirText() {
        assertThat(QueryErrorReasons.failedQuery("SYNTAX_ERROR: line 2:10: Table 'x' does not exist").kind())
                .isEqualTo(Kind.TABLE_NOT_FOUND);
        assertThat(QueryErrorReasons.failedQuery("SYNTAX_ERROR: line 1:8: Column 'y' cannot be resolved").kind())
                .isEqualTo(Kind.COLUMN_NOT_FOUND);
        assertThat(QueryErrorReasons.failedQuery("SCHEMA_NOT_FOUND: line 1:15: Schema 'nope' does not exist").kind())
                .isEqualTo(Kind.DATABASE_NOT_FOUND);
    }

    @Test
    void anyOtherFailureKeepsAthenasReason() {
        AthenaFailure f = QueryErrorReasons.failedQuery("HIVE_BAD_DATA: Error parsing field value '' for field 2");

        assertThat(f.kind()).isEqualTo(Kind.QUERY_FAILED);
        assertThat(f.position()).isEmpty();
        assertThat(f.getMessage()).isEqualTo("The query failed in Athena: HIVE_BAD_DATA: Error parsing field value "
                + "'' for field 2");
    }

    @Test
    void aLongExpectingListIsShortened() {
        AthenaFailure f = QueryErrorReasons.syntaxError("line 1:10: mismatched input 'FORM'. Expecting: ',', 'AS', "
                + "'EXCEPT', 'FETCH', 'FROM', 'GROUP', 'HAVING', 'INTERSECT', 'LIMIT', 'OFFSET', 'ORDER', <EOF>", null);

        assertThat(f.kind()).isEqualTo(Kind.SYNTAX_ERROR);
        assertThat(f.position()).contains(new SqlPosition(1, 10));
        assertThat(f.getMessage()).isEqualTo("Syntax error at line 1, column 10: mismatched input 'FORM'. Expecting: "
                + "',', 'AS', 'EXCEPT', 'FETCH', 'FROM', 'GROUP', 'HAVING', 'INTERSECT', … (4 more). "
                + "Correct the SQL there and run it again.");
    }

    @Test
    void positionsAreOnlyReadFromTheAthenaForm() {
        assertThat(SqlPosition.find("no position here")).isEmpty();
        assertThat(SqlPosition.find("line 0:3: bad")).isEmpty();
        assertThat(SqlPosition.find(null)).isEmpty();
        assertThat(SqlPosition.withoutPosition("line 12:4: oops")).isEqualTo("oops");
    }
}
