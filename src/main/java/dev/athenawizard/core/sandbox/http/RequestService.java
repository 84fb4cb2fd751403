package dev.athenawizard.core.sandbox.http;

import java.io.IOException;

/**
 * A service that answers whole requests from an authenticated caller (S3 by path, STS by form post), where a
 * {@link JsonService} answers named operations. The handler knows services only by these two shapes, so the services
 * may use this package without it depending on them.
 */
@FunctionalInterface
public interface RequestService {
    SandboxResponse handle(SandboxRequest request, Caller caller) throws IOException;
}
