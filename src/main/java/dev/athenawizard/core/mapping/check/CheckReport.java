package dev.athenawizard.core.mapping.check;

import dev.athenawizard.core.mapping.profile.Words;
import java.util.Comparator;
import java.util.List;

/**
 * Every finding of the checks on one mapping and one preview; belongs to both (a new preview or an edit makes it
 * out of date).
 *
 * @param checks the findings, errors first
 * @param rows   how many preview rows they were checked on
 */
public record CheckReport(List<Check> checks, int rows) {
    public CheckReport {
        checks = checks.stream().sorted(Comparator.comparing(Check::severity)).toList();
    }

    /** Whether something must be fixed before going on. */
    public boolean blocking() {
        return checks.stream().anyMatch(c -> c.severity() == Severity.ERROR);
    }

    public List<Check> withSeverity(Severity severity) {
        return checks.stream().filter(c -> c.severity() == severity).toList();
    }

    public List<Check> about(Topic topic) {
        return checks.stream().filter(c -> c.topic() == topic).toList();
    }

    public List<Check> forColumn(String column) {
        return checks.stream().filter(c -> c.column().equals(column)).toList();
    }

    /** {@code 2 problems to fix · 1 warning}, or {@code All checks passed on 100 preview rows}. */
    public String summary() {
        long errors = withSeverity(Severity.ERROR).size();
        long warnings = withSeverity(Severity.WARNING).size();
        if (errors == 0 && warnings == 0) {
            return "All checks passed on " + Words.count(rows, "preview row");
        }
        String e = errors == 0 ? "" : Words.count(errors, "problem") + " to fix";
        String w = warnings == 0 ? "" : Words.count(warnings, "warning");
        return e.isEmpty() ? w : w.isEmpty() ? e : e + " · " + w;
    }
}
