package dev.athenawizard.core.sql;

import io.trino.sql.tree.Query;
import io.trino.sql.tree.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the wizard knows about one SQL text without sending it anywhere: whether Athena would accept its syntax, what
 * kind of statement it is, whether it may run by itself, which tables it reads, and the forms a preview or the
 * permission self-test sends instead of it. Made by {@link SqlAnalyzer#analyze(String)}; immutable, so it can be
 * computed on a background thread and handed to the FX thread.
 *
 * <p>A result belongs to the exact text it was made from ({@link #sql()}): when the text changes, analyse it again.
 */
public final class SqlAnalysis {

    /** How far the text could be checked. */
    public enum Status {
        /** Parsed by Trino's parser, as Athena's engine parses it: the kind, tables and forms are known. */
        CHECKED,
        /**
         * Athena's own syntax that Trino's parser does not know (Hive DDL, {@code MSCK}, {@code UNLOAD}, …); the kind
         * comes from its first words, nothing else is known, and it never runs by itself. Not an error.
         */
        NOT_CHECKED,
        /** Athena would refuse it; {@link #problem()} says where and why. */
        SYNTAX_ERROR,
        /** More than one statement; {@link #problem()} points at the second. The first was checked. */
        MULTIPLE_STATEMENTS,
        /** No statement at all: blanks, comments, semicolons. */
        EMPTY
    }

    private final String sql;
    private final Status status;
    private final StatementKind kind;
    private final String firstWord;
    private final Optional<StatementKind> explained;
    private final Optional<SqlProblem> problem;
    private final Optional<Statement> tree;
    private final List<TableReference> tables;
    private final QueryForms forms;

    SqlAnalysis(String sql, Status status, StatementKind kind, String firstWord, Optional<StatementKind> explained,
            Optional<SqlProblem> problem, Optional<Statement> tree, List<TableReference> tables, QueryForms forms) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.status = Objects.requireNonNull(status, "status");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.firstWord = firstWord;
        this.explained = explained;
        this.problem = problem;
        this.tree = tree;
        this.tables = List.copyOf(tables);
        this.forms = forms;
    }

    /** The text analysed, exactly as given. */
    public String sql() {
        return sql;
    }

    public Status status() {
        return status;
    }

    /** The statement's kind (of the first statement, when there are several); {@link StatementKind#OTHER} if empty. */
    public StatementKind kind() {
        return kind;
    }

    /**
     * How a message names the statement: {@code SELECT}, {@code DROP TABLE}, {@code EXPLAIN ANALYZE DELETE}, or the
     * first word of a statement of kind {@link StatementKind#OTHER} ({@code CALL}).
     */
    public String statementName() {
        if (kind == StatementKind.EXPLAIN_ANALYZE) {
            return kind.label() + explained.map(inner -> " " + inner.label()).orElse("");
        }
        return kind == StatementKind.OTHER && !firstWord.isEmpty() ? firstWord : kind.label();
    }

    /** For EXPLAIN and EXPLAIN ANALYZE: the kind of the statement explained, when it is known. */
    public Optional<StatementKind> explainedKind() {
        return explained;
    }

    /**
     * Whether the statement only reads: SELECT, WITH, VALUES, SHOW, DESCRIBE, EXPLAIN, and EXPLAIN ANALYZE of one of
     * these (EXPLAIN ANALYZE runs what it explains). False when that cannot be known: syntax errors, empty text, more
     * than one statement, an EXPLAIN ANALYZE whose statement was not checked.
     */
    public boolean readOnly() {
        if (status != Status.CHECKED && status != Status.NOT_CHECKED) {
            return false;
        }
        if (kind == StatementKind.EXPLAIN_ANALYZE) {
            return explained.map(StatementKind::readOnly).orElse(false);
        }
        return kind.readOnly();
    }

    /**
     * Whether a preview may run it without the user asking: one statement, checked locally, read-only, and bounded by
     * the preview's LIMIT. Everything else (writes, DDL, Athena-only syntax that could not be checked, errors) waits
     * for an explicit, confirmed Run; so does EXPLAIN ANALYZE, which runs its whole query, with no LIMIT, to measure
     * it.
     */
    public boolean runsByItself() {
        return status == Status.CHECKED && readOnly() && kind != StatementKind.EXPLAIN_ANALYZE;
    }

    /** The syntax error, the second statement, or the note that the statement was not checked; empty when fine. */
    public Optional<SqlProblem> problem() {
        return problem;
    }

    /**
     * The tables the statement reads, in the order written, each with its position; names of WITH queries are not
     * tables. Empty unless {@link Status#CHECKED} or {@link Status#MULTIPLE_STATEMENTS} (then: the first
     * statement's). The target of an INSERT or CREATE TABLE AS is not listed; that of a DELETE, UPDATE or MERGE is
     * (they read it).
     */
    public List<TableReference> tables() {
        return tables;
    }

    /**
     * What a preview sends, with at most {@code limit} rows: for a query, its LIMIT form ({@link PreviewForm}); for
     * SHOW, DESCRIBE and EXPLAIN, the statement as written. Empty for anything that is not read-only or not a single
     * statement. A statement {@link Status#NOT_CHECKED} that is read-only by its first word ({@code SHOW PARTITIONS})
     * has a form too, but does not {@linkplain #runsByItself() run by itself}.
     */
    public Optional<PreviewForm> previewForm(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more: " + limit);
        }
        if (!readOnly() || (status != Status.CHECKED && status != Status.NOT_CHECKED)) {
            return Optional.empty();
        }
        if (tree.isPresent() && tree.get() instanceof Query query) {
            return Optional.of(forms.preview(query, limit));
        }
        return Optional.of(new PreviewForm(forms.asWritten(), limit, PreviewForm.LimitChange.NONE));
    }

    /**
     * The query in a form that reads its tables through Athena but returns no rows, for the permission self-test;
     * see {@link QueryForms#zeroRow}. It costs about what reading the query's first row costs (a query that must
     * aggregate or sort everything before its first row reads everything). Only for a checked query.
     */
    public Optional<SentSql> zeroRowForm() {
        if (status == Status.CHECKED && tree.isPresent() && tree.get() instanceof Query query) {
            return Optional.of(forms.zeroRow(query));
        }
        return Optional.empty();
    }

    /**
     * The statement as the user wrote it, without trailing {@code ;}s and comments: what to send when the user
     * explicitly runs a statement that has no preview form (a confirmed write). Empty unless one statement that was
     * checked or is Athena's own syntax.
     */
    public Optional<SentSql> asWritten() {
        if (status != Status.CHECKED && status != Status.NOT_CHECKED) {
            return Optional.empty();
        }
        return Optional.of(forms.asWritten());
    }

    /** The parsed statement, for the checks in this package. */
    Optional<Statement> tree() {
        return tree;
    }

    @Override
    public String toString() {
        return status + " " + statementName() + problem.map(p -> ": " + p.message()).orElse("");
    }
}
