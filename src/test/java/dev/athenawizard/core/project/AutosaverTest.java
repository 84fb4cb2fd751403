package dev.athenawizard.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.concurrent.BackgroundExecutors;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaverTest {
    @TempDir
    Path dir;

    private final ScheduledExecutorService executor = BackgroundExecutors.scheduled("test-autosave");

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void flush_writes_the_latest_change_only() throws Exception {
        DraftStore drafts = new DraftStore(dir);
        Autosaver autosaver = new Autosaver(drafts, executor, Duration.ofHours(1), e -> { });
        autosaver.changed(OnboardingProject.empty().withName("first"), Optional.empty());
        autosaver.changed(OnboardingProject.empty().withName("second"), Optional.empty());
        assertThat(drafts.ownDraftFile()).doesNotExist(); // still waiting for the user to pause

        autosaver.flush();

        assertThat(nameInDraft(drafts)).isEqualTo("second");
    }

    @Test
    void clear_cancels_the_pending_draft_and_deletes_the_written_one() throws Exception {
        DraftStore drafts = new DraftStore(dir);
        Autosaver autosaver = new Autosaver(drafts, executor, Duration.ofMillis(50), e -> { });
        autosaver.changed(OnboardingProject.empty(), Optional.empty());
        autosaver.flush();
        assertThat(drafts.ownDraftFile()).exists();

        autosaver.changed(OnboardingProject.empty().withName("typed after"), Optional.empty());
        autosaver.clear();
        executor.submit(() -> { }).get(); // the delete runs on the autosave thread
        Thread.sleep(100); // longer than the quiet period: a cancelled draft must not reappear

        assertThat(drafts.ownDraftFile()).doesNotExist();
    }

    private static String nameInDraft(DraftStore writer) throws Exception {
        String json = java.nio.file.Files.readString(writer.ownDraftFile());
        assertThat(json).contains("\"format\" : \"athena-wizard-draft\"");
        return new ProjectStore().parse(
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("project").toString(), null)
                .name();
    }
}
