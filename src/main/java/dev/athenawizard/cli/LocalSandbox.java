package dev.athenawizard.cli;

import dev.athenawizard.core.sandbox.SandboxOptions;
import dev.athenawizard.core.sandbox.SandboxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;

/** An in-process sandbox for the length of one command, for projects in sandbox mode. */
final class LocalSandbox implements AutoCloseable {
    private final SandboxServer server;

    private LocalSandbox(SandboxServer server) {
        this.server = server;
    }

    /** Starts on a free port with the data in {@code dataDir} (generated there on first use). */
    static LocalSandbox start(Path dataDir) {
        try {
            return new LocalSandbox(SandboxServer.start(SandboxOptions.builder(dataDir).build()));
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox could not start: " + e.getMessage(), e);
        }
    }

    URI endpoint() {
        return server.endpoint();
    }

    @Override
    public void close() {
        server.close();
    }
}
