package dev.athenawizard.core.project;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The projects opened or saved most recently, newest first, kept across runs. */
public final class RecentProjects {
    private static final Logger LOG = LoggerFactory.getLogger(RecentProjects.class);
    public static final int MAX = 10;

    private final Path file;

    /** Made at the first read, not with the window: Jackson loads some 400 classes (~30 ms before the first frame). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    public RecentProjects(Path file) {
        this.file = file;
    }

    /** Files that still exist, newest first. A damaged list is treated as empty: it is only a convenience. */
    public List<Path> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<String> names = Json.MAPPER.readValue(file.toFile(), new TypeReference<List<String>>() { });
            return names.stream().map(Path::of).filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            LOG.warn("ignoring unreadable recent-projects list {}: {}", file, e.getMessage());
            return List.of();
        }
    }

    /** Puts {@code project} at the top of the list. */
    public List<Path> add(Path project) throws IOException {
        Path absolute = project.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>();
        updated.add(absolute);
        for (Path p : list()) {
            if (!p.equals(absolute) && updated.size() < MAX) {
                updated.add(p);
            }
        }
        ProjectStore.writeAtomically(file,
                Json.MAPPER.writeValueAsString(updated.stream().map(Path::toString).toList()));
        return updated;
    }
}
