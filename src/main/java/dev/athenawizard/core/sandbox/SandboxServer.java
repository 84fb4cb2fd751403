package dev.athenawizard.core.sandbox;

import com.sun.net.httpserver.HttpServer;
import dev.athenawizard.core.concurrent.BackgroundExecutors;
import dev.athenawizard.core.sandbox.account.SandboxAccount;
import dev.athenawizard.core.sandbox.aporia.AporiaSandbox;
import dev.athenawizard.core.sandbox.athena.AthenaApi;
import dev.athenawizard.core.sandbox.catalog.SandboxCatalog;
import dev.athenawizard.core.sandbox.demo.DemoData;
import dev.athenawizard.core.sandbox.engine.DuckDbEngine;
import dev.athenawizard.core.sandbox.glue.GlueApi;
import dev.athenawizard.core.sandbox.http.LiveFaults;
import dev.athenawizard.core.sandbox.http.RequestFaults;
import dev.athenawizard.core.sandbox.http.SandboxHttpHandler;
import dev.athenawizard.core.sandbox.iam.AccessControl;
import dev.athenawizard.core.sandbox.iam.DenyPolicy;
import dev.athenawizard.core.sandbox.iam.Identities;
import dev.athenawizard.core.sandbox.s3.S3Api;
import dev.athenawizard.core.sandbox.s3.S3Store;
import dev.athenawizard.core.sandbox.sts.StsApi;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Athena-, Glue-, STS- and S3-compatible endpoint on {@code 127.0.0.1}, backed by DuckDB, for using the wizard
 * (and the AWS SDK, the AWS CLI or boto3) without an AWS account. Point a client at {@link #endpoint()} with any
 * access key id; {@link #close()} stops it.
 *
 * <pre>{@code
 * try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.builder(dataDir).build())) {
 *     AthenaClient athena = factory.athena(target.withEndpoint(sandbox.endpoint()));
 * }
 * }</pre>
 */
