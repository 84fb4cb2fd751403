package dev.athenawizard.core.sandbox.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the corpus file (its format is described at its top): blocks of {@code key: value} lines separated by blank
 * lines, {@code [category] name} lines starting a category, {@code #} lines as comments.
 */
final class Corpus {
    static final String RESOURCE = "conformance/corpus.txt";

    private Corpus() {
    }

    static List<CorpusEntry> load() {
        try (InputStream in = Corpus.class.getResourceAsStream("/dev/athenawizard/core/sandbox/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The corpus " + RESOURCE + " is not on the test class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CorpusEntry> parse(String text) {
        List<CorpusEntry> entries = new ArrayList<>();
        String category = null;
        Block block = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                if (block != null) {
                    entries.add(block.entry());
                    block = null;
                }
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[category] ")) {
                category = line.substring("[category] ".length()).strip();
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("corpus line " + (i + 1) + ": expected 'key: value', got " + line);
            }
            if (block == null) {
                if (category == null) {
                    throw new IllegalArgumentException("corpus line " + (i + 1) + ": an entry before any [category]");
                }
                block = new Block(category, i + 1);
            }
            String value = line.substring(colon + 1);
            block.add(line.substring(0, colon), value.startsWith(" ") ? value.substring(1) : value);
        }
        if (block != null) {
            entries.add(block.entry());
        }
        return entries;
    }

    /** The lines of one entry as they are read. */
    private static final class Block {
        private final String category;
        private final int line;
        private String sql;
        private List<String> columns;
        private final List<List<String>> rows = new ArrayList<>();
        private boolean noRows;
        private String error;
        private boolean errorIsPrefix;
        private String source;

        Block(String category, int line) {
            this.category = category;
            this.line = line;
        }

        void add(String key, String value) {
            switch (key) {
                case "sql" -> sql = value.replace("\\n", "\n");
                case "columns" -> columns = value.isBlank() ? List.of()
                        : Arrays.stream(value.split(", ")).map(String::strip).toList();
                case "row" -> rows.add(Arrays.stream(value.split(" \\| ", -1)).map(Block::value).toList());
                case "rows" -> {
                    if (!value.strip().equals("none")) {
                        throw new IllegalArgumentException("corpus line " + line + ": 'rows:' takes only 'none'");
                    }
                    noRows = true;
                }
                case "error" -> error = value;
                case "error-starts" -> {
                    error = value;
                    errorIsPrefix = true;
                }
                case "source" -> source = value;
                default -> throw new IllegalArgumentException("corpus line " + line + ": unknown key " + key);
            }
        }

        private static String value(String text) {
            return switch (text) {
                case "NULL" -> null;
                case "<empty>" -> "";
                default -> text.replace("\\t", "\t");
            };
        }

        CorpusEntry entry() {
            if (sql == null || source == null) {
                throw new IllegalArgumentException("corpus line " + line + ": every entry needs sql: and source:");
            }
            if (columns != null && rows.isEmpty() && !noRows) {
                throw new IllegalArgumentException("corpus line " + line + ": say 'rows: none' for an empty result");
            }
            return new CorpusEntry(category, line, sql, columns, List.copyOf(rows), error, errorIsPrefix, source);
        }
    }
}
