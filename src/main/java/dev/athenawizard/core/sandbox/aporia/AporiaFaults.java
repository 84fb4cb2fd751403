package dev.athenawizard.core.sandbox.aporia;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Test and demo knobs for the sandbox's Aporia: accept only one token (every other gets 401), make chosen calls
 * fail with a status a number of times (a 503 to exercise retries, a 500 that outlasts them), or hang without an
 * answer (the client has to time out), all switchable while the sandbox runs.
 */
public final class AporiaFaults {
    private record Failure(String method, String pathContains, int status, int[] left) {
    }

    private record Hang(String method, String pathContains, Duration hold, int[] left) {
    }

    private volatile String onlyToken;
    private final List<Failure> failures = new ArrayList<>();
    private final List<Hang> hangs = new ArrayList<>();
    private CountDownLatch released = new CountDownLatch(1); // guarded by this

    /** From now on only this token is accepted; null accepts any non-empty token again. */
    public void acceptOnlyToken(String token) {
        this.onlyToken = token;
    }

    /** The next {@code times} calls of {@code method} whose path contains {@code pathContains} answer {@code status}. */
    public synchronized void fail(String method, String pathContains, int status, int times) {
        failures.add(new Failure(method, pathContains, status, new int[] {times}));
    }

    /**
     * The next {@code times} calls of {@code method} whose path contains {@code pathContains} get no answer for
     * {@code hold} (or until {@link #clear()}), then their connection is closed; a client waiting less times out.
     * The call is not served.
     */
    public synchronized void hang(String method, String pathContains, int times, Duration hold) {
        hangs.add(new Hang(method, pathContains, hold, new int[] {times}));
    }

    /** Forgets every planned fault and lets hanging calls go (their connections close unanswered). */
    public synchronized void clear() {
        failures.clear();
        hangs.clear();
        onlyToken = null;
        released.countDown();
        released = new CountDownLatch(1);
    }

    /** Holds this call if a hang is planned for it; true when it was held (and must go unanswered). */
    boolean held(String method, String path) throws InterruptedException {
        Duration hold;
        CountDownLatch release;
        synchronized (this) {
            hold = consume(hangs.iterator(), method, path);
            release = released;
        }
        if (hold == null) {
            return false;
        }
        release.await(hold.toNanos(), TimeUnit.NANOSECONDS);
        return true;
    }

    private static Duration consume(Iterator<Hang> it, String method, String path) {
        while (it.hasNext()) {
            Hang h = it.next();
            if (h.method().equals(method) && path.contains(h.pathContains())) {
                if (--h.left()[0] <= 0) {
                    it.remove();
                }
                return h.hold();
            }
        }
        return null;
    }

    boolean tokenAccepted(String token) {
        String only = onlyToken;
        return only == null || only.equals(token);
    }

    /** The status to fail this call with, consuming one of the planned failures. */
    synchronized Optional<Integer> failureFor(String method, String path) {
        Iterator<Failure> it = failures.iterator();
        while (it.hasNext()) {
            Failure f = it.next();
            if (f.method().equals(method) && path.contains(f.pathContains())) {
                if (--f.left()[0] <= 0) {
                    it.remove();
                }
                return Optional.of(f.status());
            }
        }
        return Optional.empty();
    }
}
