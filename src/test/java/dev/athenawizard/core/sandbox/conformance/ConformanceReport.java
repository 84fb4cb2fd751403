package dev.athenawizard.core.sandbox.conformance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The corpus' outcome: passes and failures by category, as a table for the test output. */
final class ConformanceReport {
    /** One entry's outcome; {@code mismatch} is null when it passed; {@code took} from start to last result page. */
    record Outcome(CorpusEntry entry, String mismatch, Duration took) {
        boolean passed() {
            return mismatch == null;
        }
    }

    private final List<Outcome> outcomes;
    private final Duration took;

    ConformanceReport(List<Outcome> outcomes, Duration took) {
        this.outcomes = List.copyOf(outcomes);
        this.took = took;
    }

    List<Outcome> failures() {
        return outcomes.stream().filter(o -> !o.passed()).toList();
    }

    Duration took() {
        return took;
    }

    int size() {
        return outcomes.size();
    }

    String table() {
        Map<String, int[]> byCategory = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            int[] counts = byCategory.computeIfAbsent(outcome.entry().category(), c -> new int[3]);
            counts[0]++;
            counts[outcome.passed() ? 1 : 2]++;
        }
        StringBuilder table = new StringBuilder();
        String format = "| %-26s | %7s | %6s | %6s |%n";
        table.append(String.format(format, "category", "entries", "passed", "failed"));
        table.append(String.format(format, "-".repeat(26), "------:", "-----:", "-----:"));
        int[] total = new int[3];
        byCategory.forEach((category, counts) -> {
            table.append(String.format(format, category, counts[0], counts[1], counts[2]));
            for (int i = 0; i < 3; i++) {
                total[i] += counts[i];
            }
        });
        table.append(String.format(format, "total", total[0], total[1], total[2]));
        table.append(String.format("Corpus ran in %d ms (%d entries, of which %d expect NOT_SUPPORTED)%n",
                took.toMillis(), outcomes.size(), outcomes.stream().filter(ConformanceReport::refused).count()));
        return table.toString();
    }

    /** The entries that took longest, to see where the corpus' time goes. */
    String slowest(int count) {
        StringBuilder text = new StringBuilder("Slowest entries:%n".formatted());
        outcomes.stream().sorted(java.util.Comparator.comparing(Outcome::took).reversed()).limit(count)
                .forEach(o -> text.append(String.format("  %5d ms  [%s] %s%n", o.took().toMillis(), o.entry().category(),
                        o.entry().sql().replace("\n", " "))));
        return text.toString();
    }

    private static boolean refused(Outcome outcome) {
        return outcome.entry().expectsError() && outcome.entry().error().startsWith("NOT_SUPPORTED");
    }

    String failureDetails() {
        List<String> lines = new ArrayList<>();
        for (Outcome failure : failures()) {
            CorpusEntry entry = failure.entry();
            lines.add("[" + entry.category() + "] corpus line " + entry.line() + ": " + entry.sql().replace("\n", "\\n")
                    + "\n   " + failure.mismatch());
        }
        return String.join("\n", lines);
    }
}
