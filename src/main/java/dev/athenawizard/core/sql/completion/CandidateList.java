package dev.athenawizard.core.sql.completion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects candidates that match what was typed and orders them: how well the label matches (the same word, then
 * starts with it, then a part after {@code _} starts with it, then contains it), then what the place in the query
 * wants most (columns where an expression goes, tables after FROM), then the order they were offered in (a table's
 * columns in table order), then alphabetically.
 */
final class CandidateList {
    private final String prefix;
    private final List<Ranked> ranked = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final boolean quoted;

    private record Ranked(CompletionCandidate candidate, int match, int kindRank, int order) {
    }

    CandidateList(String prefix, boolean quoted) {
        this.prefix = prefix.toLowerCase(Locale.ROOT);
        this.quoted = quoted;
    }

    /** Offers a name (column, table, database): inserted quoted where SQL needs it, or where the user opened a quote. */
    void name(String name, CandidateKind kind, String detail, int kindRank) {
        String insert = quoted ? "\"" + name.replace("\"", "\"\"") + "\"" : SqlIdentifiers.quoteIfNeeded(name);
        add(new CompletionCandidate(name, kind, detail, insert, 0), kindRank);
    }

    void add(CompletionCandidate candidate, int kindRank) {
        int match = match(candidate.label().toLowerCase(Locale.ROOT));
        if (match < 0 || !seen.add(candidate.kind() + "\u0000" + candidate.label() + "\u0000" + candidate.detail())) {
            return;
        }
        ranked.add(new Ranked(candidate, match, kindRank, ranked.size()));
    }

    private int match(String label) {
        if (prefix.isEmpty()) {
            return 1;
        }
        if (label.equals(prefix)) {
            return 0;
        }
        if (label.startsWith(prefix)) {
            return 1;
        }
        int at = label.indexOf(prefix);
        if (at < 0) {
            return -1;
        }
        return label.indexOf("_" + prefix) >= 0 ? 2 : 3;
    }

    List<CompletionCandidate> best(int limit) {
        return ranked.stream()
                .sorted(Comparator.comparingInt(Ranked::match).thenComparingInt(Ranked::kindRank)
                        .thenComparingInt(Ranked::order))
                .limit(limit)
                .map(Ranked::candidate)
                .toList();
    }
}
