package dev.athenawizard.core.sql;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.QueryErrorReasons;
import dev.athenawizard.core.athena.SqlPosition;
import io.trino.grammar.sql.SqlBaseLexer;
import io.trino.sql.parser.ParsingException;
import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.CreateTableAsSelect;
import io.trino.sql.tree.Explain;
import io.trino.sql.tree.ExplainAnalyze;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.Statement;
import io.trino.sql.tree.Values;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Understands Athena SQL locally, instantly and at no cost, with Trino's own parser (Athena engine v3 is Trino), so
 * a syntax error found here carries the line, column and words Athena would give.
 *
 * <p>One instance serves any number of threads. {@link #analyze(String)} takes well under a millisecond for a query of
 * a few lines and a few milliseconds for one of hundreds, once warm; the very first call in a JVM pays a second or two
 * for loading Trino's parser, so make one call in the background when the wizard starts. Call it off the FX thread,
 * after a pause in typing ({@code SqlAnalysisBenchmark} has the figures).
 *
 * <p>Where the text is Athena's but not Trino's (Hive DDL such as {@code CREATE EXTERNAL TABLE … ROW FORMAT …},
 * {@code MSCK REPAIR TABLE}, {@code UNLOAD}, backquoted names in DDL), the result says
 * {@link SqlAnalysis.Status#NOT_CHECKED}, never a syntax error: the kind comes from the first words and the statement
 * never runs by itself. A query (SELECT, WITH, VALUES, TABLE, a parenthesised query) and EXPLAIN are always Trino's,
 * so there a parse failure is a syntax error; so is a first word no statement starts with.
 */
public final class SqlAnalyzer {
    /** Athena's limit on a query string, in bytes of UTF-8. */
    public static final int MAX_QUERY_BYTES = 262_144;
    /** Deeper than this, a statement is not parsed here (see {@link #overLimits}). */
    public static final int MAX_NESTING = 200;
    /** Made at the first analysis, which runs off the FX thread; the GUI builds its analyzer before its first frame. */
    private SqlParser parser;
    /** The newest result: the editor's checks and the preview often ask about the same text in a row. */
    private volatile SqlAnalysis newest;

    /** Analyses {@code sql} ({@code null} counts as empty text). */
    public SqlAnalysis analyze(String sql) {
        String text = sql == null ? "" : sql;
        SqlAnalysis known = newest;
        if (known != null && known.sql().equals(text)) {
            return known;
        }
        SqlAnalysis analysis = analyzeUncached(text);
        newest = analysis;
        return analysis;
    }

    private synchronized SqlParser parser() {
        if (parser == null) {
            parser = new SqlParser();
        }
        return parser;
    }

    private SqlAnalysis analyzeUncached(String text) {
        SqlTokens tokens = SqlTokens.lex(text);
        LineIndex lines = new LineIndex(text);
        if (onlySemicolons(tokens)) { // nothing but blanks, comments and semicolons
            return new SqlAnalysis(text, SqlAnalysis.Status.EMPTY, StatementKind.OTHER, "", Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of(), null);
        }
        String firstWord = tokens.word(0);
        StatementKind wordsKind = StatementWords.kind(tokens, 0);
        int semicolon = tokens.nextSemicolon(0);
        if (semicolon == 0) {
            SqlToken first = tokens.get(0);
            return syntaxError(text, wordsKind, firstWord, problem(SqlProblem.Kind.SYNTAX_ERROR, "Syntax error at "
                    + lines.position(first.start()) + ": the text starts with ';'. Remove it; a statement comes first.",
                    lines, first));
        }
        int statementEnd = tokens.get(semicolon - 1).end();
        QueryForms forms = new QueryForms(text, tokens, lines, statementEnd);
        Optional<SqlProblem> second = secondStatement(tokens, semicolon, lines);
        SqlAnalysis.Status checked = second.isPresent() ? SqlAnalysis.Status.MULTIPLE_STATEMENTS
                : SqlAnalysis.Status.CHECKED;

        Optional<SqlProblem> limit = overLimits(text, tokens, semicolon, lines);
        if (limit.isPresent()) {
            return limit.get().kind() == SqlProblem.Kind.SYNTAX_ERROR
                    ? syntaxError(text, wordsKind, firstWord, limit.get())
                    : new SqlAnalysis(text, second.isPresent() ? checked : SqlAnalysis.Status.NOT_CHECKED, wordsKind,
                    firstWord, Optional.empty(), second.isPresent() ? second : limit, Optional.empty(), List.of(),
                    forms);
        }

        Statement statement;
        try {
            statement = parser().createStatement(text.substring(0, statementEnd));
        } catch (ParsingException e) {
            if (StatementWords.trinoOnly(tokens, 0) || !StatementWords.known(tokens, 0)) {
                return syntaxError(text, wordsKind, firstWord, syntaxProblem(e, tokens, lines));
            }
            Optional<SqlProblem> notChecked = second.isPresent() ? second : Optional.of(problem(
                    SqlProblem.Kind.NOT_CHECKED, "Not checked here: this " + statementName(wordsKind, firstWord)
                    + " is written in Athena's own syntax, which only Athena checks. It runs only when you run it.",
                    lines, tokens.get(0)));
            return new SqlAnalysis(text, second.isPresent() ? checked : SqlAnalysis.Status.NOT_CHECKED, wordsKind,
                    firstWord, Optional.empty(), notChecked, Optional.empty(), List.of(), forms);
        }
        StatementKind kind = refine(statement, wordsKind);
        Optional<StatementKind> explained = explained(statement, tokens);
        return new SqlAnalysis(text, checked, kind, firstWord, explained, second, Optional.of(statement),
                TablesRead.of(statement, tokens, lines), forms);
    }

    /**
     * What Athena refuses before reading the statement (more than {@value #MAX_QUERY_BYTES} bytes), and what this
     * parser should not try: brackets nested over {@value #MAX_NESTING} deep take Trino's parser seconds (2,000
     * levels: 2.5–3 s), so such a statement is left to Athena, and never runs by itself.
     */
    private static Optional<SqlProblem> overLimits(String text, SqlTokens tokens, int semicolon, LineIndex lines) {
        int statementEnd = tokens.get(semicolon - 1).end();
        byte[] utf8 = text.substring(0, statementEnd).getBytes(UTF_8);
        if (utf8.length > MAX_QUERY_BYTES) {
            int overAt = new String(utf8, 0, MAX_QUERY_BYTES, UTF_8).length();
            SqlToken at = tokens.get(Math.min(tokens.indexAt(overAt), semicolon - 1));
            return Optional.of(problem(SqlProblem.Kind.SYNTAX_ERROR, String.format(Locale.ROOT,
                    "The statement is %,d bytes long; Athena takes at most %,d. It goes over at %s: shorten it, "
                    + "for example by reading a long list of values from a table.", utf8.length, MAX_QUERY_BYTES,
                    lines.position(overAt)), lines, at));
        }
        int depth = 0;
        for (int i = 0; i < semicolon; i++) {
            SqlToken token = tokens.get(i);
            switch (token.text()) {
                case "(", "[" -> depth++;
                case ")", "]" -> depth = Math.max(0, depth - 1);
                default -> {
                    continue;
                }
            }
            if (depth > MAX_NESTING) {
                return Optional.of(problem(SqlProblem.Kind.NOT_CHECKED, "Not checked here: brackets nest more than "
                        + MAX_NESTING + " deep at " + lines.position(token.start()) + ", too deep for the wizard to "
                        + "check quickly. Athena checks it when you run it; it runs only when you run it.",
                        lines, token));
            }
        }
        return Optional.empty();
    }

    private static String statementName(StatementKind kind, String firstWord) {
        return kind == StatementKind.OTHER ? firstWord : kind.label();
    }

    private static boolean onlySemicolons(SqlTokens tokens) {
        return tokens.all().stream().allMatch(t -> t.type() == SqlBaseLexer.SEMICOLON);
    }

    /** Where a second statement starts, if the text has one after the first {@code ;}. */
    private static Optional<SqlProblem> secondStatement(SqlTokens tokens, int semicolon, LineIndex lines) {
        for (int i = semicolon + 1; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (token.type() != SqlBaseLexer.SEMICOLON) {
                SqlPosition at = lines.position(token.start());
                return Optional.of(problem(SqlProblem.Kind.MULTIPLE_STATEMENTS, "A second statement starts at " + at
                        + ". Athena runs one statement at a time: keep one, or run them one by one.", lines, token));
            }
        }
        return Optional.empty();
    }

    private static SqlAnalysis syntaxError(String text, StatementKind kind, String firstWord, SqlProblem problem) {
        return new SqlAnalysis(text, SqlAnalysis.Status.SYNTAX_ERROR, kind, firstWord, Optional.empty(),
                Optional.of(problem), Optional.empty(), List.of(), null);
    }

    /** Trino's message, worded as an Athena syntax error is everywhere else in the wizard. */
    private static SqlProblem syntaxProblem(ParsingException e, SqlTokens tokens, LineIndex lines) {
        AthenaFailure failure = QueryErrorReasons.syntaxError(e.getMessage(), e);
        int offset = lines.offset(e.getLineNumber(), e.getColumnNumber());
        int index = tokens.indexAt(offset);
        SqlToken underlined = index < tokens.size() && tokens.get(index).start() == offset ? tokens.get(index)
                : tokens.get(Math.max(0, index - 1)); // at the end of the text: the last token
        SqlPosition at = lines.position(offset);
        return new SqlProblem(SqlProblem.Kind.SYNTAX_ERROR, failure.getMessage(), at, underlined.start(),
                underlined.end());
    }

    private static SqlProblem problem(SqlProblem.Kind kind, String message, LineIndex lines, SqlToken token) {
        return new SqlProblem(kind, message, lines.position(token.start()), token.start(), token.end());
    }

    /** The tree tells what the first words cannot. */
    private static StatementKind refine(Statement statement, StatementKind byWords) {
        if (statement instanceof CreateTableAsSelect) {
            return StatementKind.CREATE_TABLE_AS_SELECT;
        }
        if (statement instanceof Query query) {
            return query.getQueryBody() instanceof Values ? StatementKind.VALUES : StatementKind.SELECT;
        }
        return byWords;
    }

    private static Optional<StatementKind> explained(Statement statement, SqlTokens tokens) {
        Statement inner;
        if (statement instanceof Explain explain) {
            inner = explain.getStatement();
        } else if (statement instanceof ExplainAnalyze analyze) {
            inner = analyze.getStatement();
        } else {
            return Optional.empty();
        }
        return Optional.of(refine(inner, StatementWords.kind(tokens, innerStart(tokens))));
    }

    /** The first token after {@code EXPLAIN [ANALYZE [VERBOSE]]} or {@code EXPLAIN (options)}. */
    private static int innerStart(SqlTokens tokens) {
        int i = 1;
        if ("(".equals(tokens.word(i))) {
            int depth = 0;
            do {
                depth += "(".equals(tokens.word(i)) ? 1 : ")".equals(tokens.word(i)) ? -1 : 0;
                i++;
            } while (depth > 0 && i < tokens.size());
        }
        while ("ANALYZE".equals(tokens.word(i)) || "VERBOSE".equals(tokens.word(i))) {
            i++;
        }
        return i;
    }
}
