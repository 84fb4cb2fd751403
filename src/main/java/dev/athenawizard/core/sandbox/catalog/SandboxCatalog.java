package dev.athenawizard.core.sandbox.catalog;

import dev.athenawizard.core.sandbox.account.SandboxAccount;
import dev.athenawizard.core.sandbox.engine.DuckDbEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Glue Data Catalog of the sandbox, read from its data bucket: each folder {@code <database>/} is a database and
 * each {@code <database>/<table>/} folder holding Parquet files is a table, whose columns are what the files say. So a
 * Parquet file copied into the bucket (even through the sandbox's S3) becomes a queryable table after a
 * {@link #refresh()}. Names are matched case-insensitively, as Athena lower-cases them.
 */
public final class SandboxCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxCatalog.class);

    private final Path bucketFolder;
    private final DuckDbEngine engine;
    private final ViewStore views;
    private volatile Map<String, Map<String, CatalogTable>> databases = Map.of();

    public SandboxCatalog(Path s3Root, DuckDbEngine engine) {
        this.bucketFolder = s3Root.resolve(SandboxAccount.DATA_BUCKET);
        this.engine = engine;
        this.views = new ViewStore(s3Root.resolveSibling("glue").resolve("views"));
    }

    /** Rescans the data bucket and (re)defines the engine's views for new or changed tables. */
    public synchronized void refresh() {
        Map<String, Map<String, CatalogTable>> scanned = new TreeMap<>();
        for (Path databaseFolder : subfolders(bucketFolder)) {
            String database = databaseFolder.getFileName().toString().toLowerCase(Locale.ROOT);
            Map<String, CatalogTable> tables = new TreeMap<>();
            try {
                engine.defineDatabase(database);
                for (Path tableFolder : subfolders(databaseFolder)) {
                    scanTable(database, tableFolder).ifPresent(table -> tables.put(table.name(), table));
                }
                dropVanished(database, tables);
            } catch (SQLException e) {
                LOG.warn("Could not read database folder {}: {}", databaseFolder, e.getMessage());
            }
            scanned.put(database, Collections.unmodifiableMap(tables));
        }
        databases = Collections.unmodifiableMap(scanned); // sorted by name
    }

    private Optional<CatalogTable> scanTable(String database, Path folder) throws SQLException {
        String name = folder.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Path> files = parquetFiles(folder);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        List<CatalogTable.DataFile> dataFiles = new ArrayList<>();
        Instant newest = Instant.EPOCH;
        for (Path file : files) {
            dataFiles.add(new CatalogTable.DataFile(bucketFolder.relativize(file).toString().replace('\\', '/'), size(file)));
            Instant modified = modified(file);
            newest = modified.isAfter(newest) ? modified : newest;
        }
        CatalogTable known = databases.getOrDefault(database, Map.of()).get(name);
        if (known != null && known.files().equals(dataFiles)) {
            return Optional.of(known); // unchanged: keep the view and the columns read before
        }
        try {
            Map<String, Long> bytes = engine.columnBytes(folder);
            List<CatalogTable.CatalogColumn> columns = engine.describeParquet(folder).stream()
                    .map(c -> new CatalogTable.CatalogColumn(c.name(), HiveTypes.of(c.type()), c.type(),
                            bytes.getOrDefault(c.name(), 0L)))
                    .toList();
            engine.defineTable(database, name, folder);
            return Optional.of(new CatalogTable(database, name, columns, folder, dataFiles, newest));
        } catch (SQLException e) {
            LOG.warn("Skipping table folder {}: its Parquet files cannot be read: {}", folder, e.getMessage());
            return Optional.empty();
        }
    }

    private void dropVanished(String database, Map<String, CatalogTable> current) throws SQLException {
        for (String old : databases.getOrDefault(database, Map.of()).keySet()) {
            if (!current.containsKey(old)) {
                engine.dropTable(database, old);
            }
        }
    }

    public List<String> databaseNames() {
        return List.copyOf(databases.keySet());
    }

    public boolean hasDatabase(String database) {
        return databases.containsKey(database.toLowerCase(Locale.ROOT));
    }

    /** The tables of a database, sorted by name; empty for an unknown database. */
    public List<CatalogTable> tables(String database) {
        return List.copyOf(databases.getOrDefault(database.toLowerCase(Locale.ROOT), Map.of()).values());
    }

    public Optional<CatalogTable> table(String database, String table) {
        return Optional.ofNullable(databases.getOrDefault(database.toLowerCase(Locale.ROOT), Map.of())
                .get(table.toLowerCase(Locale.ROOT)));
    }

    /** A view made with {@code CREATE VIEW}. */
    public Optional<CatalogView> view(String database, String name) {
        return views.view(database, name);
    }

    /** The views of a database, sorted by name. */
    public List<CatalogView> views(String database) {
        return views.views(database);
    }

    /** Creates or replaces a view. */
    public void putView(CatalogView view) {
        views.put(view);
    }

    /** Drops a view; false if there was none. */
    public boolean dropView(String database, String name) {
        return views.remove(database, name);
    }

    /** When the database folder was made. */
    public Instant databaseCreateTime(String database) {
        return modified(bucketFolder.resolve(database.toLowerCase(Locale.ROOT)));
    }

    private static List<Path> subfolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> parquetFiles(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> p.getFileName().toString().endsWith(".parquet")).filter(Files::isRegularFile)
                    .sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
