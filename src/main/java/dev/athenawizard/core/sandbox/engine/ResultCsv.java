package dev.athenawizard.core.sandbox.engine;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Athena's result file: a header line, then one line per row; every value double-quoted (quotes doubled inside),
 * NULL written as nothing at all, so {@code ""} (empty text) and NULL stay apart. GetQueryResults pages are read
 * back from this file, from a byte offset that the page token carries.
 */
public final class ResultCsv {
    private ResultCsv() {
    }

    /** Writes rows one by one. */
    public static final class RowWriter implements AutoCloseable {
        private final Writer out;

        public RowWriter(Path file) throws IOException {
            this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        }

        /** One row; a null value is NULL. */
        public void write(List<String> values) throws IOException {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                String value = values.get(i);
                if (value != null) {
                    out.write('"');
                    out.write(value.replace("\"", "\"\""));
                    out.write('"');
                }
            }
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Rows read from a result file, and where the next page starts (empty at the end of the file). */
    public record Page(List<List<String>> rows, OptionalLong nextOffset) {
    }

    /** Reads up to {@code maxRows} rows starting at byte {@code offset}. */
    public static Page read(Path file, long offset, int maxRows) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            channel.position(offset);
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
            CountingParser parser = new CountingParser(in, offset);
            List<List<String>> rows = new ArrayList<>();
            while (rows.size() < maxRows && parser.position < size) {
                rows.add(parser.record());
            }
            return new Page(rows, parser.position < size ? OptionalLong.of(parser.position) : OptionalLong.empty());
        }
    }

    /**
     * A byte-level parser: quote, comma and newline are ASCII, so they never occur inside a UTF-8 sequence, and the
     * byte position of each record is exact.
     */
    private static final class CountingParser {
        private final InputStream in;
        private long position;

        CountingParser(InputStream in, long position) {
            this.in = in;
            this.position = position;
        }

        List<String> record() throws IOException {
            List<String> values = new ArrayList<>();
            ByteArrayOutputStream field = new ByteArrayOutputStream();
            while (true) {
                int c = next();
                boolean quoted = c == '"';
                field.reset();
                if (quoted) {
                    while (true) {
                        c = next();
                        if (c == -1) {
                            break;
                        }
                        if (c == '"') {
                            c = next();
                            if (c != '"') {
                                break;
                            }
                        }
                        field.write(c);
                    }
                } else {
                    while (c != ',' && c != '\n' && c != -1) {
                        field.write(c);
                        c = next();
                    }
                }
                values.add(quoted || field.size() > 0 ? field.toString(StandardCharsets.UTF_8) : null);
                if (c != ',') {
                    return values;
                }
            }
        }

        private int next() throws IOException {
            int c = in.read();
            if (c != -1) {
                position++;
            }
            return c;
        }
    }
}
