package dev.athenawizard.core.sql;

import io.trino.sql.tree.AliasedRelation;
import io.trino.sql.tree.Identifier;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.Statement;
import io.trino.sql.tree.Table;
import io.trino.sql.tree.WithQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the tables a statement reads, in the order written. A name that refers to a WITH query in scope is not a
 * table: WITH names are visible in the WITH queries after their own (in their own too with {@code RECURSIVE}) and in
 * the query body, and not outside the parentheses they were defined in. So {@code WITH t AS (SELECT * FROM t) …}
 * reads the real table {@code t}.
 */
final class TablesRead {
    private final SqlTokens tokens;
    private final LineIndex lines;
    private final List<TableReference> found = new ArrayList<>();

    private TablesRead(SqlTokens tokens, LineIndex lines) {
        this.tokens = tokens;
        this.lines = lines;
    }

    static List<TableReference> of(Statement statement, SqlTokens tokens, LineIndex lines) {
        TablesRead reader = new TablesRead(tokens, lines);
        reader.visit(statement, null, Set.of());
        return List.copyOf(reader.found);
    }

    private void visit(Node node, Node parent, Set<String> withNames) {
        if (node instanceof Query query && query.getWith().isPresent()) {
            Set<String> scope = new HashSet<>(withNames);
            boolean recursive = query.getWith().get().isRecursive();
            for (WithQuery with : query.getWith().get().getQueries()) {
                String name = with.getName().getValue().toLowerCase(Locale.ROOT);
                Set<String> own = new HashSet<>(scope);
                if (recursive) {
                    own.add(name);
                }
                visit(with.getQuery(), with, own);
                scope.add(name);
            }
            for (Node child : query.getChildren()) {
                if (child != query.getWith().get()) {
                    visit(child, query, scope);
                }
            }
            return;
        }
        if (node instanceof Table table) {
            List<Identifier> parts = table.getName().getOriginalParts();
            if (!(parts.size() == 1 && withNames.contains(parts.get(0).getValue().toLowerCase(Locale.ROOT)))) {
                found.add(reference(parts, parent instanceof AliasedRelation aliased
                        ? Optional.of(aliased.getAlias().getValue()) : Optional.empty()));
            }
            return;
        }
        for (Node child : node.getChildren()) {
            visit(child, node, withNames);
        }
    }

    private TableReference reference(List<Identifier> parts, Optional<String> alias) {
        Identifier first = parts.get(0);
        Identifier last = parts.get(parts.size() - 1);
        int start = first.getLocation().map(l -> lines.offset(l.getLineNumber(), l.getColumnNumber())).orElse(0);
        int end = last.getLocation().map(l -> tokenEnd(lines.offset(l.getLineNumber(), l.getColumnNumber())))
                .orElse(start);
        return new TableReference(parts.stream().map(Identifier::getValue).toList(), alias, lines.position(start),
                start, end);
    }

    private int tokenEnd(int offset) {
        int index = tokens.indexAt(offset);
        return index < tokens.size() ? tokens.get(index).end() : offset;
    }
}
