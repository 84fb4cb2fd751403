package dev.athenawizard.core.aws.session;

import dev.athenawizard.core.aws.identity.VerifiedConnection;
import java.util.Objects;

/**
 * The session of the connection a wizard step works with now: opened on first use, and the session of an earlier
 * connection closed when another one comes. Used from one thread (the step's).
 */
public final class CurrentSession implements AutoCloseable {
    private final AwsSessions sessions;
    private AwsSession session;

    public CurrentSession(AwsSessions sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /** The session for {@code connection}; null while there is no connection. */
    public AwsSession of(VerifiedConnection connection) {
        if (session != null && session.connection() != connection) {
            close();
        }
        if (session == null && connection != null) {
            session = sessions.open(connection);
        }
        return session;
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
