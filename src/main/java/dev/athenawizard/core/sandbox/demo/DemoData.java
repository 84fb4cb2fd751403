package dev.athenawizard.core.sandbox.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.athenawizard.core.sandbox.account.SandboxAccount;
import dev.athenawizard.core.sandbox.engine.SqlText;
import dev.athenawizard.core.sandbox.http.Json;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the demo database {@code aporia_demo} into a data folder on first start: {@code model_predictions}
 * (10,000 predictions of the last four weeks, actuals still NULL for the last three days) and {@code training_set}
 * (5,000 older rows, all actuals known), shaped like the Aporia guide's example model.
 *
 * <p>Every value comes from DuckDB's {@code hash()} of the row number, so the data is the same on every machine;
 * only the time window moves, anchored at midnight UTC of the day of generation. DuckDB generates it in one SQL
 * statement per table, which takes about two seconds.
 */
public final class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final int VERSION = 1;
    private static final String MARKER = "demo-data.json";

    /** What {@link #ensure} did: whether it generated the data, and how long it took. */
    public record Report(boolean generated, Instant anchor, Duration took) {
    }

    private DemoData() {
    }

    /**
     * Generates the demo tables unless the data folder already has them; also makes the buckets' folders. Holds a
     * lock on the folder meanwhile, so two sandboxes starting on one folder do not both write it.
     */
    public static Report ensure(Path dataDir, Clock clock) throws IOException {
        Files.createDirectories(dataDir);
        synchronized (DemoData.class) {
            try (FileChannel lockFile = FileChannel.open(dataDir.resolve(".demo-data.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                lockFile.lock(); // released when the channel closes
                return ensureLocked(dataDir, clock);
            }
        }
    }

    /** The anchor of the demo data already in the folder, if it is this version's. */
    private static Optional<Instant> existingAnchor(Path dataDir) throws IOException {
        Path marker = dataDir.resolve(MARKER);
        if (!Files.exists(marker)) {
            return Optional.empty();
        }
        var existing = Json.MAPPER.readTree(marker.toFile());
        return existing.path("version").asInt() == VERSION
                ? Optional.of(Instant.parse(existing.path("anchor").asText())) : Optional.empty();
    }

    private static Report ensureLocked(Path dataDir, Clock clock) throws IOException {
        Path s3 = dataDir.resolve("s3");
        Files.createDirectories(s3.resolve(SandboxAccount.DATA_BUCKET).resolve("default"));
        Files.createDirectories(s3.resolve(SandboxAccount.RESULTS_BUCKET));
        Optional<Instant> existing = existingAnchor(dataDir);
        if (existing.isPresent()) {
            return new Report(false, existing.get(), Duration.ZERO);
        }
        Path marker = dataDir.resolve(MARKER);
        long started = System.nanoTime();
        Instant anchor = clock.instant().truncatedTo(ChronoUnit.DAYS);
        Path staging = dataDir.resolve(".demo-" + UUID.randomUUID());
        try {
            generate(staging, anchor);
            Path database = s3.resolve(SandboxAccount.DATA_BUCKET).resolve(SandboxAccount.DEMO_DATABASE);
            Files.createDirectories(database);
            for (String table : new String[] {"model_predictions", "training_set"}) {
                Path target = database.resolve(table);
                deleteTree(target);
                Files.move(staging.resolve(table), target, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            deleteTree(staging);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        ObjectNode written = Json.object().put("version", VERSION).put("anchor", anchor.toString())
                .put("generatedInMillis", took.toMillis());
        Files.writeString(marker, Json.write(written));
        LOG.info("Generated the sandbox demo data in {} ms", took.toMillis());
        return new Report(true, anchor, took);
    }

    private static void generate(Path staging, Instant anchor) throws IOException {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duck.createStatement()) {
            Instant day = anchor;
            write(statement, staging.resolve("model_predictions"), "predictions", 10_000,
                    day.minus(Duration.ofDays(28)), day, day.minus(Duration.ofDays(3)));
            write(statement, staging.resolve("training_set"), "training", 5_000,
                    day.minus(Duration.ofDays(90)), day.minus(Duration.ofDays(30)), day);
        } catch (SQLException e) {
            throw new IOException("Could not generate the sandbox demo data: " + e.getMessage(), e);
        }
    }

    /**
     * One table in one statement. A latent "need" drives the true purchase probability; the model's {@code proba}
     * is that probability plus noise, so predictions and actuals agree most of the time, as a decent model's do.
     */
    private static void write(Statement statement, Path folder, String salt, int rows, Instant from, Instant to,
                              Instant actualsKnownUntil) throws IOException, SQLException {
        Files.createDirectories(folder);
        long spanMillis = Duration.between(from, to).toMillis();
        String u = "(hash(i, '" + salt + "', '%s') %% 1000000) / 1000000.0";
        String sql = """
                COPY (
                  WITH base AS (
                    SELECT i,
                      %s AS u_ts, %s AS u_need, %s AS u_label, %s AS u_noise, %s AS u_amount, %s AS u_new,
                      CAST(hash(i, '%s', 'owner') %% 5 AS BIGINT) AS owner_idx,
                      CAST(hash(i, '%s', 'text') %% 8 AS BIGINT) AS text_idx,
                      md5('%s-' || i) AS h
                    FROM range(%d) r(i)
                  ),
                  shaped AS (
                    SELECT *,
                      TIMESTAMP '%s' + to_milliseconds(CAST(u_ts * %d AS BIGINT)) AS ts,
                      round(exp(3.0 + 4.6 * u_amount), 2) AS amt,
                      u_new < 0.3 AS fresh
                    FROM base
                  ),
                  scored AS (
                    SELECT *,
                      least(0.97, greatest(0.03, 0.05 + 0.6 * u_need + CASE WHEN fresh THEN 0.15 ELSE 0 END
                        + CASE WHEN amt > 500 THEN 0.1 ELSE 0 END)) AS p_true
                    FROM shaped
                  )
                  SELECT
                    substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || substr(h, 17, 4)
                      || '-' || substr(h, 21, 12) AS prediction_id,
                    ts AS prediction_timestamp,
                    CASE WHEN fresh THEN 'New customer. ' ELSE '' END || [
                      'Asked about coverage for a new car.', 'Just browsing prices.',
                      'Needs travel insurance for next month.', 'Compared home insurance quotes.',
                      'Policy renews soon, wants a better deal.', 'Asked what liability covers.',
                      'Wants to add a teenager to the policy.', 'Asked how to cancel the subscription.'
                    ][text_idx + 1] AS raw_text,
                    amt AS amount,
                    ['alice', 'bob', 'carol', 'dave', 'erin'][owner_idx + 1] AS owner,
                    fresh AS is_new,
                    list_transform(range(768), lambda j: round(
                      ((hash(i, j, '%s') %% 2000001) / 1000000.0 - 1.0) * 0.8
                      + (u_need - 0.5) * CASE WHEN j %% 2 = 0 THEN 0.4 ELSE -0.4 END, 3)) AS embeddings,
                    round(least(0.999, greatest(0.001, p_true + (u_noise - 0.5) * 0.35)), 4) >= 0.5
                      AS will_buy_insurance,
                    round(least(0.999, greatest(0.001, p_true + (u_noise - 0.5) * 0.35)), 4) AS proba,
                    CASE WHEN ts >= TIMESTAMP '%s' THEN NULL ELSE u_label < p_true END AS did_buy_insurance
                  FROM scored
                  ORDER BY ts
                ) TO %s (FORMAT PARQUET, COMPRESSION ZSTD)
                """.formatted(
                u.formatted("ts"), u.formatted("need"), u.formatted("label"), u.formatted("noise"),
                u.formatted("amount"), u.formatted("new"), salt, salt, salt, rows,
                sqlTimestamp(from), spanMillis, salt, sqlTimestamp(actualsKnownUntil),
                SqlText.literal(folder.resolve("part-00000.parquet").toAbsolutePath().toString()));
        statement.execute(sql);
    }

    private static String sqlTimestamp(Instant instant) {
        return instant.toString().replace('T', ' ').replace("Z", "");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
