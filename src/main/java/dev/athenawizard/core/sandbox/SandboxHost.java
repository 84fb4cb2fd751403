package dev.athenawizard.core.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The in-process sandbox behind sandbox mode (the GUI's "Try without AWS", a CLI command on a sandbox project):
 * started on first use on the given executor (the first start generates the demo data), shared by every user, and
 * stopped on {@link #close()}.
 */
public final class SandboxHost implements AutoCloseable {
    private final Path dataDir;
    private final Executor executor;
    private CompletableFuture<SandboxServer> starting;

    public SandboxHost(Path dataDir, Executor executor) {
        this.dataDir = dataDir;
        this.executor = executor;
    }

    /**
     * The sandbox's URL, starting it if needed. A failed start is retried on the next call; its failure is an
     * {@link UncheckedIOException} saying that the sandbox could not start, and why.
     */
    public synchronized CompletableFuture<URI> endpoint() {
        if (starting == null || starting.isCompletedExceptionally()) {
            starting = CompletableFuture.supplyAsync(this::startServer, executor);
        }
        return starting.thenApply(SandboxServer::endpoint);
    }

    /** Whether the sandbox is up; answered from memory, so the FX thread may ask. */
    public synchronized boolean running() {
        return starting != null && starting.isDone() && !starting.isCompletedExceptionally();
    }

    private SandboxServer startServer() {
        try {
            return SandboxServer.start(SandboxOptions.builder(dataDir).build());
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox could not start: " + e.getMessage(), e);
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
