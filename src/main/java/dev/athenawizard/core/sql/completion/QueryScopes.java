package dev.athenawizard.core.sql.completion;

import dev.athenawizard.core.sql.completion.TableSource.OutputColumn;
import dev.athenawizard.core.sql.completion.TableSource.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads, from the tokens of a statement, what the query block around the caret can name: the tables of its FROM
 * clause (wherever it is, even after the caret, as in {@code SELECT | FROM t}), those of the blocks enclosing it,
 * and the statement's named subqueries ({@code WITH name AS (…)}). Tolerant: half-typed SQL yields what it can.
 */
final class QueryScopes {
    /** Words that end a table reference rather than alias it, though Trino does not reserve them. */
    private static final Set<String> NOT_ALIASES = Set.of("limit", "offset", "fetch", "window", "tablesample",
            "match_recognize", "for", "left", "right", "full", "inner", "cross", "natural", "join", "where", "group",
            "order", "having", "union", "except", "intersect", "using", "on", "qualify");

    private final StatementTokens st;
    private final Map<String, List<OutputColumn>> ctes = new LinkedHashMap<>();

    QueryScopes(StatementTokens st) {
        this.st = st;
    }

    /** Named subqueries of the statement, by lower-case name. */
    Map<String, List<OutputColumn>> ctes() {
        return ctes;
    }

    /**
     * The sources visible at token position {@code p} (in {@link StatementTokens#sig}), innermost block first.
     */
    List<TableSource> visibleAt(int p) {
        List<int[]> blocks = new ArrayList<>(); // {first, end, depth}
        for (int i = 0; i < st.size(); i++) {
            int close = st.match[i];
            if (st.isSymbol(i, "(") && i < p && close >= p && startsQuery(i + 1)) {
                blocks.add(0, new int[] {i + 1, close, st.depth[i] + 1});
            }
        }
        blocks.add(new int[] {0, st.size(), 0});
        List<TableSource> visible = new ArrayList<>();
        for (int b = blocks.size() - 1; b >= 0; b--) { // outermost first, so CTEs are known before they are used
            readCtes(blocks.get(b)[0], blocks.get(b)[1], blocks.get(b)[2]);
        }
        for (int[] block : blocks) {
            visible.addAll(sources(block[0], block[1], block[2]));
        }
        return visible;
    }

    private boolean startsQuery(int i) {
        return st.isWord(i, "select") || st.isWord(i, "with");
    }

    /** {@code WITH a [(x, y)] AS (…), b AS (…)} at the start of a block. */
    private void readCtes(int first, int end, int depth) {
        if (!st.isWord(first, "with")) {
            return;
        }
        int i = first + 1;
        if (st.isWord(i, "recursive")) {
            i++;
        }
        while (i < end && st.isName(i)) {
            String name = st.name(i);
            i++;
            List<OutputColumn> declared = null;
            if (st.isSymbol(i, "(")) {
                declared = namesInParentheses(i);
                i = st.match[i] + 1;
            }
            if (!st.isWord(i, "as") || !st.isSymbol(i + 1, "(")) {
                return;
            }
            int open = i + 1;
            int close = Math.min(st.match[open], end);
            ctes.put(name, declared != null ? declared : outputColumns(open + 1, close, depth + 1));
            i = close + 1;
            if (!st.isSymbol(i, ",")) {
                return;
            }
            i++;
        }
    }

    /** The sources named in the FROM clauses (and JOINs) of the block {@code [first, end)} at {@code depth}. */
    List<TableSource> sources(int first, int end, int depth) {
        List<TableSource> found = new ArrayList<>();
        boolean inFrom = false;
        for (int i = first; i < end; i++) {
            if (st.depth[i] != depth) {
                continue;
            }
            if (st.isWord(i, "from") || st.isWord(i, "join")) {
                inFrom = true;
                i = reference(i + 1, end, found) - 1;
            } else if (inFrom && st.isSymbol(i, ",")) {
                i = reference(i + 1, end, found) - 1;
            } else if (st.isWord(i, "where") || st.isWord(i, "group") || st.isWord(i, "order")
                    || st.isWord(i, "having") || st.isWord(i, "select") || st.isWord(i, "on")) {
                inFrom = false;
            }
        }
        return found;
    }

