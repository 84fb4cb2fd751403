package dev.athenawizard.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.SqlPosition;
import dev.athenawizard.core.sql.SqlAnalysis.Status;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Statement kinds, what may run by itself, syntax errors with Athena's positions, and statement boundaries. */
class SqlAnalyzerTest {
    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer();

    static Stream<Arguments> writesAndDdl() {
        return Stream.of(
                Arguments.of("INSERT INTO scores SELECT prediction_id, proba FROM model_predictions", Status.CHECKED,
                        StatementKind.INSERT, "INSERT"),
                Arguments.of("DELETE FROM model_predictions WHERE amount < 0", Status.CHECKED, StatementKind.DELETE,
                        "DELETE"),
                Arguments.of("UPDATE accounts SET plan = 'pro' WHERE id = 7", Status.CHECKED, StatementKind.UPDATE,
                        "UPDATE"),
                Arguments.of("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", Status.CHECKED,
                        StatementKind.MERGE, "MERGE"),
                Arguments.of("DROP TABLE training_set", Status.CHECKED, StatementKind.DROP_TABLE, "DROP TABLE"),
                Arguments.of("drop table if exists `training_set`", Status.NOT_CHECKED, StatementKind.DROP_TABLE,
                        "DROP TABLE"),
                Arguments.of("DROP DATABASE aporia_demo CASCADE", Status.NOT_CHECKED, StatementKind.DROP_DATABASE,
                        "DROP DATABASE"),
                Arguments.of("CREATE TABLE recent AS SELECT * FROM model_predictions WITH NO DATA", Status.CHECKED,
                        StatementKind.CREATE_TABLE_AS_SELECT, "CREATE TABLE AS SELECT"),
                Arguments.of("CREATE EXTERNAL TABLE `logs` (`ts` string) PARTITIONED BY (dt string) ROW FORMAT SERDE "
                        + "'org.openx.data.jsonserde.JsonSerDe' LOCATION 's3://bucket/logs/'", Status.NOT_CHECKED,
                        StatementKind.CREATE_TABLE, "CREATE TABLE"),
                Arguments.of("CREATE DATABASE scratch", Status.NOT_CHECKED, StatementKind.CREATE_DATABASE,
                        "CREATE DATABASE"),
                Arguments.of("CREATE OR REPLACE VIEW v AS SELECT 1 AS one", Status.CHECKED, StatementKind.CREATE_VIEW,
                        "CREATE VIEW"),
                Arguments.of("ALTER TABLE logs ADD PARTITION (dt = '2024-01-01') LOCATION 's3://bucket/logs/2024/'",
                        Status.NOT_CHECKED, StatementKind.ALTER, "ALTER"),
                Arguments.of("MSCK REPAIR TABLE logs", Status.NOT_CHECKED, StatementKind.MSCK_REPAIR_TABLE,
                        "MSCK REPAIR TABLE"),
                Arguments.of("UNLOAD (SELECT * FROM model_predictions) TO 's3://bucket/out/' WITH (format = 'PARQUET')",
                        Status.NOT_CHECKED, StatementKind.UNLOAD, "UNLOAD"),
                Arguments.of("OPTIMIZE events REWRITE DATA USING BIN_PACK", Status.NOT_CHECKED,
                        StatementKind.OPTIMIZE, "OPTIMIZE"),
                Arguments.of("VACUUM events", Status.NOT_CHECKED, StatementKind.VACUUM, "VACUUM"),
                Arguments.of("TRUNCATE TABLE events", Status.CHECKED, StatementKind.TRUNCATE, "TRUNCATE"),
                Arguments.of("GRANT SELECT ON model_predictions TO analyst", Status.CHECKED, StatementKind.GRANT,
                        "GRANT"),
                Arguments.of("PREPARE recent FROM SELECT * FROM model_predictions WHERE amount > ?", Status.CHECKED,
                        StatementKind.PREPARE, "PREPARE"),
                Arguments.of("EXECUTE recent USING 100", Status.CHECKED, StatementKind.EXECUTE, "EXECUTE"),
                Arguments.of("USE aporia_demo", Status.CHECKED, StatementKind.USE, "USE"),
                Arguments.of("CALL system.sync_partition_metadata('db', 't', 'ADD')", Status.CHECKED,
                        StatementKind.OTHER, "CALL"),
                Arguments.of("EXPLAIN ANALYZE DELETE FROM model_predictions", Status.CHECKED,
                        StatementKind.EXPLAIN_ANALYZE, "EXPLAIN ANALYZE DELETE"),
                Arguments.of("EXPLAIN ANALYZE VERBOSE INSERT INTO t SELECT 1", Status.CHECKED,
                        StatementKind.EXPLAIN_ANALYZE, "EXPLAIN ANALYZE INSERT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writesAndDdl")
    void writesAndDdlNeverRunByThemselves(String sql, Status status, StatementKind kind, String name) {
        SqlAnalysis analysis = ANALYZER.analyze(sql);

        assertThat(analysis.status()).isEqualTo(status);
        assertThat(analysis.kind()).isEqualTo(kind);
        assertThat(analysis.statementName()).isEqualTo(name);
        assertThat(analysis.readOnly()).isFalse();
        assertThat(analysis.runsByItself()).isFalse();
        assertThat(analysis.previewForm(100)).isEmpty();
        assertThat(analysis.zeroRowForm()).isEmpty();
        assertThat(analysis.asWritten()).get().extracting(SentSql::sql).isEqualTo(sql);
    }

    @Test
    void athenaOnlySyntaxIsANoteNotAnError() {
        SqlAnalysis analysis = ANALYZER.analyze("  MSCK REPAIR TABLE logs;");

        SqlProblem note = analysis.problem().orElseThrow();
        assertThat(note.kind()).isEqualTo(SqlProblem.Kind.NOT_CHECKED);
        assertThat(note.isError()).isFalse();
        assertThat(note.position()).isEqualTo(new SqlPosition(1, 3));
        assertThat(note.message()).isEqualTo("Not checked here: this MSCK REPAIR TABLE is written in Athena's own "
                + "syntax, which only Athena checks. It runs only when you run it.");
        assertThat(analysis.tables()).isEmpty();
    }

    static Stream<Arguments> readOnlyStatements() {
        return Stream.of(
                Arguments.of("SHOW TABLES IN aporia_demo", Status.CHECKED, StatementKind.SHOW),
                Arguments.of("SHOW COLUMNS FROM model_predictions", Status.CHECKED, StatementKind.SHOW),
                Arguments.of("SHOW CREATE TABLE model_predictions", Status.CHECKED, StatementKind.SHOW),
                Arguments.of("DESCRIBE model_predictions", Status.CHECKED, StatementKind.DESCRIBE),
                Arguments.of("desc model_predictions", Status.CHECKED, StatementKind.DESCRIBE),
                Arguments.of("EXPLAIN SELECT * FROM model_predictions", Status.CHECKED, StatementKind.EXPLAIN),
                Arguments.of("EXPLAIN (TYPE IO, FORMAT JSON) DELETE FROM model_predictions", Status.CHECKED,
                        StatementKind.EXPLAIN),
                Arguments.of("EXPLAIN ANALYZE SELECT count(*) FROM model_predictions", Status.CHECKED,
                        StatementKind.EXPLAIN_ANALYZE),
                Arguments.of("SHOW PARTITIONS logs", Status.NOT_CHECKED, StatementKind.SHOW),
                Arguments.of("SHOW TBLPROPERTIES logs", Status.NOT_CHECKED, StatementKind.SHOW),
                Arguments.of("SHOW DATABASES", Status.NOT_CHECKED, StatementKind.SHOW),
                Arguments.of("DESCRIBE FORMATTED logs", Status.NOT_CHECKED, StatementKind.DESCRIBE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readOnlyStatements")
    void showDescribeAndExplainAreReadOnlyAndSentAsWritten(String sql, Status status, StatementKind kind) {
        SqlAnalysis analysis = ANALYZER.analyze(sql + ";\n");

        assertThat(analysis.status()).isEqualTo(status);
        assertThat(analysis.kind()).isEqualTo(kind);
        assertThat(analysis.readOnly()).isTrue();
        assertThat(analysis.runsByItself()).as("only what was checked here runs by itself, and no EXPLAIN ANALYZE")
                .isEqualTo(status == Status.CHECKED && kind != StatementKind.EXPLAIN_ANALYZE);
        PreviewForm preview = analysis.previewForm(100).orElseThrow();
        assertThat(preview.sql()).isEqualTo(sql);
        assertThat(preview.change()).isEqualTo(PreviewForm.LimitChange.NONE);
    }

    @Test
    void explainNamesWhatItExplains() {
        assertThat(ANALYZER.analyze("EXPLAIN ANALYZE SELECT 1").statementName()).isEqualTo("EXPLAIN ANALYZE SELECT");
        assertThat(ANALYZER.analyze("EXPLAIN (TYPE VALIDATE) DROP TABLE t").explainedKind())
                .contains(StatementKind.DROP_TABLE);
        assertThat(ANALYZER.analyze("SELECT 1").explainedKind()).isEmpty();
    }

    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                Arguments.of("SELEC 1", 1, 1, "SELEC", "mismatched input 'SELEC'"),
                Arguments.of("SELECT a FORM t", 1, 15, "t", "mismatched input 't'"),
                Arguments.of("SELECT prediction_id,\n       amount\nFROM model_predictions\nWHER amount > 10", 4, 6,
                        "amount", "mismatched input 'amount'"),
                Arguments.of("SELECT `owner` FROM model_predictions", 1, 8, "`owner`",
                        "backquoted identifiers are not supported; use double quotes"),
                Arguments.of("SELECT 'abc FROM t", 1, 8, "'", "mismatched input '''"),
                Arguments.of("SELECT * FROM model_predictions WHERE", 1, 38, "WHERE", "mismatched input '<EOF>'"),
                Arguments.of("SELECT a\r\nFROM t\r\nWHERE\r\n-- unfinished\r\n", 3, 6, "WHERE",
                        "mismatched input '<EOF>'"),
                Arguments.of("SELECT '🚀' AS r, FROM t", 1, 18, "FROM", "mismatched input 'FROM'"),
                Arguments.of("WITH x AS (SELECT 1 AS one)\nSELEC * FROM x", 2, 1, "SELEC", "mismatched input 'SELEC'"),
                Arguments.of("\tSELECT\tcount(*\nFROM t", 2, 1, "FROM", "mismatched input 'FROM'"),
                Arguments.of("EXPLAIN SELEC 1", 1, 9, "SELEC", "mismatched input 'SELEC'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxErrors")
    void syntaxErrorsCarryAthenasLineAndColumn(String sql, int line, int column, String underlined, String words) {
        SqlAnalysis analysis = ANALYZER.analyze(sql);

        assertThat(analysis.status()).isEqualTo(Status.SYNTAX_ERROR);
        SqlProblem error = analysis.problem().orElseThrow();
        assertThat(error.kind()).isEqualTo(SqlProblem.Kind.SYNTAX_ERROR);
        assertThat(error.position()).isEqualTo(new SqlPosition(line, column));
        assertThat(sql.substring(error.start(), error.end())).isEqualTo(underlined);
        assertThat(error.message()).startsWith("Syntax error at line " + line + ", column " + column + ": ")
                .contains(words).endsWith("Correct the SQL there and run it again.");
        assertThat(analysis.readOnly()).isFalse();
        assertThat(analysis.runsByItself()).isFalse();
        assertThat(analysis.previewForm(100)).isEmpty();
        assertThat(analysis.asWritten()).isEmpty();
    }

    @Test
    void aLongListOfExpectedTokensIsShortened() {
        String message = ANALYZER.analyze("SELEC 1").problem().orElseThrow().message();

        assertThat(message).contains("Expecting: 'ALTER', 'ANALYZE',").containsPattern("… \\(\\d+ more\\)\\.");
    }

    @Test
    void aSecondStatementIsFoundAfterTheFirstSemicolon() {
        SqlAnalysis analysis = ANALYZER.analyze("SELECT * FROM model_predictions;\n\n  DROP TABLE model_predictions;");

        assertThat(analysis.status()).isEqualTo(Status.MULTIPLE_STATEMENTS);
        assertThat(analysis.kind()).isEqualTo(StatementKind.SELECT);
        SqlProblem second = analysis.problem().orElseThrow();
        assertThat(second.kind()).isEqualTo(SqlProblem.Kind.MULTIPLE_STATEMENTS);
        assertThat(second.position()).isEqualTo(new SqlPosition(3, 3));
        assertThat(second.message()).isEqualTo("A second statement starts at line 3, column 3. Athena runs one "
                + "statement at a time: keep one, or run them one by one.");
        assertThat(analysis.readOnly()).as("the second statement is a DROP").isFalse();
        assertThat(analysis.runsByItself()).isFalse();
        assertThat(analysis.previewForm(100)).isEmpty();
        assertThat(analysis.asWritten()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT 1;", "SELECT 1;;", "SELECT 1 ; -- one\n/* two */ ;\n", "SELECT 1 -- a; b\n",
        "SELECT ';' AS s /* ; */ -- ;\n", "SELECT \"a;b\" FROM t"})
    void semicolonsThatEndNothingOrSitInTextAreNotStatements(String sql) {
        SqlAnalysis analysis = ANALYZER.analyze(sql);

        assertThat(analysis.status()).isEqualTo(Status.CHECKED);
        assertThat(analysis.runsByItself()).isTrue();
    }

    @Test
    void aTrailingCommentAfterTheSemicolonIsFine() {
        SqlAnalysis analysis = ANALYZER.analyze("SELECT * FROM model_predictions LIMIT 2; -- top");

        assertThat(analysis.status()).isEqualTo(Status.CHECKED);
        assertThat(analysis.previewForm(100).orElseThrow().sql())
                .isEqualTo("SELECT * FROM model_predictions LIMIT 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t", "-- nothing yet", "/* later */", ";", " ;; \n", "-- a\n;\n/* b */"})
    void textWithoutAStatementIsEmptyNotAnError(String sql) {
        SqlAnalysis analysis = ANALYZER.analyze(sql);

        assertThat(analysis.status()).isEqualTo(Status.EMPTY);
        assertThat(analysis.problem()).isEmpty();
        assertThat(analysis.readOnly()).isFalse();
        assertThat(analysis.runsByItself()).isFalse();
        assertThat(analysis.previewForm(100)).isEmpty();
        assertThat(analysis.asWritten()).isEmpty();
    }

    @Test
    void nullIsEmptyText() {
        assertThat(ANALYZER.analyze(null).status()).isEqualTo(Status.EMPTY);
    }

    @Test
    void anAnalysisBelongsToItsText() {
        SqlAnalyzer analyzer = new SqlAnalyzer();
        String sql = "SELECT 1 -- exactly this";

        SqlAnalysis first = analyzer.analyze(sql);

        assertThat(first.sql()).isSameAs(sql);
        assertThat(analyzer.analyze("SELECT 1 -- exactly this")).as("the same text again").isSameAs(first);
        SqlAnalysis edited = analyzer.analyze("SELECT 1 -- exactly that");
        assertThat(edited).isNotSameAs(first);
        assertThat(edited.sql()).isEqualTo("SELECT 1 -- exactly that");
    }
}
