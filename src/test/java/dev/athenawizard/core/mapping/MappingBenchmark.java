package dev.athenawizard.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.query.ResultColumn;
import dev.athenawizard.core.athena.query.ResultTable;
import dev.athenawizard.core.mapping.check.MappingChecks;
import dev.athenawizard.core.mapping.edit.AcceptSuggestions;
import dev.athenawizard.core.mapping.edit.MappingHistory;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.suggest.MappingSuggester;
import dev.athenawizard.core.mapping.suggest.SuggestionSet;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the Mapping step's core takes on a wide preview: 2,000 columns of 100 rows (profiling, suggestions,
 * accepting them all, checks of the accepted mapping) and filtering the 2,000-column list by a search string. Run with
 * {@code ./mvnw -B -o -Pbench verify -Dtest=MappingBenchmark}; the table is printed and written to
 * {@code target/bench/mapping.md}.
 *
 * <p>The columns mix what wide feature tables hold: doubles (40%), bigints (15%), short category text (20%), free
 * text (5%), booleans (5%), timestamps (5%), arrays of 32 doubles (8%), maps of scores (1%), four 768-number
 * embeddings, an id, a timestamp, and a prediction/actual pair. Each measurement is repeated after a warm-up; the
 * median and the slowest run are reported.
 */
@Tag("bench")
public class MappingBenchmark {
    private static final int COLUMNS = 2_000;
    private static final int ROWS = 100;
    private static final int WARM_UP = 15;
    private static final int RUNS = 40;

