package dev.athenawizard.core.sandbox.engine;

import io.trino.sql.tree.DereferenceExpression;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.FunctionCall;
import io.trino.sql.tree.Identifier;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.Parameter;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.QuerySpecification;
import io.trino.sql.tree.SelectItem;
import io.trino.sql.tree.SingleColumn;
import io.trino.sql.tree.Statement;
import io.trino.sql.tree.Table;
import io.trino.sql.tree.WithQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A statement that passed Athena's syntax check, with what the sandbox needs from its syntax tree: its kind, the
 * tables it reads, and where a named column or function sits in the user's text (for error positions).
 *
 * <p>Valid Hive DDL that Trino's parser refuses ({@code CREATE EXTERNAL TABLE … ROW FORMAT …}, {@code MSCK}) is kept
 * without a tree, so it can fail as unsupported rather than as a syntax error.
 */
public final class ParsedStatement {
    private final String sql;
    private final Optional<Statement> tree;
    private final StatementKind kind;

    ParsedStatement(String sql, Optional<Statement> tree, StatementKind kind) {
        this.sql = sql;
        this.tree = tree;
        this.kind = kind;
    }

    public String sql() {
        return sql;
    }

    public StatementKind kind() {
        return kind;
    }

    public boolean hasTree() {
        return tree.isPresent();
    }

    /** Trino's syntax tree; empty for Hive DDL Trino's parser does not know. */
    public Optional<Statement> tree() {
        return tree;
    }

    /** A table the statement reads: its name as written (lower-cased parts) and where it is written. */
    public record TableReference(List<String> parts, SqlPosition position) {
    }

    /** Tables read, in the order written; names that refer to a WITH query are not tables. */
    public List<TableReference> tableReferences() {
        Set<String> withNames = new HashSet<>();
        visit(node -> {
            if (node instanceof WithQuery with) {
                withNames.add(with.getName().getValue().toLowerCase(Locale.ROOT));
            }
        });
        List<TableReference> tables = new ArrayList<>();
        visit(node -> {
            if (node instanceof Table table) {
                List<String> parts = table.getName().getParts().stream()
                        .map(p -> p.toLowerCase(Locale.ROOT)).toList();
                if (!(parts.size() == 1 && withNames.contains(parts.get(0)))) {
                    tables.add(new TableReference(parts, SqlPosition.of(table).orElse(SqlPosition.START)));
                }
            }
        });
        return tables;
    }

    /** Where column {@code name} (qualified by {@code qualifier} when not null) is first referenced. */
    public Optional<SqlPosition> columnPosition(String qualifier, String name) {
        List<SqlPosition> found = new ArrayList<>();
        visit(node -> {
            if (qualifier != null && node instanceof DereferenceExpression deref
                    && deref.getField().map(f -> f.getValue().equalsIgnoreCase(name)).orElse(false)
                    && deref.getBase() instanceof Identifier base && base.getValue().equalsIgnoreCase(qualifier)) {
                SqlPosition.of(deref).ifPresent(found::add);
            } else if (qualifier == null && node instanceof Identifier id && id.getValue().equalsIgnoreCase(name)) {
                SqlPosition.of(id).ifPresent(found::add);
            }
        });
        return found.stream().findFirst();
    }

    /** Where a call of function {@code name} is first written. */
    public Optional<SqlPosition> functionPosition(String name) {
        List<SqlPosition> found = new ArrayList<>();
        visit(node -> {
            if (node instanceof FunctionCall call && call.getName().getSuffix().equalsIgnoreCase(name)) {
                SqlPosition.of(call).ifPresent(found::add);
            }
        });
        return found.stream().findFirst();
    }

    /** Whether the statement calls any of these functions (lower-case names). */
    public boolean callsAny(Set<String> functionNames) {
        boolean[] found = {false};
        visit(node -> {
            if (node instanceof FunctionCall call
                    && functionNames.contains(call.getName().getSuffix().toLowerCase(Locale.ROOT))) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /**
     * The result column names Athena gives a simple SELECT: the alias, the column's own name, or {@code _col<i>} for
     * an unnamed expression. Empty when a {@code *} makes the list depend on the tables.
     */
    public Optional<List<String>> outputNames() {
        if (tree.isEmpty() || !(tree.get() instanceof Query query)
                || !(query.getQueryBody() instanceof QuerySpecification select)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (SelectItem item : select.getSelect().getSelectItems()) {
            if (!(item instanceof SingleColumn column)) {
                return Optional.empty();
            }
            Expression expression = column.getExpression();
            names.add(column.getAlias().map(Identifier::getValue)
                    .or(() -> expression instanceof Identifier id ? Optional.of(id.getValue()) : Optional.empty())
                    .or(() -> expression instanceof DereferenceExpression deref
                            ? deref.getField().map(Identifier::getValue) : Optional.empty())
                    .orElse("_col" + names.size()));
        }
        return Optional.of(names);
    }

    /**
     * The SQL with {@code ?} placeholders replaced by the {@code ExecutionParameters}, which Athena takes as SQL
     * literals in order. A count that does not match fails as Trino's INVALID_PARAMETER_USAGE.
     */
    public String bind(List<String> parameters) {
        List<Parameter> placeholders = new ArrayList<>();
        visit(node -> {
            if (node instanceof Parameter parameter) {
                placeholders.add(parameter);
            }
        });
        if (placeholders.size() != parameters.size()) {
            throw QueryFailure.at(SqlPosition.START, "INVALID_PARAMETER_USAGE", 1000, "Incorrect number of "
                    + "parameters: expected " + placeholders.size() + " but found " + parameters.size());
        }
        placeholders.sort(Comparator.comparingInt(Parameter::getId));
        List<Integer> lineStarts = new ArrayList<>(List.of(0));
        for (int i = 0; i < sql.length(); i++) {
            if (sql.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
        StringBuilder bound = new StringBuilder(sql);
        for (int i = placeholders.size() - 1; i >= 0; i--) { // from the end, so earlier offsets stay valid
            SqlPosition at = SqlPosition.of(placeholders.get(i)).orElseThrow();
            int offset = lineStarts.get(at.line() - 1) + at.column() - 1;
            bound.replace(offset, offset + 1, parameters.get(i));
        }
        return bound.toString();
    }

    /** Every node, depth-first in source order. */
    private void visit(Consumer<Node> action) {
        tree.ifPresent(root -> walk(root, action));
    }

    private static void walk(Node node, Consumer<Node> action) {
        action.accept(node);
        for (Node child : node.getChildren()) {
            walk(child, action);
        }
    }
}
