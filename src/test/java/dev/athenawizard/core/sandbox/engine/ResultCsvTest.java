package dev.athenawizard.core.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCsvTest {

    @Test
    void valuesSurviveTheRoundTripAndPagesResumeWhereTheyStopped(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.csv");
        List<List<String>> rows = List.of(
                List.of("a", "b"),
                Arrays.asList("plain", null),
                Arrays.asList("", "comma, \"quote\"\nand newline"),
                Arrays.asList("ünïcødé ✓", "last"));
        try (ResultCsv.RowWriter writer = new ResultCsv.RowWriter(file)) {
            for (List<String> row : rows) {
                writer.write(row);
            }
        }
        assertThat(Files.readString(file)).startsWith("\"a\",\"b\"\n\"plain\",\n\"\",\"comma, \"\"quote\"\"\nand newline\"\n");

        ResultCsv.Page first = ResultCsv.read(file, 0, 3);
        ResultCsv.Page second = ResultCsv.read(file, first.nextOffset().orElseThrow(), 3);

        assertThat(first.rows()).isEqualTo(rows.subList(0, 3));
        assertThat(second.rows()).isEqualTo(rows.subList(3, 4));
        assertThat(second.nextOffset()).isEmpty();
        assertThat(first.rows().get(1).get(1)).as("NULL stays NULL, apart from empty text").isNull();
        assertThat(first.rows().get(2).get(0)).isEmpty();
    }
}