    @Test
    void profileSuggestCheckAndFilterAWidePreview() throws IOException {
        ResultTable table = wideTable(new Random(2026));

        Timing profile = time(() -> PreviewProfile.of(table));
        PreviewProfile preview = PreviewProfile.of(table);
        Timing suggest = time(() -> MappingSuggester.suggest(preview));
        Timing both = time(() -> MappingSuggester.suggest(PreviewProfile.of(table)));
        SuggestionSet suggestions = MappingSuggester.suggest(preview);
        MappingHistory history = new MappingHistory(Mapping.EMPTY, preview);
        history.apply(new AcceptSuggestions(suggestions.columns(), suggestions.modelType()));
        Mapping mapping = history.current();
        Timing checks = time(() -> MappingChecks.run(mapping, preview));
        Timing accept = time(() -> new AcceptSuggestions(suggestions.columns(), suggestions.modelType())
                .apply(Mapping.EMPTY, preview));

        ColumnSearch search = ColumnSearch.of(preview.columns());
        List<String> queries = List.of("f_1", "score", "double", "cat txt", "zzz", "");
        Timing filter = time(() -> queries.stream().mapToInt(q -> search.matching(q).length).sum(), queries.size());
        Timing filterMapped = time(() -> queries.stream().mapToInt(q -> search.matching(q, mapping).length).sum(),
                queries.size());
        Timing build = time(() -> ColumnSearch.of(preview.columns()));

        assertThat(suggestions.columns()).hasSize(COLUMNS);
        assertThat(search.matching("f_1")).isNotEmpty();
        assertThat(MappingChecks.run(mapping, preview).checks()).isNotEmpty();

        String report = "# Mapping core on " + COLUMNS + " columns × " + ROWS + " preview rows\n\n"
                + "| step | median | slowest | median CPU time of the thread |\n|---|---|---|---|\n"
                + profile.row("profile every column") + suggest.row("suggest roles and types (profiles given)")
                + both.row("**profile + suggest** (target < 100 ms)")
                + accept.row("accept all suggestions (one undoable edit)")
                + checks.row("checks of the accepted mapping")
                + build.row("build the column search index")
                + filter.row("filter the column list, per query (target < 16 ms)")
                + filterMapped.row("filter with the mapping (names, roles, types), per query")
                + "\n" + Runtime.getRuntime().availableProcessors() + " processors, Java "
                + System.getProperty("java.version") + ", load average " + loadAverage() + " when it ended "
                + "(CPU time shows the work itself when other processes compete for the processors).\n";
        System.out.println(report);
        Path out = Path.of("target", "bench", "mapping.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private record Timing(double medianMillis, double slowestMillis, double medianCpuMillis) {
        String row(String what) {
            return String.format(Locale.ROOT, "| %s | %.3f ms | %.3f ms | %.3f ms |%n", what, medianMillis,
                    slowestMillis, medianCpuMillis);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Timing time(Supplier<?> work) {
        return time(work, 1);
    }

    /** Runs {@code work} (which does {@code per} operations) after a warm-up; times per operation. */
    private static Timing time(Supplier<?> work, int per) {
        Object sink = null;
        for (int i = 0; i < WARM_UP; i++) {
            sink = work.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink = work.get();
            millis[i] = (System.nanoTime() - start) / 1e6 / per;
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6 / per;
        }
        assertThat(sink).isNotNull();
        Arrays.sort(millis);
        Arrays.sort(cpu);
        return new Timing(millis[RUNS / 2], millis[RUNS - 1], cpu[RUNS / 2]);
    }

    /** A 2,000-column, 100-row preview result, as the screen benchmark uses it too. */
    public static ResultTable wideTable(Random random) {
        List<ResultColumn> columns = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        add(columns, kinds, "prediction_id", "varchar", Kind.ID);
        add(columns, kinds, "prediction_timestamp", "timestamp", Kind.TIMESTAMP);
        add(columns, kinds, "will_churn", "boolean", Kind.BOOLEAN);
        add(columns, kinds, "did_churn", "boolean", Kind.BOOLEAN);
        add(columns, kinds, "churn_score", "double", Kind.PROBABILITY);
        for (int e = 0; e < 4; e++) {
            add(columns, kinds, "embedding_" + e, "array", Kind.EMBEDDING);
        }
        for (int i = 0; columns.size() < COLUMNS; i++) {
            int pick = i % 100;
            Kind kind = pick < 40 ? Kind.DOUBLE : pick < 55 ? Kind.BIGINT : pick < 75 ? Kind.CATEGORY
                    : pick < 80 ? Kind.TEXT : pick < 85 ? Kind.BOOLEAN : pick < 90 ? Kind.TIMESTAMP
                    : pick < 98 ? Kind.SHORT_ARRAY : pick < 99 ? Kind.MAP : Kind.DOUBLE;
            add(columns, kinds, kind.prefix + "_" + i, kind.athenaType, kind);
        }
        List<List<String>> rows = new ArrayList<>();
        LocalDateTime t = LocalDateTime.of(2026, 1, 1, 0, 0);
        DateTimeFormatter ts = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);
        for (int r = 0; r < ROWS; r++) {
            t = t.plusSeconds(1 + random.nextInt(600));
            List<String> row = new ArrayList<>(columns.size());
            for (Kind kind : kinds) {
                row.add(random.nextInt(50) == 0 && kind != Kind.ID && kind != Kind.TIMESTAMP ? null
                        : kind.value(random, r, t.format(ts)));
            }
            rows.add(Collections.unmodifiableList(row));
        }
        return new ResultTable(columns, rows, true);
    }

    private static void add(List<ResultColumn> columns, List<Kind> kinds, String name, String type, Kind kind) {
        columns.add(new ResultColumn(name, type, 0, 0));
        kinds.add(kind);
    }

    private enum Kind {
        ID("id", "varchar"), TIMESTAMP("ts", "timestamp"), DOUBLE("f", "double"), BIGINT("n", "bigint"),
        CATEGORY("cat", "varchar"), TEXT("txt", "varchar"), BOOLEAN("flag", "boolean"), PROBABILITY("p", "double"),
        SHORT_ARRAY("vec", "array"), EMBEDDING("emb", "array"), MAP("scores", "map");

        private static final String[] WORDS = {"asked", "about", "coverage", "for", "a", "new", "car", "prices",
            "renewal", "quote", "travel", "home"};
        final String prefix;
        final String athenaType;

        Kind(String prefix, String athenaType) {
            this.prefix = prefix;
            this.athenaType = athenaType;
        }

        String value(Random random, int row, String time) {
            return switch (this) {
                case ID -> "p-" + row + "-" + Integer.toHexString(random.nextInt());
                case TIMESTAMP -> time;
                case DOUBLE -> Double.toString(Math.round(random.nextGaussian() * 10_000) / 100.0);
                case BIGINT -> Integer.toString(random.nextInt(10_000));
                case CATEGORY -> "c" + random.nextInt(8);
                case TEXT -> sentence(random);
                case BOOLEAN -> Boolean.toString(random.nextBoolean());
                case PROBABILITY -> Double.toString(Math.round(random.nextDouble() * 10_000) / 10_000.0);
                case SHORT_ARRAY -> DemoRows.embedding(random, 32);
                case EMBEDDING -> DemoRows.embedding(random, 768);
                case MAP -> "{a=" + random.nextDouble() + ", b=" + random.nextDouble() + "}";
            };
        }

        private static String sentence(Random random) {
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < 6 + random.nextInt(6); w++) {
                b.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            return b.append('.').toString();
        }
    }
}
