package dev.athenawizard.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
        ProjectStore.writeAtomically(ownDraftFile(),
                ProjectStore.withLoneSurrogatesReplaced(ProjectStore.mapper().writeValueAsString(root)));
    }

    /** Deletes this program's draft: the work was saved, or the user chose to close without saving. */
    public void discardOwn() throws IOException {
        Files.deleteIfExists(ownDraftFile());
    }

    /**
     * Drafts left behind by programs that are no longer running, newest first. A draft that cannot be read is not
     * offered and not deleted: it is renamed {@code unreadable-draft-<pid>.json} (see {@link #setAside}), so its bytes
     * stay for the user and the next start does not trip over it again.
     */
    public List<Draft> orphans() {
        List<Draft> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "draft-*.json")) {
            for (Path file : files) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (!m.matches() || m.group(1).length() > 18) { // no process has a 19-digit id; a long is not enough
                    continue;
                }
                long owner = Long.parseLong(m.group(1));
                if (owner == pid || ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                try {
                    found.add(read(file));
                } catch (ProjectFileException e) {
                    setAside(file, e);
                }
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

    /** Where an unreadable draft is kept: beside the drafts, under a name no start reads as a draft. */
    static Path setAsideFile(Path draft) {
        return draft.resolveSibling("unreadable-" + draft.getFileName());
    }

    private void setAside(Path file, ProjectFileException why) {
        Path aside = setAsideFile(file);
        try {
            if (Files.exists(aside)) { // an older one of the same process id: keep both
                aside = aside.resolveSibling(aside.getFileName().toString().replace(".json", "")
                        + "-" + clock.millis() + ".json");
            }
            Files.move(file, aside);
            LOG.warn("a draft could not be read and was kept as {}: {}", aside, why.getMessage());
        } catch (IOException e) {
            LOG.warn("a draft could not be read ({}) nor kept aside; it is left at {}", why.getMessage(), file, e);
        }
    }

    /**
     * The draft in {@code file}; when it cannot be read, why, in the words and at the line and column a project file's
     * problems are given (a draft cut short by a crash says so). A broken timestamp or project file name costs the
     * draft neither: the file's own time stands in, and the draft is offered without a file.
     */
    Draft read(Path file) throws ProjectFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProjectFileException(file, JsonFileReader.name(file) + " could not be read: "
                    + JsonFileReader.jacksonWords(String.valueOf(e.getMessage())), "", 0, 0, e);
        }
        String text = JsonFileReader.decode(bytes, file, "draft");
        JsonNode root = JsonFileReader.readTree(ProjectStore.mapper(), text, file, "draft");
        if (!DRAFT_FORMAT.equals(root.path("format").asText())) {
            throw new ProjectFileException(file, JsonFileReader.name(file) + " is not a draft of the Athena "
                    + "Onboarding Wizard: it has no \"format\": \"" + DRAFT_FORMAT + "\" field.", "format", 0, 0, null);
        }
        JsonNode project = root.get("project");
        if (project == null || !project.isObject()) {
            throw new ProjectFileException(file, JsonFileReader.name(file) + " holds no project.", "project", 0, 0,
                    null);
        }
        OnboardingProject work = projects.read(project, text, file, "/project");
        return new Draft(work, projectFile(root), savedAt(root, file), file);
    }

    private static Optional<Path> projectFile(JsonNode root) {
        if (!root.path("projectFile").isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(root.get("projectFile").asText()));
        } catch (InvalidPathException e) {
            return Optional.empty(); // the work is worth more than the name of the file it came from
        }
    }

    private static Instant savedAt(JsonNode root, Path file) {
        try {
            return Instant.parse(root.path("savedAt").asText());
        } catch (DateTimeParseException e) {
            try {
                return Files.getLastModifiedTime(file).toInstant();
            } catch (IOException notEvenThat) {
                return Instant.EPOCH;
            }
        }
    }
}
