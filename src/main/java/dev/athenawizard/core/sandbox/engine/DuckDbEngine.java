package dev.athenawizard.core.sandbox.engine;

import dev.athenawizard.core.sandbox.udf.TrinoUdfs;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBConnection;

/**
 * The in-memory DuckDB that runs the sandbox's SQL. Tables are views over Parquet folders inside an attached catalog
 * named {@code awsdatacatalog}, so {@code db.t}, {@code "db"."t"} and {@code awsdatacatalog.db.t} all resolve, and
 * a session opened on a database resolves plain {@code t} too.
 *
 * <p>The engine may read files only under the sandbox's S3 folder, and the configuration is locked so SQL cannot
 * widen that: a query can never read {@code /etc/passwd} or load extensions from the network.
 */
public final class DuckDbEngine implements AutoCloseable {
    public static final String CATALOG = "awsdatacatalog";

    private final DuckDBConnection root;

    private DuckDbEngine(DuckDBConnection root) {
        this.root = root;
    }

    /** Opens the engine; it may read (only) the files under {@code s3Root}. */
    public static DuckDbEngine open(Path s3Root) throws SQLException {
        DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        DuckDbEngine engine = new DuckDbEngine(connection);
        try {
            engine.run("ATTACH ':memory:' AS " + CATALOG);
            TrinoUdfs.register(connection); // Trino's semantics where DuckDB's own functions differ
            engine.run("SET TimeZone = 'UTC'"); // Athena's session zone
            engine.run("SET memory_limit = '2GB'");
            engine.run("SET autoinstall_known_extensions = false");
            engine.run("SET allowed_directories = [" + SqlText.literal(s3Root.toAbsolutePath() + "/") + "]");
            engine.run("SET enable_external_access = false");
            engine.run("SET lock_configuration = true");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return engine;
    }

    /** The columns of the Parquet files in {@code folder}, as DuckDB reads them. */
    public List<Column> describeParquet(Path folder) throws SQLException {
        List<Column> columns = new ArrayList<>();
        synchronized (root) {
            try (Statement statement = root.createStatement();
                 ResultSet rs = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + parquetGlob(folder) + ")")) {
                while (rs.next()) {
                    columns.add(new Column(rs.getString("column_name"), DuckType.parse(rs.getString("column_type"))));
                }
            }
        }
        return columns;
    }

    /**
     * The compressed bytes of each top-level column's chunks in the Parquet files in {@code folder}: what Athena
     * scans, and bills, for a query reading that column.
     */
    public Map<String, Long> columnBytes(Path folder) throws SQLException {
        Map<String, Long> bytes = new HashMap<>();
        synchronized (root) {
            try (Statement statement = root.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT path_in_schema, total_compressed_size FROM parquet_metadata("
                         + parquetGlob(folder) + ")")) {
                while (rs.next()) {
                    String path = rs.getString(1);
                    int comma = path.indexOf(", ");
                    bytes.merge(comma < 0 ? path : path.substring(0, comma), rs.getLong(2), Long::sum);
                }
            }
        }
        return bytes;
    }

    public void defineDatabase(String database) throws SQLException {
        run("CREATE SCHEMA IF NOT EXISTS " + CATALOG + "." + SqlText.identifier(database));
    }

    /** Makes {@code database.table} a view over the Parquet files in {@code folder}. */
    public void defineTable(String database, String table, Path folder) throws SQLException {
        run("CREATE OR REPLACE VIEW " + CATALOG + "." + SqlText.identifier(database) + "." + SqlText.identifier(table)
                + " AS SELECT * FROM read_parquet(" + parquetGlob(folder) + ")");
    }

    public void dropTable(String database, String table) throws SQLException {
        run("DROP VIEW IF EXISTS " + CATALOG + "." + SqlText.identifier(database) + "." + SqlText.identifier(table));
    }

    /**
     * A connection of its own for one query, with unqualified names resolving in {@code database} when given. The
     * caller closes it; {@link Statement#cancel()} on its statements interrupts DuckDB.
     */
    public Connection session(Optional<String> database) throws SQLException {
        DuckDBConnection session;
        synchronized (root) {
            session = root.duplicate();
        }
        try (Statement statement = session.createStatement()) {
            statement.execute("USE " + CATALOG + "." + database.map(SqlText::identifier).orElse("main"));
        } catch (SQLException e) {
            session.close();
            throw e;
        }
        return session;
    }

    private void run(String sql) throws SQLException {
        synchronized (root) {
            try (Statement statement = root.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    private static String parquetGlob(Path folder) {
        return SqlText.literal(folder.toAbsolutePath().resolve("*.parquet").toString());
    }

    @Override
    public void close() throws SQLException {
        synchronized (root) {
            root.close();
        }
    }

    /** A column name and its DuckDB type. */
    public record Column(String name, DuckType type) {
    }
}
