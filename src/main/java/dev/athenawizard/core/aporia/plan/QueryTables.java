package dev.athenawizard.core.aporia.plan;

import dev.athenawizard.core.project.QuerySection;
import dev.athenawizard.core.sql.SqlAnalysis;
import dev.athenawizard.core.sql.SqlAnalyzer;
import dev.athenawizard.core.sql.SqlProblem;
import dev.athenawizard.core.sql.TableReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A dataset's query as Aporia must receive it. The wizard previews a query with the project's catalog and database as
 * the defaults for unqualified table names; Aporia's data source connects with only {@code AwsRegion} in its JDBC URL,
 * so there {@code FROM model_predictions} would be looked up in the database {@code default}, not found (or, worse,
 * found there). So every table written without its database gets the project's database in what is sent (and its
 * catalog, when that is not Athena's own), and the user's text stays as it was everywhere else.
 *
 * <p>The query is read with Trino's parser (the one Athena's engine uses), so a syntax error Athena would refuse is
 * found here, with its line and column. Quick once warm; the first call in a JVM loads the parser ({@link #warmUp}).
 */
public final class QueryTables {
    /** Thread-safe, and it remembers the newest text it read, which a screen asks about again and again. */
    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer();

    private QueryTables() {
    }

    /**
     * @param sql     the query that is sent, with the database and catalog added where the user left them out
     * @param renamed each name that was completed, as {@code model_predictions → "aporia_demo".model_predictions}
     * @param problem the syntax error that keeps the query from being sent, if any
     */
    public record Qualified(String sql, List<String> renamed, Optional<SqlProblem> problem) {
        public Qualified {
            renamed = List.copyOf(renamed);
        }
    }

    /** Loads Trino's parser, so the first query a screen checks is answered at once; call it off the FX thread. */
    public static void warmUp() {
        ANALYZER.analyze("SELECT 1 FROM warm_up");
    }

    /**
     * @param catalog  the project's catalog, {@code AwsDataCatalog} for Athena's own
     * @param database the project's database; empty when the query ran without one (then Athena and Aporia both use
     *                 {@code default}, and nothing needs adding)
     */
    public static Qualified qualify(String sql, String catalog, String database) {
        SqlAnalysis analysis = ANALYZER.analyze(sql);
        Optional<SqlProblem> problem = analysis.problem().filter(SqlProblem::isError);
        if (problem.isPresent() || analysis.status() != SqlAnalysis.Status.CHECKED) {
            return new Qualified(sql, List.of(), problem);
        }
        boolean ownCatalog = catalog == null || catalog.isBlank()
                || catalog.strip().equalsIgnoreCase(QuerySection.DEFAULT_CATALOG);
        String db = database == null ? "" : database.strip();
        List<TableReference> tables = new ArrayList<>(analysis.tables());
        tables.sort(Comparator.comparingInt(TableReference::start).reversed()); // edit from the end: offsets hold
        StringBuilder text = new StringBuilder(sql);
        List<String> renamed = new ArrayList<>();
        for (TableReference table : tables) {
            String prefix = prefix(table, ownCatalog ? "" : catalog.strip(), db);
            if (!prefix.isEmpty()) {
                text.insert(table.start(), prefix);
                renamed.add(0, table.writtenName() + " → " + prefix + sql.substring(table.start(), table.end()));
            }
        }
        return new Qualified(text.toString(), renamed.stream().distinct().toList(), Optional.empty());
    }

    /** What goes before the name as written: the database (and catalog) it lacks, quoted; empty when complete. */
    private static String prefix(TableReference table, String catalog, String database) {
        int parts = table.parts().size();
        if (parts == 1 && !database.isEmpty()) {
            return (catalog.isEmpty() ? "" : quoted(catalog) + ".") + quoted(database) + ".";
        }
        if (parts == 2 && !catalog.isEmpty()) {
            return quoted(catalog) + ".";
        }
        return "";
    }

    /** A quoted identifier: safe for any name, reserved words included; Athena matches it case-insensitively. */
    static String quoted(String name) {
        return "\"" + name.toLowerCase(Locale.ROOT).replace("\"", "\"\"") + "\"";
    }
}
