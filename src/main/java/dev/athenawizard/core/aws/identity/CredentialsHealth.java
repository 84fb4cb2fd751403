package dev.athenawizard.core.aws.identity;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Whether the verified credentials still work, as the calls made with them since the verification found: AWS
 * refusing them as expired or invalid makes them {@link #refused refused}, and the next call they make that succeeds
 * makes them work again (fresh credentials under the same key id, or an expiry that was the clock's). A verification
 * is a moment; this is what came after it. Thread-safe: calls report from pool threads.
 */
public final class CredentialsHealth {
    private final List<Consumer<Optional<String>>> listeners = new CopyOnWriteArrayList<>();
    private volatile String problem; // null while they work

    /** Why the last call was refused (e.g. "The AWS credentials have expired. …"); empty while they work. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** AWS refused the credentials: expired, revoked or not recognised. */
    public synchronized void refused(String why) {
        problem = why;
        listeners.forEach(l -> l.accept(Optional.of(why)));
    }

    /** A call made with the credentials succeeded. */
    public synchronized void working() {
        if (problem != null) {
            problem = null;
            listeners.forEach(l -> l.accept(Optional.empty()));
        }
    }

    /**
     * Tells {@code listener} of each change (on the thread of the call that found it); it is not called for the
     * current state.
     *
     * @return stops telling it
     */
    public Runnable subscribe(Consumer<Optional<String>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
