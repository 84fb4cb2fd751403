package dev.athenawizard.core.aws.session;

import dev.athenawizard.core.athena.query.UnstoppedQueries;
import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Builds the services that talk to AWS for one verified connection. The program has one (built by its wiring); a
 * wizard step opens an {@link AwsSession} for the connection it was handed and closes it when the connection changes.
 */
public final class AwsSessions {
    private final AwsClientFactory clients;
    private final Executor aws;
    private final UnstoppedQueries unstopped = new UnstoppedQueries();

    /**
     * @param clients builds the SDK clients (and owns the HTTP client they share)
     * @param aws     where blocking AWS calls run; a bounded pool
     */
    public AwsSessions(AwsClientFactory clients, Executor aws) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.aws = Objects.requireNonNull(aws, "aws");
    }

    public AwsSession open(VerifiedConnection connection) {
        return new AwsSession(connection, clients, aws, unstopped);
    }

    /** The queries no session could stop yet, shared by all: a later session of the same account stops them. */
    public UnstoppedQueries unstopped() {
        return unstopped;
    }
}
