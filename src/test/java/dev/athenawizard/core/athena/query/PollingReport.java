package dev.athenawizard.core.athena.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The polling benchmark's tables: per duration band, each schedule's median and 90th-percentile lateness and its mean
 * calls per query, then the targets checked against them. Schedule 0 is ours, schedule 1 the 0.25 s poller
 * the targets are measured against.
 */
final class PollingReport {
    private static final long[][] BANDS = {{0, 1}, {1, 2}, {2, 5}, {5, 10}, {10, 30}, {30, 60}};
    private static final int OURS = 0;
    private static final int QUARTER = 1;
    private static final int EXTRA_CALLS = 8;

    /** One query run under one schedule. */
    record Run(int query, int schedule, boolean rerun, Duration took, Duration late, int calls) {
        boolean in(long[] band) {
            return took.compareTo(Duration.ofSeconds(band[0])) >= 0 && took.compareTo(Duration.ofSeconds(band[1])) < 0;
        }
    }

    private final List<String> schedules;
    private final List<Run> runs;

    PollingReport(List<String> schedules, List<Run> runs) {
        this.schedules = schedules;
        this.runs = runs;
    }

    String render(String latency, int queries, Duration took) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d random queries, those under 10 s also run again; network %s; "
                + "%.0f s of real time.%n%n", queries, latency, took.toMillis() / 1000.0));
        for (boolean rerun : new boolean[] {false, true}) {
            out.append(rerun ? "Run again (ours knows the last run; the others poll as always):\n\n"
                    : "First run (nothing known about the query):\n\n");
            out.append(table(rerun)).append('\n').append(targets(rerun)).append('\n');
        }
        return out.toString();
    }

    private String table(boolean rerun) {
        StringBuilder t = new StringBuilder("| query takes | n |");
        schedules.forEach(s -> t.append(' ').append(s).append(": late, median / p90 | calls |"));
        t.append('\n').append("|---|---:|").append("---:|---:|".repeat(schedules.size())).append('\n');
        for (long[] band : BANDS) {
            int count = select(OURS, rerun, r -> r.in(band)).size();
            if (count == 0) {
                continue;
            }
            t.append(String.format(Locale.ROOT, "| %s | %d |", label(band), count));
            for (int s = 0; s < schedules.size(); s++) {
                List<Run> in = select(s, rerun, r -> r.in(band));
                t.append(String.format(Locale.ROOT, " %d / %d ms | %.1f |", percentile(in, 50), percentile(in, 90),
                        meanCalls(in)));
            }
            t.append('\n');
        }
        return t.toString();
    }

    private String targets(boolean rerun) {
        List<String> lines = new ArrayList<>();
        long subSecond = percentile(select(OURS, rerun, r -> r.in(BANDS[0])), 50);
        lines.add(check(subSecond < 60, "under 1 s: median %d ms late (target < 60 ms)", subSecond));
        for (long[] band : BANDS) {
            if (band[0] < 1 || band[1] > 30 || select(OURS, rerun, r -> r.in(band)).isEmpty()) {
                continue;
            }
            lines.add(laterCheck(label(band), select(OURS, rerun, r -> r.in(band)),
                    select(QUARTER, rerun, r -> r.in(band))));
        }
        lines.add(laterCheck("1–30 s together", select(OURS, rerun, PollingReport::oneToThirty),
                select(QUARTER, rerun, PollingReport::oneToThirty)));
        int worst = worstExtraCalls(rerun, 30);
        lines.add(check(worst <= EXTRA_CALLS, "up to 30 s: at most %d calls more than 0.25 s polling on the same "
                + "query (target: at most %d)", worst, EXTRA_CALLS));
        if (!select(OURS, rerun, r -> r.in(BANDS[5])).isEmpty()) {
            double ours = meanCalls(select(OURS, rerun, r -> r.in(BANDS[5])));
            double quarter = meanCalls(select(QUARTER, rerun, r -> r.in(BANDS[5])));
            lines.add(check(ours < quarter, "30–60 s: %.1f calls a query, 0.25 s polling %.1f (target: fewer)",
                    ours, quarter));
        }
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append("- ").append(line).append('\n'));
        return out.toString();
    }

    /** Whether ours is no later than 0.25 s polling: by the medians, or at least not beyond chance. */
    private static String laterCheck(String label, List<Run> ours, List<Run> quarter) {
        long[] interval = MedianDifference.interval(lates(ours), lates(quarter), 90);
        String verdict = percentile(ours, 50) <= percentile(quarter, 50) ? "met: "
                : interval[0] <= 0 ? "met within noise: " : "NOT met: ";
        return verdict + String.format(Locale.ROOT, "%s: median %d ms late, 0.25 s polling %d ms; the difference is "
                + "%d to %d ms with 90%% confidence (target: no later)", label, percentile(ours, 50),
                percentile(quarter, 50), interval[0], interval[1]);
    }

    private static boolean oneToThirty(Run run) {
        return run.took().compareTo(Duration.ofSeconds(1)) >= 0 && run.took().compareTo(Duration.ofSeconds(30)) < 0;
    }

    /** The most calls ours made beyond 0.25 s polling on the same query, among queries up to {@code seconds}. */
    private int worstExtraCalls(boolean rerun, long seconds) {
        Map<Integer, Integer> quarter = new HashMap<>();
        select(QUARTER, rerun, r -> true).forEach(r -> quarter.put(r.query(), r.calls()));
        return select(OURS, rerun, r -> r.took().compareTo(Duration.ofSeconds(seconds)) < 0).stream()
                .mapToInt(r -> r.calls() - quarter.get(r.query())).max().orElse(0);
    }

    private List<Run> select(int schedule, boolean rerun, Predicate<Run> which) {
        return runs.stream().filter(r -> r.schedule() == schedule && r.rerun() == rerun).filter(which).toList();
    }

    private static String check(boolean met, String format, Object... args) {
        return (met ? "met: " : "NOT met: ") + String.format(Locale.ROOT, format, args);
    }

    private static List<Long> lates(List<Run> runs) {
        return runs.stream().map(r -> r.late().toMillis()).toList();
    }

    private static double meanCalls(List<Run> runs) {
        return runs.stream().mapToInt(Run::calls).average().orElse(Double.NaN);
    }

    /** Nearest-rank percentile of the lateness, in milliseconds; -1 for no runs. */
    private static long percentile(List<Run> runs, int p) {
        if (runs.isEmpty()) {
            return -1;
        }
        return MedianDifference.percentile(lates(runs), p);
    }

    private static String label(long[] band) {
        return band[0] == 0 ? "under " + band[1] + " s" : band[0] + "–" + band[1] + " s";
    }
}
