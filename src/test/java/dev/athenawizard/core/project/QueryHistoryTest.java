package dev.athenawizard.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.project.QueryHistory.Entry;
import dev.athenawizard.core.project.QueryHistory.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryHistoryTest {
    private static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");

    @TempDir
    Path dir;

    private static Entry run(String sql, Outcome outcome, int minute) {
        return new Entry(sql, "AwsDataCatalog", "aporia_demo", "aporia", outcome, NOON.plusSeconds(60L * minute),
                420, 16_567_890, false);
    }

    @Test
    void queries_run_are_kept_across_restarts_newest_first() throws Exception {
        Path file = dir.resolve("state/query-history.json");
        new QueryHistory(file).add(run("SELECT 1", Outcome.SUCCEEDED, 0));
        new QueryHistory(file).add(run("SELECT * FROM nope", Outcome.FAILED, 1));

        List<Entry> reopened = new QueryHistory(file).list();

        assertThat(reopened).extracting(Entry::sql).containsExactly("SELECT * FROM nope", "SELECT 1");
        assertThat(reopened.get(1)).isEqualTo(run("SELECT 1", Outcome.SUCCEEDED, 0));
    }

    @Test
    void the_same_query_run_again_moves_to_the_top_with_its_latest_outcome() throws Exception {
        QueryHistory history = new QueryHistory(dir.resolve("h.json"));
        history.add(run("SELECT 1", Outcome.CANCELLED, 0));
        history.add(run("SELECT 2", Outcome.SUCCEEDED, 1));

        List<Entry> now = history.add(run("SELECT 1 ", Outcome.SUCCEEDED, 2));

        assertThat(now).extracting(Entry::sql, Entry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SELECT 1 ", Outcome.SUCCEEDED),
                        org.assertj.core.groups.Tuple.tuple("SELECT 2", Outcome.SUCCEEDED));
    }

    @Test
    void the_same_text_in_another_database_is_another_query() throws Exception {
        QueryHistory history = new QueryHistory(dir.resolve("h.json"));
        history.add(run("SELECT * FROM t", Outcome.SUCCEEDED, 0));
        Entry elsewhere = new Entry("SELECT * FROM t", "AwsDataCatalog", "other_db", "aporia", Outcome.SUCCEEDED,
                NOON, 1, 1, false);

        assertThat(history.add(elsewhere)).hasSize(2);
    }

    @Test
    void only_the_newest_hundred_are_kept() throws Exception {
        QueryHistory history = new QueryHistory(dir.resolve("h.json"));
        for (int i = 0; i < QueryHistory.MAX + 5; i++) {
            history.add(run("SELECT " + i, Outcome.SUCCEEDED, i));
        }

        assertThat(history.list()).hasSize(QueryHistory.MAX).first().extracting(Entry::sql)
                .isEqualTo("SELECT " + (QueryHistory.MAX + 4));
    }

    @Test
    void a_damaged_file_reads_as_empty_and_is_replaced_by_the_next_run() throws Exception {
        Path file = dir.resolve("h.json");
        Files.writeString(file, "[{\"sql\": \"SELECT");
        QueryHistory history = new QueryHistory(file);

        assertThat(history.list()).isEmpty();
        history.add(run("SELECT 1", Outcome.SUCCEEDED, 0));
        assertThat(history.list()).extracting(Entry::sql).containsExactly("SELECT 1");
    }
}
