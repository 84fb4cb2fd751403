package dev.athenawizard.core.sql.completion;

import dev.athenawizard.core.athena.catalog.CachedDatabase;
import dev.athenawizard.core.athena.catalog.CachedTable;
import dev.athenawizard.core.athena.catalog.CatalogSnapshot;
import dev.athenawizard.core.athena.catalog.LoadState;
import dev.athenawizard.core.athena.catalog.TableColumn;
import dev.athenawizard.core.sql.completion.TableSource.OutputColumn;
import dev.athenawizard.core.sql.highlight.SqlFunction;
import dev.athenawizard.core.sql.highlight.SqlFunctions;
import dev.athenawizard.core.sql.highlight.SqlKeywords;
import dev.athenawizard.core.sql.highlight.SqlLexer;
import dev.athenawizard.core.sql.highlight.SqlTokens;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Offers what may be typed at the caret of an Athena query: columns of the tables the query block reads (by alias —
 * {@code SELECT p.| FROM model_predictions p} — or all of them — {@code SELECT | FROM model_predictions}), tables and
 * databases after {@code FROM} or a database name and a dot, Trino's functions and keywords. Answers from a
 * {@link CatalogSnapshot} alone, never the network; what the snapshot still lacks is named in the answer for the
 * caller to load. Pure and thread-safe.
 */
public final class CompletionEngine {
    /** At most this many candidates come back; the list is for choosing, not browsing. */
    public static final int MAX_CANDIDATES = 200;
    private static final int STAR_DEPTH = 4;
    private static final Set<String> TABLE_POSITIONS = Set.of("from", "join", "into", "table", "describe", "update");
    private static final List<String> STATEMENT_STARTS = List.of("SELECT", "WITH", "SHOW", "DESCRIBE", "EXPLAIN",
            "VALUES");
    private static final List<String> AFTER_TABLE = List.of("AS", "WHERE", "JOIN", "LEFT", "RIGHT", "FULL",
            "INNER", "CROSS", "ON", "USING", "GROUP", "ORDER", "LIMIT", "UNION", "TABLESAMPLE");

    /**
     * @param text            the whole editor text
     * @param caret           the caret offset in it
     * @param catalog         what is known of the catalog now
     * @param defaultDatabase the database unqualified table names refer to
     */
    public Completions complete(String text, int caret, CatalogSnapshot catalog, String defaultDatabase) {
        return complete(SqlLexer.tokenize(text), caret, catalog, defaultDatabase);
    }

    /** The same, for a caller that has the text's tokens already (the editor's highlighter has). */
    public Completions complete(SqlTokens tokens, int caret, CatalogSnapshot catalog, String defaultDatabase) {
        StatementTokens st = StatementTokens.around(tokens, caret);
        Optional<CaretContext> found = CaretContext.of(tokens, st, caret);
        if (found.isEmpty()) {
            return Completions.none(caret);
        }
        CaretContext at = found.get();
        boolean quoted = at.replaceFrom() < tokens.text().length() && tokens.text().charAt(at.replaceFrom()) == '"';
        Request request = new Request(st, at, catalog, defaultDatabase == null ? "" : defaultDatabase,
                new CandidateList(at.prefix(), quoted));
        request.offer();
        return new Completions(at.replaceFrom(), at.replaceTo(), at.prefix(), request.list.best(MAX_CANDIDATES),
                new ArrayList<>(request.tablesToLoad), new ArrayList<>(request.databasesToLoad));
    }

    /** One completion: its inputs and what it gathers. */
    private static final class Request {
        final StatementTokens st;
        final CaretContext at;
        final CatalogSnapshot catalog;
        final String defaultDatabase;
        final CandidateList list;
        final QueryScopes scopes;
        final Set<TableName> tablesToLoad = new LinkedHashSet<>();
        final Set<String> databasesToLoad = new LinkedHashSet<>();

        Request(StatementTokens st, CaretContext at, CatalogSnapshot catalog, String defaultDatabase,
                CandidateList list) {
            this.st = st;
            this.at = at;
            this.catalog = catalog;
            this.defaultDatabase = defaultDatabase;
            this.list = list;
            this.scopes = new QueryScopes(st);
        }

        void offer() {
            List<TableSource> visible = scopes.visibleAt(at.position());
            if (!at.qualifier().isEmpty()) {
                qualified(visible);
                return;
            }
            int previous = at.position() - 1;
            if (previous < 0) {
                STATEMENT_STARTS.forEach(k -> keyword(k, 0));
            } else if (expectsTable(previous)) {
                tables(defaultDatabase, 0);
                scopes.ctes().keySet().forEach(cte -> list.name(cte, CandidateKind.TABLE, "WITH query", 0));
                catalog.databases().forEach(d -> list.name(d.name(), CandidateKind.DATABASE, "database", 1));
                keyword("UNNEST", 2);
                keyword("LATERAL", 2);
            } else if (followsTableReference(previous)) {
                AFTER_TABLE.forEach(k -> keyword(k, 0));
            } else {
                expression(visible);
            }
        }

        /** After {@code FROM}, {@code JOIN}, or a comma in a FROM list. */
        private boolean expectsTable(int previous) {
            if (st.kind(previous) == dev.athenawizard.core.sql.highlight.SqlTokenKind.KEYWORD
                    && TABLE_POSITIONS.contains(st.name(previous))) {
                return true;
            }
            return st.isSymbol(previous, ",") && governingClause(previous).equals("from");
        }

        /** {@code FROM model_predictions |}: an alias or the next clause comes, not a column. */
        private boolean followsTableReference(int previous) {
            if (!st.isName(previous)) {
                return false;
            }
            int i = previous - 1;
            while (st.isSymbol(i, ".") && st.isName(i - 1)) {
                i -= 2;
            }
            return i >= 0 && (expectsTable(i) || st.isWord(i, "as") && i > 0 && st.isName(i - 1)
                    && governingClause(i).equals("from"));
        }