    /** Reads one table reference starting at {@code i}; returns the position after it (and its alias). */
    private int reference(int i, int end, List<TableSource> found) {
        if (i >= end) {
            return i;
        }
        int start = i;
        List<String> name = new ArrayList<>();
        Optional<List<OutputColumn>> columns = Optional.empty();
        if (st.isWord(i, "lateral") && st.isSymbol(i + 1, "(")) {
            i++;
        }
        if (st.isSymbol(i, "(")) {
            int close = Math.min(st.match[i], end);
            columns = Optional.of(outputColumns(i + 1, close, st.depth[i] + 1));
            i = close + 1;
        } else if (st.isWord(i, "unnest") && st.isSymbol(i + 1, "(")) {
            columns = Optional.of(List.of());
            i = Math.min(st.match[i + 1], end) + 1;
            if (st.isWord(i, "with") && st.isWord(i + 1, "ordinality")) {
                i += 2;
            }
        } else if (st.isName(i)) {
            name.add(st.name(i));
            i++;
            while (st.isSymbol(i, ".") && st.isName(i + 1)) {
                name.add(st.name(i + 1));
                i += 2;
            }
        } else {
            return i;
        }
        String alias = name.isEmpty() ? "" : name.get(name.size() - 1);
        if (st.isWord(i, "as")) {
            i++;
        }
        if (i < end && st.isName(i) && !NOT_ALIASES.contains(st.name(i))) {
            alias = st.name(i);
            i++;
            if (st.isSymbol(i, "(")) { // AS e (x, y): names the derived table's columns
                columns = Optional.of(namesInParentheses(i));
                i = Math.min(st.match[i], end) + 1;
            }
        }
        if (!alias.isEmpty()) {
            found.add(new TableSource(alias.toLowerCase(Locale.ROOT), name, columns, start));
        }
        return i;
    }

    private List<OutputColumn> namesInParentheses(int open) {
        List<OutputColumn> names = new ArrayList<>();
        for (int i = open + 1; i < st.match[open] && i < st.size(); i++) {
            if (st.isName(i) && st.depth[i] == st.depth[open] + 1) {
                names.add(OutputColumn.named(st.name(i)));
            }
        }
        return names;
    }

    /** The column names a subquery {@code [first, end)} yields: its select items' aliases or names. */
    List<OutputColumn> outputColumns(int first, int end, int depth) {
        int select = first;
        while (select < end && !(st.depth[select] == depth && st.isWord(select, "select"))) {
            select = st.isSymbol(select, "(") ? Math.min(st.match[select], end) + 1 : select + 1;
        }
        List<OutputColumn> columns = new ArrayList<>();
        int itemStart = select + 1;
        if (st.isWord(itemStart, "distinct") || st.isWord(itemStart, "all")) {
            itemStart++;
        }
        Scope scope = null;
        for (int i = itemStart; i <= end; i++) {
            boolean itemEnds = i == end || st.depth[i] == depth && (st.isSymbol(i, ",") || st.isWord(i, "from")
                    || st.isWord(i, "where") || st.isWord(i, "group") || st.isWord(i, "order")
                    || st.isWord(i, "union") || st.isWord(i, "limit"));
            if (!itemEnds) {
                continue;
            }
            if (i > itemStart && st.isSymbol(i - 1, "*")) {
                if (scope == null) {
                    scope = new Scope(sources(first, end, depth));
                }
                Optional<String> qualifier = i - 2 >= itemStart && st.isSymbol(i - 2, ".")
                        ? Optional.of(st.name(i - 3)) : Optional.empty();
                columns.add(new OutputColumn("*", qualifier, Optional.of(scope)));
            } else {
                itemName(itemStart, i).ifPresent(n -> columns.add(OutputColumn.named(n)));
            }
            if (i == end || !st.isSymbol(i, ",")) {
                break;
            }
            itemStart = i + 1;
        }
        return columns;
    }

    /** {@code expr AS name}, {@code expr name}, {@code t.name} or {@code name}; empty for unnamed expressions. */
    private Optional<String> itemName(int from, int to) {
        int last = to - 1;
        if (last < from || !st.isName(last)) {
            return Optional.empty();
        }
        boolean single = last == from || st.isSymbol(last - 1, ".");
        boolean aliased = last > from && (st.isWord(last - 1, "as") || st.isSymbol(last - 1, ")")
                || st.isName(last - 1) || st.kind(last - 1) == dev.athenawizard.core.sql.highlight.SqlTokenKind.NUMBER);
        return single || aliased ? Optional.of(st.name(last)) : Optional.empty();
    }
}
