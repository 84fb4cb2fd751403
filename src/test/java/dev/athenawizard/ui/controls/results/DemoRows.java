package dev.athenawizard.ui.controls.results;

import dev.athenawizard.core.athena.query.ResultColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Rows shaped like the sandbox's demo table as Athena returns them (text notation, null for NULL): ids, timestamps,
 * text, numbers, booleans, a 768-value embedding, and a delayed actual that is NULL for recent rows. For GUI tests,
 * the demo harness and the benchmarks; {@link #wide} repeats the columns to any width.
 */
public final class DemoRows {
    public static final List<ResultColumn> COLUMNS = List.of(
            new ResultColumn("prediction_id", "varchar", 2147483647, 0),
            new ResultColumn("prediction_timestamp", "timestamp", 3, 0),
            new ResultColumn("raw_text", "varchar", 2147483647, 0),
            new ResultColumn("amount", "double", 17, 0),
            new ResultColumn("owner", "varchar", 2147483647, 0),
            new ResultColumn("is_new", "boolean", 0, 0),
            new ResultColumn("embeddings", "array", 0, 0),
            new ResultColumn("will_buy_insurance", "boolean", 0, 0),
            new ResultColumn("proba", "double", 17, 0),
            new ResultColumn("did_buy_insurance", "boolean", 0, 0));
    private static final String[] OWNERS = {"alice", "bob", "carol", "dave", "erin"};
    private static final String[] TEXTS = {"I'd like to insure my new car", "What does the premium cover?",
            "Cancel my policy please", "Is water damage included?", null};

    private DemoRows() {
    }

    public static List<List<String>> rows(int count) {
        Random random = new Random(7);
        List<List<String>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(Arrays.asList(row(i, random, true)));
        }
        return rows;
    }

    /** {@code columns} columns: the demo's ten repeated (names suffixed), with one embedding column in all. */
    public static List<ResultColumn> wideColumns(int columns) {
        List<ResultColumn> out = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            ResultColumn base = COLUMNS.get(c % COLUMNS.size());
            boolean embedding = base.name().equals("embeddings");
            ResultColumn column = c >= COLUMNS.size() && embedding
                    ? new ResultColumn("tags_" + (c / COLUMNS.size()), "array", 0, 0)
                    : new ResultColumn(base.name() + (c < COLUMNS.size() ? "" : "_" + (c / COLUMNS.size())),
                    base.type(), base.precision(), base.scale());
            out.add(column);
        }
        return out;
    }

    public static List<List<String>> wide(int count, int columns) {
        List<List<String>> rows = new ArrayList<>(count);
        wide(count, columns, rows::add);
        return rows;
    }

    /** The rows of {@link #wide(int, int)} one at a time, for a caller that keeps them in some other form. */
    public static void wide(int count, int columns, Consumer<List<String>> each) {
        Random random = new Random(11);
        for (int i = 0; i < count; i++) {
            String[] values = new String[columns];
            String[] first = row(i, random, true);
            String[] others = row(i, random, false);
            for (int c = 0; c < columns; c++) {
                values[c] = c < COLUMNS.size() ? first[c] : others[c % COLUMNS.size()];
            }
            each.accept(Arrays.asList(values));
        }
    }

    private static String[] row(int i, Random random, boolean withEmbedding) {
        return new String[] {
            String.format(Locale.ROOT, "p-%07d", i + 1),
            String.format(Locale.ROOT, "2026-11-%02d %02d:%02d:%02d.000", 1 + i % 28, i % 24, i % 60, (i * 7) % 60),
            TEXTS[i % TEXTS.length],
            String.format(Locale.ROOT, "%.2f", 5 + random.nextDouble() * 500),
            OWNERS[i % OWNERS.length],
            String.valueOf(i % 3 == 0),
            withEmbedding ? embedding(random) : "[" + (i % 5) + ", " + (i % 7) + ", " + (i % 11) + "]",
            String.valueOf(i % 2 == 0),
            String.format(Locale.ROOT, "%.4f", random.nextDouble()),
            i % 8 < 3 ? null : String.valueOf(i % 5 == 0)};
    }

    private static String embedding(Random random) {
        StringBuilder b = new StringBuilder(768 * 10).append('[');
        for (int d = 0; d < 768; d++) {
            if (d > 0) {
                b.append(", ");
            }
            b.append(String.format(Locale.ROOT, "%.6f", random.nextGaussian() * 0.1));
        }
        return b.append(']').toString();
    }
}
