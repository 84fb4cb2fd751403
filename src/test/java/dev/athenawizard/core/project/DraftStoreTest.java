package dev.athenawizard.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftStoreTest {
    static final String TYPED_SQL = "SELECT prediction_id, proba\nFROM model_predictions\nWHERE amount > 100";

    @TempDir
    Path dir;

    @Test
    void work_typed_before_a_kill_is_offered_back_in_full() throws Exception {
        Path drafts = dir.resolve("drafts");
        Path projectFile = dir.resolve("mine" + ProjectStore.EXTENSION);
        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "-Dathena-wizard.home=" + dir.resolve("child-home"),
                DraftCrashChild.class.getName(), drafts.toString(), projectFile.toString())
                .redirectErrorStream(true).start();
        try {
            String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(line).startsWith("DRAFT WRITTEN");

            // While the program runs, its draft is its own: nobody else offers to restore it.
            assertThat(new DraftStore(drafts).orphans()).isEmpty();

            child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean exit
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        List<Draft> orphans = new DraftStore(drafts).orphans();
        assertThat(orphans).hasSize(1);
        Draft draft = orphans.get(0);
        assertThat(draft.project().query().sql()).isEqualTo(TYPED_SQL);
        assertThat(draft.projectFile()).contains(projectFile.toAbsolutePath());
    }

    @Test
    void a_draft_removed_after_restore_is_not_offered_again() throws Exception {
        DraftStore crashed = new DraftStore(dir, deadPid(), Clock.systemUTC());
        crashed.save(OnboardingProject.empty().withName("lost work"), Optional.empty());

        DraftStore next = new DraftStore(dir);
        Draft found = next.orphans().get(0);
        assertThat(found.project().name()).isEqualTo("lost work");
        next.delete(found);

        assertThat(next.orphans()).isEmpty();
    }

    @Test
    void newest_orphan_comes_first_and_a_damaged_draft_is_kept_aside_not_offered_nor_deleted() throws Exception {
        long first = deadPid();
        long second = deadPid();
        new DraftStore(dir, first, Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC))
                .save(OnboardingProject.empty().withName("older"), Optional.empty());
        new DraftStore(dir, second, Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC))
                .save(OnboardingProject.empty().withName("newer"), Optional.empty());
        String damaged = "{\"format\": \"athena-wizard-draft\", \"proj";
        Path damagedFile = dir.resolve("draft-" + deadPid() + ".json");
        Files.writeString(damagedFile, damaged);

        List<Draft> orphans = new DraftStore(dir).orphans();

        assertThat(orphans).extracting(d -> d.project().name()).containsExactly("newer", "older");
        assertThat(damagedFile).doesNotExist();
        assertThat(DraftStore.setAsideFile(damagedFile)).hasContent(damaged);
        assertThat(new DraftStore(dir).orphans()).hasSize(2); // the next start reads it no more
        assertThat(DraftStore.setAsideFile(damagedFile)).hasContent(damaged);
    }

    @Test
    void a_clean_exit_leaves_no_draft() throws Exception {
        DraftStore store = new DraftStore(dir);
        store.save(OnboardingProject.empty(), Optional.empty());
        assertThat(store.ownDraftFile()).exists();
        store.discardOwn();
        assertThat(store.ownDraftFile()).doesNotExist();
    }

    /** The pid of a process that has certainly ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
