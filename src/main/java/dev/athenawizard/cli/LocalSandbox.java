package dev.athenawizard.cli;

import java.net.URI;
import java.nio.file.Path;

/** An in-process sandbox for the length of one command, for projects in sandbox mode. */
final class LocalSandbox implements AutoCloseable {
    private LocalSandbox() {
    }

    static LocalSandbox start(Path dataDir) {
        throw new IllegalStateException("The sandbox is not available in this build yet: set the project's "
                + "connection.endpointOverride to a running sandbox (athena-wizard sandbox).");
    }

    URI endpoint() {
        throw new IllegalStateException("no sandbox");
    }

    @Override
    public void close() {
    }
}
