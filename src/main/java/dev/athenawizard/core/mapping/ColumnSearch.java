package dev.athenawizard.core.mapping;

import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.profile.ColumnProfile;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Filters the column list as the user types: every word of the query must appear (ignoring case, and ignoring
 * {@code _}, {@code -}, spaces and dots, so {@code buyinsurance} finds {@code will_buy_insurance}) in the column's
 * name, its Athena or Glue type, or — given the mapping — its field name, role ({@code features},
 * {@code unassigned}) or Aporia type ({@code tensor}). Build it once per preview; {@link #matching} is fast enough
 * to run on every keystroke for thousands of columns. It remembers the text of the last mapping it was given, so
 * use one instance from one thread (the FX thread).
 */
public final class ColumnSearch {
    private final List<ColumnProfile> columns;
    private final String[] haystacks;
    private Mapping textOf;
    private Map<String, String> mappedText = Map.of();

    private ColumnSearch(List<ColumnProfile> columns) {
        this.columns = List.copyOf(columns);
        this.haystacks = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            ColumnProfile c = columns.get(i);
            haystacks[i] = searchable(c.name() + "\n" + c.athenaType() + "\n" + c.declaredType());
        }
    }

    public static ColumnSearch of(List<ColumnProfile> columns) {
        return new ColumnSearch(columns);
    }

    /** Positions (in the list given to {@link #of}) of the columns matching the query, in order; all for a blank one. */
    public int[] matching(String query) {
        return matching(query, null);
    }

    /** Like {@link #matching(String)}, also matching field names, roles and Aporia types of the mapping. */
    public int[] matching(String query, Mapping mapping) {
        String[] words = words(query);
        Map<String, String> mapped = mapping == null ? Map.of() : mappedText(mapping);
        int[] found = new int[columns.size()];
        int n = 0;
        for (int i = 0; i < columns.size(); i++) {
            String extra = mapping == null ? "" : mapped.getOrDefault(columns.get(i).name(), "unassigned");
            if (matchesAll(words, haystacks[i], extra)) {
                found[n++] = i;
            }
        }
        return Arrays.copyOf(found, n);
    }

    /** The matching columns themselves. */
    public List<ColumnProfile> filter(String query, Mapping mapping) {
        return Arrays.stream(matching(query, mapping)).mapToObj(columns::get).toList();
    }

    private static boolean matchesAll(String[] words, String haystack, String extra) {
        for (String w : words) {
            if (!haystack.contains(w) && !extra.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The searchable text of the mapped columns, made again only when the mapping changed (a mapping is immutable). */
    private Map<String, String> mappedText(Mapping mapping) {
        if (mapping == textOf) {
            return mappedText;
        }
        Map<String, String> text = new HashMap<>();
        for (MappedColumn e : mapping.entries()) {
            text.put(e.column(), searchable(e.field() + "\n" + e.role().zone() + "\n"
                    + e.schema().map(s -> s.label()).orElse("") + "\nmapped"));
        }
        textOf = mapping;
        mappedText = text;
        return text;
    }

    private static String[] words(String query) {
        if (query == null || query.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(query.strip().split("\\s+")).map(ColumnSearch::compact)
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    /** Lower case, with each part present both as written and without separators. */
    private static String searchable(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower + "\n" + compact(lower);
    }

    private static String compact(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c != '_' && c != '-' && c != ' ' && c != '.') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