        /** The nearest clause keyword before {@code i} at its depth, lower case; empty if none. */
        private String governingClause(int i) {
            int depth = st.depth[i];
            for (int j = i; j >= 0; j--) {
                if (st.depth[j] < depth) {
                    return "";
                }
                if (st.depth[j] == depth) {
                    for (String clause : List.of("from", "join", "select", "where", "on", "by", "having")) {
                        if (st.isWord(j, clause)) {
                            return clause.equals("join") ? "from" : clause;
                        }
                    }
                }
            }
            return "";
        }

        private void qualified(List<TableSource> visible) {
            List<String> q = at.qualifier();
            String last = q.get(q.size() - 1);
            if (q.size() == 1) {
                for (TableSource source : visible) {
                    if (source.alias().equals(last) && source.position() != at.position()) { // not the name being typed
                        columns(source, 0, 0);
                        return;
                    }
                }
                if (scopes.ctes().containsKey(last)) {
                    outputColumns(scopes.ctes().get(last), last, 0, 0);
                    return;
                }
                if (catalog.database(last).isPresent()) {
                    tables(last, 0);
                    return;
                }
                if (last.equalsIgnoreCase(catalog.catalog())) {
                    catalog.databases().forEach(d -> list.name(d.name(), CandidateKind.DATABASE, "database", 0));
                }
                return;
            }
            String before = q.get(q.size() - 2);
            if (before.equalsIgnoreCase(catalog.catalog())) {
                tables(last, 0);
            } else {
                catalogColumns(before, last, 0);
            }
        }

        private void expression(List<TableSource> visible) {
            for (TableSource source : visible) {
                columns(source, 0, 0);
            }
            for (TableSource source : visible) {
                String of = source.tableName().isEmpty() ? "subquery" : String.join(".", source.tableName());
                list.name(source.alias(), CandidateKind.TABLE, source.tableName().isEmpty()
                        || !of.equals(source.alias()) ? "alias of " + of : "table", 1);
            }
            for (SqlFunction f : SqlFunctions.all()) {
                String insert = !f.takesParentheses() ? f.name() : f.name() + "()";
                int back = f.takesParentheses() && !f.arguments().equals("()") ? 1 : 0;
                list.add(new CompletionCandidate(f.name(), CandidateKind.FUNCTION,
                        (f.arguments() + "  " + f.description()).strip(), insert, back), 2);
            }
            for (String k : SqlKeywords.all()) {
                keyword(k, 3);
            }
        }

        private void columns(TableSource source, int rank, int depth) {
            if (source.columns().isPresent()) {
                outputColumns(source.columns().get(), source.alias(), rank, depth);
            } else if (source.tableName().size() == 1 && scopes.ctes().containsKey(source.tableName().get(0))) {
                outputColumns(scopes.ctes().get(source.tableName().get(0)), source.alias(), rank, depth);
            } else {
                List<String> name = source.tableName();
                String database = name.size() >= 2 ? name.get(name.size() - 2) : defaultDatabase;
                catalogColumns(database, name.get(name.size() - 1), rank);
            }
        }

        private void outputColumns(List<OutputColumn> columns, String of, int rank, int depth) {
            for (OutputColumn c : columns) {
                if (!c.isStar()) {
                    list.name(c.name(), CandidateKind.COLUMN, of, rank);
                } else if (depth < STAR_DEPTH) {
                    for (TableSource s : c.starScope().get().sources()) {
                        if (c.starQualifier().map(s.alias()::equals).orElse(true)) {
                            columns(s, rank, depth + 1);
                        }
                    }
                }
            }
        }

        private void catalogColumns(String database, String table, int rank) {
            Optional<CachedTable> entry = database(database).flatMap(d -> d.table(table));
            if (entry.isEmpty()) {
                return;
            }
            CachedTable t = entry.get();
            if (t.state() == CachedTable.State.NAME_ONLY || t.state() == CachedTable.State.LOADING) {
                tablesToLoad.add(new TableName(t.database(), t.name()));
            }
            for (TableColumn c : t.allColumns()) {
                list.name(c.name(), CandidateKind.COLUMN, c.type() + " · " + t.name(), rank);
            }
        }

        private void tables(String database, int rank) {
            database(database).ifPresent(d -> {
                for (CachedTable t : d.tableList()) {
                    list.name(t.name(), CandidateKind.TABLE, describe(t), rank);
                }
            });
        }

        /** A database of the catalog; noted for loading when its tables are not listed yet. */
        private Optional<CachedDatabase> database(String name) {
            if (name.isEmpty()) {
                return Optional.empty();
            }
            Optional<CachedDatabase> database = catalog.database(name);
            boolean listed = database.map(d -> d.tablesState() == LoadState.LOADED || d.tablesState()
                    == LoadState.FAILED).orElse(false);
            if (!listed && (database.isPresent() || catalog.databasesState() != LoadState.LOADED)) {
                databasesToLoad.add(database.map(CachedDatabase::name).orElse(name));
            }
            return database;
        }

        private static String describe(CachedTable t) {
            return switch (t.state()) {
                case READ -> (t.info().orElseThrow().isView() ? "view · " : "table · ") + t.allColumns().size()
                        + " columns";
                case BROKEN -> "table · unreadable";
                default -> "table";
            };
        }

        private void keyword(String keyword, int rank) {
            list.add(new CompletionCandidate(keyword.toUpperCase(Locale.ROOT), CandidateKind.KEYWORD, "keyword",
                    keyword.toUpperCase(Locale.ROOT), 0), rank);
        }
    }
}
