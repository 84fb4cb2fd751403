package dev.athenawizard.ui.controls.sql;

import static dev.athenawizard.ui.controls.sql.ControlScene.onFx;
import static dev.athenawizard.ui.controls.sql.ControlScene.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.sql.completion.BenchMachine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * FX-thread time of highlighting after one keystroke in a 5,000-line query (target: under 16 ms median), against
 * RichTextFX's usual way (its JavaKeywords demo: a regex over the whole text, then {@code setStyleSpans} of all of it
 * on the FX thread). Runs on Monocle headless: {@code ./mvnw -B -o -Pbench verify -Dtest=HighlightBenchmark}; the
 * table is printed and written to {@code target/bench/highlighting.md}.
 *
 * <p>A keystroke is one character inserted at a random place in the text (as typing anywhere does). Measured for the
 * wizard: every bit of FX-thread work of its highlighting for that keystroke — following the edit, taking the text
 * for the background thread, writing the changed styles, and any later slices. Not counted in either column: the
 * RichTextFX insertion itself, and rendering, which both approaches pay alike.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class HighlightBenchmark {
    private static final int LINES = 5_000;
    private static final int KEYSTROKES = 60;
    private static final int WARMUP = 15;
    private static final Pattern REGEX = Pattern.compile("(?<KEYWORD>\\b(?i:" + String.join("|", List.of("SELECT",
            "FROM", "WHERE", "AND", "OR", "AS", "WITH", "CASE", "WHEN", "THEN", "ELSE", "END", "OVER", "PARTITION",
            "BY", "ORDER", "DESC", "UNION", "ALL", "INTERVAL", "DAY")) + ")\\b)"
            + "|(?<STRING>'([^'])*')|(?<COMMENT>--[^\\n]*)|(?<NUMBER>\\b\\d+(\\.\\d+)?\\b)|(?<PAREN>[()])");

    private SqlEditor editor;
    private CodeArea baseline;
    private ControlScene scene;

    @Start
    void start(Stage stage) {
        editor = new SqlEditor();
        baseline = new CodeArea();
        javafx.scene.layout.HBox both = new javafx.scene.layout.HBox(editor, baseline);
        editor.setPrefWidth(590);
        baseline.setPrefWidth(590);
        scene = ControlScene.show(stage, both, 1180, 780);
    }

    @Test
    void oneKeystrokeInAFiveThousandLineQuery() throws IOException {
        String sql = LongQuery.lines(LINES);
        onFx(() -> {
            editor.setText(sql);
            baseline.replaceText(sql);
            baseline.setStyleSpans(0, regexHighlighting(baseline.getText()));
            return null;
        });
        waitUntil(() -> editor.isHighlightingSettled());
        Random random = new Random(5);
        List<Double> wizard = new ArrayList<>();
        List<Double> longestTurn = new ArrayList<>();
        List<Double> regex = new ArrayList<>();
        for (int k = 0; k < WARMUP + KEYSTROKES; k++) {
            int at = random.nextInt(sql.length());
            char typed = "abcxyz _,1".charAt(random.nextInt(10));
            onFx(() -> {
                editor.highlightingFxTime().reset();
                editor.area().insertText(at, String.valueOf(typed));
                return null;
            });
            waitUntil(() -> editor.isHighlightingSettled());
            double ms = onFx(() -> editor.highlightingFxTime().totalNanos()) / 1e6;
            double turn = onFx(() -> editor.highlightingFxTime().longestNanos()) / 1e6;
            double base = onFx(() -> {
                baseline.insertText(at, String.valueOf(typed));
                long start = System.nanoTime();
                baseline.setStyleSpans(0, regexHighlighting(baseline.getText()));
                return (System.nanoTime() - start) / 1e6;
            });
            if (k >= WARMUP) {
                wizard.add(ms);
                longestTurn.add(turn);
                regex.add(base);
            }
        }
        Worst opening = openingAString();
        String report = String.format(Locale.ROOT, """
                ## Highlighting a %,d-line query (%,d characters) after one keystroke — FX-thread time

                Monocle headless, software rendering; %d keystrokes at random places after %d warm-up ones;
                machine load average %s on %d cores while measuring.

                | | median | p90 | max |
                |---|---|---|---|
                | wizard: background tokenizing, changed spans only | %.2f ms | %.2f ms | %.2f ms |
                | wizard: longest single FX-thread turn | %.2f ms | %.2f ms | %.2f ms |
                | RichTextFX's usual full-regex restyle | %.2f ms | %.2f ms | %.2f ms |

                Worst case — typing `'` on line 2 turns everything after it into a string: the wizard restyles the
                visible lines %d characters a frame, then the rest %,d a frame; longest FX-thread turn %.2f ms,
                %.1f ms FX-thread time in all.
                """, LINES, sql.length(), KEYSTROKES, WARMUP, BenchMachine.loadAverage(),
                Runtime.getRuntime().availableProcessors(),
                median(wizard), p90(wizard), max(wizard), median(longestTurn), p90(longestTurn), max(longestTurn),
                median(regex), p90(regex), max(regex), HighlightPipeline.VISIBLE_SLICE, HighlightPipeline.SLICE,
                opening.longestMs, opening.totalMs);
        System.out.println(report);
        Path out = Path.of("target", "bench", "highlighting.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(wizard).hasSize(KEYSTROKES);
    }

    private record Worst(double longestMs, double totalMs) {
    }

    private Worst openingAString() {
        int at = onFx(() -> editor.getText().indexOf('\n') + 1);
        onFx(() -> {
            editor.highlightingFxTime().reset();
            editor.area().insertText(at, "'");
            return null;
        });
        waitUntil(() -> editor.isHighlightingSettled());
        int chars = onFx(() -> editor.getText().length());
        double longest = onFx(() -> editor.highlightingFxTime().longestNanos()) / 1e6;
        double total = onFx(() -> editor.highlightingFxTime().totalNanos()) / 1e6;
        assertThat(onFx(() -> editor.area().getStyleOfChar(chars - 2))).contains("sql-string");
        return new Worst(longest, total);
    }

    /** The JavaKeywords demo's way, with SQL words. */
    private static StyleSpans<Collection<String>> regexHighlighting(String text) {
        Matcher m = REGEX.matcher(text);
        int last = 0;
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        while (m.find()) {
            String style = m.group("KEYWORD") != null ? "sql-keyword" : m.group("STRING") != null ? "sql-string"
                    : m.group("COMMENT") != null ? "sql-comment" : m.group("NUMBER") != null ? "sql-number"
                    : "sql-operator";
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(Collections.singleton(style), m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }

    private static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double p90(List<Double> values) {
        return percentile(values, 0.9);
    }

    private static double max(List<Double> values) {
        return Collections.max(values);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }
}
