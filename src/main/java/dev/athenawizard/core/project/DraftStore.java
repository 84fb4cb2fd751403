package dev.athenawizard.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Autosaved drafts, one file per running program ({@code draft-<pid>.json}).
 *
 * <p>A clean exit deletes its draft; a crash or a kill leaves it behind. At the next start, any draft whose process is
 * no longer alive is an orphan the user is offered to restore. Naming drafts by process id keeps two open windows from
 * overwriting each other's drafts and from restoring each other's live work.
 */
public final class DraftStore {
    private static final Logger LOG = LoggerFactory.getLogger(DraftStore.class);
    private static final Pattern NAME = Pattern.compile("draft-(\\d+)\\.json");
    private static final String DRAFT_FORMAT = "athena-wizard-draft";

    private final Path dir;
    private final long pid;
    private final Clock clock;
    private final ProjectStore projects = new ProjectStore();

    public DraftStore(Path dir) {
        this(dir, ProcessHandle.current().pid(), Clock.systemUTC());
    }

    public DraftStore(Path dir, long pid, Clock clock) {
        this.dir = dir;
        this.pid = pid;
        this.clock = clock;
    }

    public Path ownDraftFile() {
        return dir.resolve("draft-" + pid + ".json");
    }

    /** Writes this program's draft, replacing the previous one atomically. */
    public void save(OnboardingProject project, Optional<Path> projectFile) throws IOException {
        ObjectNode root = ProjectStore.mapper().createObjectNode();
        root.put("format", DRAFT_FORMAT);
        root.put("savedAt", clock.instant().toString());
        projectFile.ifPresent(f -> root.put("projectFile", f.toAbsolutePath().toString()));
        root.set("project", ProjectStore.mapper().readTree(projects.toJson(project)));
        ProjectStore.writeAtomically(ownDraftFile(), ProjectStore.mapper().writeValueAsString(root));
    }

    /** Deletes this program's draft: the work was saved, or the user chose to close without saving. */
    public void discardOwn() throws IOException {
        Files.deleteIfExists(ownDraftFile());
    }

    /** Drafts left behind by programs that are no longer running, newest first. Unreadable drafts are skipped. */
    public List<Draft> orphans() {
        List<Draft> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "draft-*.json")) {
            for (Path file : files) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long owner = Long.parseLong(m.group(1));
                if (owner == pid || ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                read(file).ifPresent(found::add);
            }
        } catch (IOException e) {
            LOG.warn("could not list drafts in {}", dir, e);
        }
        found.sort(Comparator.comparing(Draft::savedAt).reversed());
        return found;
    }

    /** Forgets a draft that was restored or declined. */
    public void delete(Draft draft) throws IOException {
        Files.deleteIfExists(draft.draftFile());
    }

    private Optional<Draft> read(Path file) {
        try {
            JsonNode root = ProjectStore.mapper().readTree(file.toFile());
            if (root == null || !DRAFT_FORMAT.equals(root.path("format").asText())) {
                LOG.warn("ignoring {}: not a draft", file);
                return Optional.empty();
            }
            OnboardingProject project = projects.parse(ProjectStore.mapper().writeValueAsString(root.get("project")), file);
            Optional<Path> projectFile = root.hasNonNull("projectFile")
                    ? Optional.of(Path.of(root.get("projectFile").asText())) : Optional.empty();
            Instant savedAt = Instant.parse(root.path("savedAt").asText(Instant.EPOCH.toString()));
            return Optional.of(new Draft(project, projectFile, savedAt, file));
        } catch (IOException | ProjectFileException | RuntimeException e) {
            LOG.warn("ignoring unreadable draft {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
