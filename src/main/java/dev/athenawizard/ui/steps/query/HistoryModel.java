package dev.athenawizard.ui.steps.query;

import dev.athenawizard.core.DataSizes;
import dev.athenawizard.core.Durations;
import dev.athenawizard.core.project.QueryHistory;
import dev.athenawizard.core.project.QueryHistory.Entry;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The History menu without a screen: the queries run, newest first, as kept across restarts; each run is added as it
 * ends. Reading and writing the file happen elsewhere (the step passes them in); the list on screen never waits for
 * them.
 */
final class HistoryModel {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryModel.class);
    /** How many of the newest queries the menu lists. */
    static final int SHOWN = 15;
    private static final int SQL_CHARS = 90;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ENGLISH);

    final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final Executor ui;
    private final ZoneId zone;

    /** @param ui where results land; {@code zone} is the one times are shown in */
    HistoryModel(Executor ui, ZoneId zone) {
        this.ui = ui;
        this.zone = zone;
    }

    /** Reads the kept history; runs recorded meanwhile stay on top. */
    void load(Supplier<CompletableFuture<List<Entry>>> read) {
        read.get().whenComplete((kept, failure) -> ui.execute(() -> {
            if (failure != null) {
                LOG.warn("could not read the query history: {}", failure.getMessage());
                return;
            }
            for (Entry e : kept) {
                if (entries.stream().noneMatch(e::sameQuery) && entries.size() < QueryHistory.MAX) {
                    entries.add(e);
                }
            }
        }));
    }

    /** A run ended: it goes on top now, and into the kept history through {@code add}. */
    void record(Entry run, Function<Entry, CompletableFuture<List<Entry>>> add) {
        entries.removeIf(run::sameQuery);
        entries.add(0, run);
        if (entries.size() > QueryHistory.MAX) {
            entries.remove(QueryHistory.MAX, entries.size());
        }
        add.apply(run).whenComplete((kept, failure) -> {
            if (failure != null) {
                LOG.warn("could not keep the query in the history: {}", failure.getMessage());
            }
        });
    }

    /** The menu's newest entries. */
    List<Entry> shown() {
        return entries.stream().limit(SHOWN).toList();
    }

    /** One line of the menu: "✓ Nov 28 14:03 · 420 ms · 15.8 MB · SELECT prediction_id, amount FROM …". */
    String describe(Entry e) {
        String mark = switch (e.outcome()) {
            case SUCCEEDED -> "✓";
            case FAILED -> "✗";
            case CANCELLED -> "■";
        };
        String scanned = e.reused() ? "reused" : e.outcome() == QueryHistory.Outcome.SUCCEEDED
                ? DataSizes.format(e.bytesScanned()) : e.outcome() == QueryHistory.Outcome.FAILED ? "failed"
                : "cancelled";
        return mark + " " + WHEN.format(e.ranAt().atZone(zone)) + " · " + Durations.format(Duration.ofMillis(
                e.elapsedMs())) + " · " + scanned + " · " + oneLine(e.sql());
    }

    /** The whole query on one line, shortened at a word to fit a menu. */
    static String oneLine(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        if (flat.length() <= SQL_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SQL_CHARS);
        return flat.substring(0, cut > SQL_CHARS / 2 ? cut : SQL_CHARS) + " …";
    }
}
