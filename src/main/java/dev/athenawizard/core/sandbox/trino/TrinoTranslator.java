package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.core.sandbox.engine.SqlPosition;
import dev.athenawizard.core.sandbox.trino.functions.FunctionRegistry;
import io.trino.sql.tree.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Translates an Athena (Trino) query, as Trino's parser read it, into DuckDB SQL that computes what Athena would:
 * Trino's types and their rules, Trino's function semantics, Trino's errors at the user's positions. What it cannot
 * do faithfully it refuses as {@code NOT_SUPPORTED} rather than answering differently.
 *
 * <pre>{@code
 * TranslatedQuery q = translator.translate(query, catalog, "aporia_demo");
 * ResultSet rs = statement.executeQuery(q.sql());   // columns: q.columns(), reads: q.columnsRead()
 * }</pre>
 */
public final class TrinoTranslator {
    private final FunctionRegistry functions;

    public TrinoTranslator(FunctionRegistry functions) {
        this.functions = functions;
    }

    /** The standard translator, with every function family. */
    public static TrinoTranslator standard() {
        return new TrinoTranslator(FunctionRegistry.standard());
    }

    /**
     * @param database where unqualified table names are looked up (the execution context's database)
     * @throws dev.athenawizard.core.sandbox.engine.QueryFailure Athena's analysis error, placed in the query's text
     */
    public TranslatedQuery translate(Query query, TrinoCatalog catalog, String database) {
        try {
            return translateTree(query, catalog, database);
        } catch (StackOverflowError e) {
            // the translation recurses along the tree: an expression nested thousands deep (1 + 1 + … + 1) must fail
            // as a query, not kill the thread that runs it and leave the query RUNNING for ever
            throw QueryFailure.at(SqlPosition.START, "NOT_SUPPORTED", 1200, "The sandbox cannot translate an "
                    + "expression nested this deeply; run it on a real Athena or write it with fewer levels");
        }
    }

    private TranslatedQuery translateTree(Query query, TrinoCatalog catalog, String database) {
        Translation tx = new Translation(catalog, functions, database);
        QueryResult result = new QueryTranslator(tx).query(query, Scope.EMPTY);
        List<TranslatedQuery.OutputColumn> columns = new ArrayList<>();
        List<String> select = new ArrayList<>();
        boolean converted = false;
        for (int i = 0; i < result.outputs().size(); i++) {
            QueryResult.Output output = result.outputs().get(i);
            tx.read(output.origins());
            columns.add(new TranslatedQuery.OutputColumn(output.name().orElse("_col" + i), output.type()));
            String column = "__out." + output.column();
            select.add(switch (output.type().kind()) {
                case INTERVAL_DAY_SECOND -> "epoch_us(TIMESTAMP '1970-01-01' + " + column + ")";
                case INTERVAL_YEAR_MONTH -> "datepart('year', " + column + ") * 12 + datepart('month', " + column + ")";
                default -> column;
            });
            converted |= output.type().isInterval();
        }
        String sql = converted ? "SELECT " + String.join(", ", select) + " FROM (" + result.sql() + ") AS __out"
                : result.sql();
        Set<TranslatedQuery.TableName> tables = new HashSet<>();
        tx.tables.forEach(t -> tables.add(new TranslatedQuery.TableName(t.database(), t.name())));
        return new TranslatedQuery(sql, columns, tx.allReads(), tables);
    }
}
