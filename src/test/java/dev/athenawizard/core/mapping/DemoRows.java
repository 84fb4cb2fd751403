package dev.athenawizard.core.mapping;

import dev.athenawizard.core.athena.query.ResultColumn;
import dev.athenawizard.core.athena.query.ResultTable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Rows shaped like the sandbox's {@code aporia_demo.model_predictions} (see {@code DemoData}), rendered as Athena
 * renders them, for tests that need the demo table without a sandbox: same columns, types and value shapes (uuid-like
 * ids, timestamps with milliseconds, one of eight texts with an optional "New customer." prefix, five owners, a
 * 768-number embedding, a probability and its decision, and an actual that is NULL for the newest rows).
 */
public final class DemoRows {
    static final List<String> COLUMNS = List.of("prediction_id", "prediction_timestamp", "raw_text", "amount",
            "owner", "is_new", "embeddings", "will_buy_insurance", "proba", "did_buy_insurance");
    private static final List<String> TYPES = List.of("varchar", "timestamp", "varchar", "double", "varchar",
            "boolean", "array", "boolean", "double", "boolean");
    private static final String[] TEXTS = {"Asked about coverage for a new car.", "Just browsing prices.",
        "Needs travel insurance for next month.", "Compared home insurance quotes.",
        "Policy renews soon, wants a better deal.", "Asked what liability covers.",
        "Wants to add a teenager to the policy.", "Asked how to cancel the subscription."};
    private static final String[] OWNERS = {"alice", "bob", "carol", "dave", "erin"};
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);

    private DemoRows() {
    }

    /** {@code rows} predictions, the last {@code withoutActual} of them without an actual yet. */
    public static ResultTable table(int rows, int withoutActual, long seed) {
        Random random = new Random(seed);
        LocalDateTime t = LocalDateTime.of(2026, 11, 1, 0, 0);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            t = t.plusSeconds(30 + random.nextInt(300)).plusNanos(random.nextInt(1000) * 1_000_000L);
            boolean fresh = random.nextDouble() < 0.3;
            double proba = Math.round(Math.min(0.999, Math.max(0.001, random.nextDouble())) * 10_000) / 10_000.0;
            String actual = i >= rows - withoutActual ? null : Boolean.toString(random.nextDouble() < proba);
            out.add(Collections.unmodifiableList(Arrays.asList(
                    uuid(random), t.format(TS), (fresh ? "New customer. " : "") + TEXTS[random.nextInt(TEXTS.length)],
                    number(Math.round(Math.exp(3.0 + 4.6 * random.nextDouble()) * 100) / 100.0),
                    OWNERS[random.nextInt(OWNERS.length)], Boolean.toString(fresh), embedding(random, 768),
                    Boolean.toString(proba >= 0.5), number(proba), actual)));
        }
        List<ResultColumn> columns = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            columns.add(new ResultColumn(COLUMNS.get(c), TYPES.get(c), 0, 0));
        }
        return new ResultTable(columns, out, true);
    }

    static String embedding(Random random, int length) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (int k = 0; k < length; k++) {
            j.add(number(Math.round((random.nextDouble() * 2 - 1) * 1000) / 1000.0));
        }
        return j.toString();
    }

    /** Java's rendering of a double, as Athena's text notation uses it. */
    static String number(double value) {
        return Double.toString(value);
    }

    private static String uuid(Random random) {
        String hex = String.format(Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong());
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20, 32);
    }
}
