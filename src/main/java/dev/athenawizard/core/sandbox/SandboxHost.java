package dev.athenawizard.core.sandbox;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process sandbox behind the GUI's "Try without AWS": started on first use, off the caller's thread (the first
 * start generates the demo data), shared by every step, and stopped when the program ends.
 */
public final class SandboxHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxHost.class);

    private final Path dataDir;
    private final Executor executor;
    private CompletableFuture<SandboxServer> starting;

    public SandboxHost(Path dataDir, Executor executor) {
        this.dataDir = dataDir;
        this.executor = executor;
    }

    /** The sandbox's URL, starting it if needed. A failed start is retried on the next call. */
    public synchronized CompletableFuture<URI> endpoint() {
        if (starting == null || starting.isCompletedExceptionally()) {
            starting = CompletableFuture.supplyAsync(this::startServer, executor);
        }
        return starting.thenApply(SandboxServer::endpoint);
    }

    /** Whether the demo data still has to be generated, so the first start takes a few seconds longer. */
    public boolean firstStart() {
        return !java.nio.file.Files.isDirectory(dataDir.resolve("s3"));
    }

    private SandboxServer startServer() {
        try {
            SandboxServer server = SandboxServer.start(SandboxOptions.builder(dataDir).build());
            LOG.info("sandbox started at {}", server.endpoint());
            return server;
        } catch (IOException e) {
            throw new CompletionException(new IOException("The sandbox could not start: " + e.getMessage(), e));
        }
    }

    @Override
    public synchronized void close() {
        if (starting != null) {
            starting.thenAccept(SandboxServer::close);
            starting = null;
        }
    }
}
