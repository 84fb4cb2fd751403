package dev.athenawizard.core.aws.policy;

import dev.athenawizard.core.athena.SqlPosition;
import dev.athenawizard.core.project.QuerySection;
import dev.athenawizard.core.sql.SentSql;
import dev.athenawizard.core.sql.SqlAnalysis;
import dev.athenawizard.core.sql.SqlAnalyzer;
import dev.athenawizard.core.sql.TableName;
import dev.athenawizard.core.sql.TableReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The query Aporia's data source will run, as the IAM policy and the permission self-test see it: the tables it reads
 * (so the policy covers exactly those, and their data) and its zero-row form (so the self-test has Athena read them as
 * Aporia's key without returning rows). Only a single, locally checked query qualifies: SELECT, WITH, VALUES.
 *
 * <p>Two are equal when their text and where they run (catalog, database) are: a scope or a self-test result belongs
 * to exactly that query.
 */
public final class AporiaQuery {
    /** Where an unqualified table name resolves when the query names no database: Athena's own default. */
    public static final String DEFAULT_DATABASE = "default";

    private final SqlAnalysis analysis;
    private final String catalog;
    private final String database;
    private final SentSql zeroRowForm;
    private final Map<TableName, TableReference> tables;

    private AporiaQuery(SqlAnalysis analysis, String catalog, String database, SentSql zeroRowForm) {
        this.analysis = analysis;
        this.catalog = catalog;
        this.database = database;
        this.zeroRowForm = zeroRowForm;
        Map<TableName, TableReference> read = new LinkedHashMap<>();
        String resolveIn = database.isBlank() ? DEFAULT_DATABASE : database;
        analysis.tables().forEach(t -> read.putIfAbsent(t.resolve(catalog, resolveIn), t));
        this.tables = read;
    }

    /**
     * @param analysis the query's text, analysed
     * @param catalog  the catalog unqualified names resolve in ({@code AwsDataCatalog} when blank)
     * @param database the database unqualified names resolve in; blank for Athena's {@value #DEFAULT_DATABASE}
     * @throws UnusableQuery when the text is not one checked query, saying why (with line and column where there is
     *                       one)
     */
    public static AporiaQuery of(SqlAnalysis analysis, String catalog, String database) {
        Objects.requireNonNull(analysis, "analysis");
        String inCatalog = catalog == null || catalog.isBlank() ? QuerySection.DEFAULT_CATALOG : catalog.strip();
        String inDatabase = database == null ? "" : database.strip();
        return new AporiaQuery(analysis, inCatalog, inDatabase, UnusableQuery.zeroRowFormOf(analysis));
    }

    /** The project's query, analysed with {@code analyzer}; empty when the project has none yet (blank text). */
    public static Optional<AporiaQuery> of(QuerySection query, SqlAnalyzer analyzer) {
        if (query.sql().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(of(analyzer.analyze(query.sql()), query.catalog(), query.database()));
    }

    /** The text as the user wrote it. */
    public String sql() {
        return analysis.sql();
    }

    public SqlAnalysis analysis() {
        return analysis;
    }

    public String catalog() {
        return catalog;
    }

    /** The database unqualified names resolve in; empty when none was given (Athena then uses {@code default}). */
    public String database() {
        return database;
    }

    /** What the self-test sends: reads the tables, returns no rows; maps Athena's positions back to the user's text. */
    public SentSql zeroRowForm() {
        return zeroRowForm;
    }

    /** Every table the query reads, as Athena resolves it, each once, in the order first written. */
    public List<TableName> tablesRead() {
        return List.copyOf(tables.keySet());
    }

    /** The tables read that are in the Glue Data Catalog ({@code AwsDataCatalog}): what the policy covers. */
    public List<TableName> glueTables() {
        return tables.keySet().stream().filter(AporiaQuery::inGlue).toList();
    }

    /** Tables read in another catalog (a federated source): the generated policy does not cover them. */
    public List<TableName> otherCatalogTables() {
        return tables.keySet().stream().filter(t -> !inGlue(t)).toList();
    }

    /** The databases of {@link #glueTables()}, each once. */
    public List<String> glueDatabases() {
        return glueTables().stream().map(TableName::database).distinct().toList();
    }

    /** Where the table is first named in the user's text. */
    public Optional<SqlPosition> positionOf(TableName table) {
        return Optional.ofNullable(tables.get(table)).map(TableReference::position);
    }

    /** {@code aporia_demo.model_predictions, aporia_demo.training_set}: for sentences. */
    public static String names(List<TableName> tables) {
        return String.join(", ", tables.stream().map(TableName::shortName).toList());
    }

    private static boolean inGlue(TableName table) {
        return table.catalog().equals(QuerySection.DEFAULT_CATALOG.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AporiaQuery q && q.sql().equals(sql()) && q.catalog.equals(catalog)
                && q.database.equals(database);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sql(), catalog, database);
    }

    @Override
    public String toString() {
        return "query in " + catalog + (database.isEmpty() ? "" : "." + database) + " reading " + names(tablesRead());
    }
}
