package dev.athenawizard.core.project;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queries the wizard ran in Athena, newest first, kept across runs in the program's state folder so the user can
 * go back to one (the Athena console keeps 45 days; DBeaver forgets on restart). One entry per distinct query: running
 * the same text in the same place again moves it to the top with its latest outcome.
 *
 * <p>Only what the user wrote and what Athena reported is kept: SQL, catalog, database, workgroup, outcome, time and
 * data scanned. Nothing about credentials. Not thread-safe: call it from one thread at a time (a files executor).
 */
public final class QueryHistory {
    private static final Logger LOG = LoggerFactory.getLogger(QueryHistory.class);
    /** How many queries are kept. */
    public static final int MAX = 100;

    /** How a run ended. */
    public enum Outcome { SUCCEEDED, FAILED, CANCELLED }

    /**
     * One query run.
     *
     * @param sql          the query as the user wrote it (not the LIMIT form sent)
     * @param catalog      the catalog it ran in
     * @param database     the default database; empty for none
     * @param workgroup    the workgroup it ran in
     * @param outcome      how it ended
     * @param ranAt        when it was started
     * @param elapsedMs    how long it took, in milliseconds
     * @param bytesScanned data Athena read; 0 when unknown (failed or cancelled)
     * @param reused       whether Athena answered from an earlier run's results
     */
    public record Entry(String sql, String catalog, String database, String workgroup, Outcome outcome, Instant ranAt,
            long elapsedMs, long bytesScanned, boolean reused) {
        public Entry {
            sql = sql == null ? "" : sql;
            catalog = catalog == null || catalog.isBlank() ? QuerySection.DEFAULT_CATALOG : catalog;
            database = database == null ? "" : database;
            workgroup = workgroup == null ? "" : workgroup;
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(ranAt, "ranAt");
        }

        /** Whether {@code other} is the same query run in the same place. */
        public boolean sameQuery(Entry other) {
            return sql.strip().equals(other.sql.strip()) && catalog.equalsIgnoreCase(other.catalog)
                    && database.equalsIgnoreCase(other.database) && workgroup.equals(other.workgroup);
        }
    }

    private final Path file;

    /** Made at the first read, not with the window (Jackson loads some 400 classes). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public QueryHistory(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The queries run, newest first. A damaged file counts as empty: the history is a convenience. */
    public List<Entry> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<Entry> entries = Json.MAPPER.readValue(file.toFile(), new TypeReference<List<Entry>>() { });
            return entries.stream().filter(Objects::nonNull).limit(MAX).toList();
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring unreadable query history {}: {}", file, e.getMessage());
            return List.of();
        }
    }

    /** Puts {@code run} at the top (replacing an earlier run of the same query) and returns the new list. */
    public List<Entry> add(Entry run) throws IOException {
        List<Entry> updated = new ArrayList<>();
        updated.add(run);
        for (Entry e : list()) {
            if (!e.sameQuery(run) && updated.size() < MAX) {
                updated.add(e);
            }
        }
        ProjectStore.writeAtomically(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(updated));
        return List.copyOf(updated);
    }
}