public final class SandboxServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
    /** Queries DuckDB runs at once; more wait, QUEUED. */
    private static final int QUERY_THREADS = 4;
    private static final int HTTP_THREADS = 16;

    private final HttpServer http;
    private final ExecutorService httpThreads;
    private final ExecutorService queryThreads;
    private final DuckDbEngine engine;
    private final AthenaApi athena;
    private final DemoData.Report demoData;
    private final Path dataDir;
    private final AporiaSandbox aporia;
    private final LiveFaults liveFaults;

    private SandboxServer(HttpServer http, ExecutorService httpThreads, ExecutorService queryThreads,
                          DuckDbEngine engine, AthenaApi athena, DemoData.Report demoData, Path dataDir,
                          AporiaSandbox aporia, LiveFaults liveFaults) {
        this.http = http;
        this.httpThreads = httpThreads;
        this.queryThreads = queryThreads;
        this.engine = engine;
        this.athena = athena;
        this.demoData = demoData;
        this.dataDir = dataDir;
        this.aporia = aporia;
        this.liveFaults = liveFaults;
    }

    /** Prepares the data folder (generating the demo data on first use), then listens; returns once it answers. */
    public static SandboxServer start(SandboxOptions options) throws IOException {
        Path dataDir = options.dataDir().toAbsolutePath();
        Files.createDirectories(dataDir);
        DemoData.Report demo = DemoData.ensure(dataDir, options.clock());
        Path s3Root = dataDir.resolve("s3");
        DuckDbEngine engine;
        try {
            engine = DuckDbEngine.open(s3Root);
        } catch (SQLException e) {
            throw new IOException("Could not start the sandbox's DuckDB engine: " + e.getMessage(), e);
        }
        ExecutorService queryThreads = BackgroundExecutors.bounded("sandbox-query", QUERY_THREADS);
        ExecutorService httpThreads = BackgroundExecutors.bounded("sandbox-http", HTTP_THREADS);
        try {
            SandboxCatalog catalog = new SandboxCatalog(s3Root, engine);
            catalog.refresh();
            Identities identities = new Identities(options.identities());
            AccessControl access = new AccessControl(denials(options.faults()), identities);
            AthenaApi athena = new AthenaApi(dataDir, catalog, engine, access, options.clock(), options.queryDelay(),
                    options.queueDelay(), queryThreads);
            S3Api s3 = new S3Api(new S3Store(s3Root), access, bucket -> {
                if (bucket.equals(SandboxAccount.DATA_BUCKET)) {
                    catalog.refresh(); // a Parquet file put into <db>/<table>/ becomes a table
                }
            });
            RequestFaults requestFaults = requestFaults(options.faults());
            SandboxHttpHandler handler = new SandboxHttpHandler(athena, new GlueApi(catalog, access),
                    new StsApi(identities), s3, requestFaults);
            HttpServer http = listen(options.port());
            http.createContext("/", handler);
            AporiaSandbox aporia = new AporiaSandbox(options.clock()); // Aporia's /v1beta API, on the same port
            http.createContext(AporiaSandbox.PATH_PREFIX, aporia.handler());
            http.setExecutor(httpThreads);
            http.start();
            SandboxServer server = new SandboxServer(http, httpThreads, queryThreads, engine, athena, demo, dataDir,
                    aporia, requestFaults.live());
            LOG.info("Sandbox listening on {} with data in {}", server.endpoint(), dataDir);
            return server;
        } catch (IOException | RuntimeException e) {
            queryThreads.shutdownNow();
            httpThreads.shutdownNow();
            closeQuietly(engine);
            throw e;
        }
    }

    private static DenyPolicy denials(SandboxFaults faults) {
        return (accessKeyId, action, resourceArn) -> faults.denies().stream()
                .anyMatch(rule -> rule.matches(accessKeyId, action, resourceArn));
    }

    private static RequestFaults requestFaults(SandboxFaults faults) {
        return new RequestFaults(faults.invalidKeys(), faults.expiredKeys(), faults.throttleEvery(), faults.failEvery(),
                faults.latency());
    }

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private static HttpServer listen(int port) throws IOException {
        // The JDK server leaves Nagle's algorithm on unless told otherwise, which delays every small answer by about
        // 40 ms on loopback. It reads this property once, when its first server starts.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (BindException e) {
            throw new IOException("Port " + port + " on 127.0.0.1 is in use; choose another, or 0 for any free port", e);
        }
    }

    /** {@code http://127.0.0.1:<port>}: the endpoint override for every client. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Whether this start generated the demo data, and how long that took. */
    public DemoData.Report demoData() {
        return demoData;
    }

    /** The stand-in for Aporia's controller answering {@code /v1beta/…} on this port, and what it received. */
    public AporiaSandbox aporia() {
        return aporia;
    }

    /**
     * Faults to switch on while the sandbox runs: expire a key that worked, throttle, fail or drop the connection of
     * the next calls of an Athena/Glue operation. The Aporia endpoint has its own: {@code aporia().faults()}.
     */
    public LiveFaults faults() {
        return liveFaults;
    }

    /** Changes how long queries submitted from now on take at least (earlier ones keep theirs). */
    public void setQueryDelay(Duration delay) {
        athena.setQueryDelay(delay);
    }

    /** Changes how long queries submitted from now on stay QUEUED (earlier ones keep theirs). */
    public void setQueueDelay(Duration delay) {
        athena.setQueueDelay(delay);
    }

    /** The submission and true completion of an execution; empty for an unknown id. */
    public Optional<QueryTiming> queryTiming(String queryExecutionId) {
        return athena.timing(queryExecutionId).map(t -> new QueryTiming(t.queryExecutionId(), t.submitted(),
                t.completion(), t.engineBusy()));
    }

    /** Stops listening, interrupts running queries and closes DuckDB. */
    @Override
    public void close() {
        http.stop(0);
        httpThreads.shutdownNow();
        athena.stopAll();
        queryThreads.shutdownNow();
        try {
            if (!queryThreads.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Sandbox queries still running after 5 s; closing DuckDB anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(engine);
        LOG.info("Sandbox stopped");
    }

    private static void closeQuietly(DuckDbEngine engine) {
        try {
            engine.close();
        } catch (SQLException e) {
            LOG.warn("Closing the sandbox's DuckDB failed: {}", e.getMessage());
        }
    }
}
