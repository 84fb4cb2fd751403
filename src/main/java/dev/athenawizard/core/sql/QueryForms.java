package dev.athenawizard.core.sql;

import io.trino.sql.tree.AllRows;
import io.trino.sql.tree.FetchFirst;
import io.trino.sql.tree.Limit;
import io.trino.sql.tree.LongLiteral;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.Values;
import java.util.List;
import java.util.Optional;

/**
 * Builds the forms of a query that are sent instead of it, by small edits of the user's text that the syntax tree
 * guides (never by printing the tree again, which would reformat the query, lose its comments and move every
 * position).
 */
final class QueryForms {
    /** Keeps no row, with a condition the planner cannot decide before reading (see {@link #zeroRow}). */
    static final String ZERO_ROW_PREFIX = "SELECT * FROM (\n";
    static final String ZERO_ROW_SUFFIX = "\n) WHERE random() < 0";

    private final String sql;
    private final SqlTokens tokens;
    private final LineIndex lines;
    private final int statementEnd;

    QueryForms(String sql, SqlTokens tokens, LineIndex lines, int statementEnd) {
        this.sql = sql;
        this.tokens = tokens;
        this.lines = lines;
        this.statementEnd = statementEnd;
    }

    /**
     * At most {@code limit} rows. The query's outermost LIMIT applies last, after its ORDER BY and OFFSET, so adding
     * one (or lowering its own) keeps the first rows exactly those of the original query. A LIMIT is never pushed
     * inside the query, and no wrapper is added, so the text stays the user's.
     */
    PreviewForm preview(Query query, int limit) {
        QueryTail tail = QueryTail.of(query);
        if (tail.limit().isPresent()) {
            return lowerOwnLimit(tail.limit().get(), limit);
        }
        if (query.getQueryBody() instanceof Values) { // every row is written out in the text: nothing to save
            return new PreviewForm(asWritten(), limit, PreviewForm.LimitChange.NONE);
        }
        return new PreviewForm(sent(List.of(TextEdit.insert(statementEnd, " LIMIT " + limit))), limit,
                PreviewForm.LimitChange.ADDED);
    }

    private PreviewForm lowerOwnLimit(Node clause, int limit) {
        Optional<Node> count;
        long rows;
        if (clause instanceof Limit own) {
            count = Optional.of(own.getRowCount());
            rows = own.getRowCount() instanceof LongLiteral literal ? literal.getParsedValue()
                    : own.getRowCount() instanceof AllRows ? Long.MAX_VALUE : -1;
        } else {
            FetchFirst fetch = (FetchFirst) clause;
            count = fetch.getRowCount().map(Node.class::cast);
            rows = count.map(c -> c instanceof LongLiteral literal ? literal.getParsedValue() : -1L).orElse(1L);
        }
        if (rows < 0) { // a parameter (?): its value is not known here
            return new PreviewForm(asWritten(), limit, PreviewForm.LimitChange.NONE);
        }
        if (rows <= limit) {
            return new PreviewForm(asWritten(), limit, PreviewForm.LimitChange.OWN_LIMIT_KEPT);
        }
        if (clause instanceof FetchFirst && limit == 0) { // FETCH FIRST must be positive; LIMIT 0 is allowed
            return new PreviewForm(sent(List.of(new TextEdit(offsetOf(clause), statementEnd, "LIMIT 0"))), limit,
                    PreviewForm.LimitChange.LOWERED);
        }
        SqlToken number = tokens.get(tokens.indexAt(offsetOf(count.orElseThrow())));
        return new PreviewForm(sent(List.of(new TextEdit(number.start(), number.end(), Integer.toString(limit)))),
                limit, PreviewForm.LimitChange.LOWERED);
    }

    /**
     * No rows, but the tables read through Athena. {@code LIMIT 0} would not do: Trino checks table access while it
     * analyses the query, then plans {@code LIMIT 0} as an empty set of values (its RemoveRedundantLimit rule), so no
     * data file is opened and S3 reads are never tried. Instead the query's outermost ORDER BY, OFFSET and LIMIT give
     * way to {@code LIMIT 1}, so reading stops at its first row, and an outer filter that the planner cannot
     * evaluate in advance ({@code random() < 0}) drops that row.
     */
    SentSql zeroRow(Query query) {
        Optional<Node> tailStart = QueryTail.of(query).first();
        TextEdit limitOne = tailStart
                .map(first -> new TextEdit(offsetOf(first), statementEnd, "LIMIT 1" + ZERO_ROW_SUFFIX))
                .orElseGet(() -> TextEdit.insert(statementEnd, " LIMIT 1" + ZERO_ROW_SUFFIX));
        return sent(List.of(TextEdit.insert(0, ZERO_ROW_PREFIX), limitOne));
    }

    SentSql asWritten() {
        return sent(List.of());
    }

    private SentSql sent(List<TextEdit> edits) {
        return new SentSql(sql, statementEnd, edits);
    }

    private int offsetOf(Node node) {
        return node.getLocation().map(l -> lines.offset(l.getLineNumber(), l.getColumnNumber())).orElseThrow();
    }
}
