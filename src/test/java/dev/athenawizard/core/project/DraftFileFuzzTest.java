package dev.athenawizard.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aporia.GuideProject;
import dev.athenawizard.testing.BadText;
import dev.athenawizard.testing.Bounded;
import dev.athenawizard.testing.ReadableMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts damaged as a crash or a disk leaves them: cut anywhere, mutated, garbage. Reading one gives the draft or a
 * {@link ProjectFileException} naming a line and column of the draft file itself; at start-up a damaged draft is kept
 * aside with every byte, never deleted and never a crash.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DraftFileFuzzTest {
    private static final long DEAD_PID = 999_999_999L;

    @TempDir
    Path dir;

    private String realDraft() throws Exception {
        DraftStore store = new DraftStore(dir, DEAD_PID, Clock.systemUTC());
        store.save(GuideProject.project(), Optional.of(dir.resolve("guide" + ProjectStore.EXTENSION)));
        String text = Files.readString(store.ownDraftFile());
        Files.delete(store.ownDraftFile());
        return text;
    }

    @Test
    void a_draft_cut_anywhere_says_it_is_cut_short_at_the_end_of_the_draft() throws Exception {
        String draft = realDraft();
        DraftStore store = new DraftStore(dir, 1, Clock.systemUTC());
        Path file = dir.resolve("draft-" + DEAD_PID + ".json");
        int cuts = 0;
        for (int cut : ProjectFileFuzzTest.cutPoints(draft.length(), BadText.random("draft-cuts"))) {
            String head = draft.substring(0, cut);
            if (head.isBlank() || draft.substring(cut).isBlank()) {
                continue;
            }
            Files.writeString(file, head);
            ProjectFileException e = ProjectFileFuzzTest.refused(head, () -> store.read(file));
            String[] lines = ProjectFileFuzzTest.lines(head);
            assertThat(e.getMessage()).contains("cut short");
            assertThat(e.line()).as(e.getMessage()).isEqualTo(lines.length);
            cuts++;
        }
        assertThat(cuts).isGreaterThan(100);
    }

    @Test
    void a_mutated_draft_is_read_or_refused_at_a_line_and_column_of_the_draft() throws Exception {
        String draft = realDraft();
        DraftStore store = new DraftStore(dir, 1, Clock.systemUTC());
        Path file = dir.resolve("draft-" + DEAD_PID + ".json");
        Random random = BadText.random("draft-mutations");
        for (int i = 0; i < BadText.cases(250); i++) {
            String text = ProjectFileFuzzTest.mutate(draft, random);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8); // a lone surrogate is written as '?'
            Files.write(file, bytes);
            String read = new String(bytes, StandardCharsets.UTF_8);
            try {
                Bounded.call(read, () -> store.read(file));
            } catch (ProjectFileException e) {
                ProjectFileFuzzTest.checkRefusal(read, e);
            } catch (Exception e) {
                throw new AssertionError("not a ProjectFileException for " + ReadableMessage.visible(read), e);
            }
        }
    }

    @Test
    void damaged_drafts_are_kept_aside_byte_for_byte_and_the_good_one_is_offered() throws Exception {
        String draft = realDraft();
        Random random = BadText.random("draft-orphans");
        long pid = DEAD_PID;
        Files.writeString(dir.resolve("draft-" + pid++ + ".json"), draft);
        byte[][] damaged = {
            draft.substring(0, draft.length() / 2).getBytes(StandardCharsets.UTF_8),
            new byte[0],
            {(byte) 0xff, (byte) 0xfe, 0, 0x7b},
            "[".repeat(100_000).getBytes(StandardCharsets.US_ASCII),
            ProjectFileFuzzTest.mutate(draft, random).getBytes(StandardCharsets.UTF_8),
            draft.replace("athena-wizard-draft", "something-else").getBytes(StandardCharsets.UTF_8),
        };
        for (byte[] bytes : damaged) {
            Files.write(dir.resolve("draft-" + pid++ + ".json"), bytes);
        }

        var orphans = Bounded.call("drafts", () -> new DraftStore(dir, 1, Clock.systemUTC()).orphans());

        assertThat(orphans).extracting(d -> d.project().name()).contains(GuideProject.project().name());
        for (int i = 0; i < damaged.length; i++) {
            Path was = dir.resolve("draft-" + (DEAD_PID + 1 + i) + ".json");
            if (Files.exists(was)) {
                continue; // the mutation left it readable: it is offered
            }
            assertThat(Files.readAllBytes(DraftStore.setAsideFile(was))).as("draft %d kept", i).isEqualTo(damaged[i]);
        }
    }
}
