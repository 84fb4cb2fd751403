package dev.athenawizard.core.sandbox.engine;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * Athena's result file of a SHOW, DESCRIBE or DDL statement ({@code <id>.txt}): one line per row, no header, no
 * quoting. GetQueryResults pages are read back from it from a byte offset, as for {@link ResultCsv}.
 */
public final class ResultText {
    private ResultText() {
    }

    public static void write(Path file, List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Up to {@code maxRows} lines from byte {@code offset}, each as a one-value row. */
    public static ResultCsv.Page read(Path file, long offset, int maxRows) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            channel.position(offset);
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
            long position = offset;
            List<List<String>> rows = new ArrayList<>();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (rows.size() < maxRows && position < size) {
                line.reset();
                int c;
                while ((c = in.read()) != -1) {
                    position++;
                    if (c == '\n') {
                        break;
                    }
                    line.write(c);
                }
                rows.add(List.of(line.toString(StandardCharsets.UTF_8)));
            }
            return new ResultCsv.Page(rows, position < size ? OptionalLong.of(position) : OptionalLong.empty());
        }
    }
}
