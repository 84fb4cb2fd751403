package dev.athenawizard.core.sandbox.aporia;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Test and demo knobs for the sandbox's Aporia: accept only one token (every other gets 401), and make chosen calls
 * fail with a status a number of times (a 503 to exercise retries, a 500 that outlasts them).
 */
public final class AporiaFaults {
    private record Failure(String method, String pathContains, int status, int[] left) {
    }

    private volatile String onlyToken;
    private final List<Failure> failures = new ArrayList<>();

    /** From now on only this token is accepted; null accepts any non-empty token again. */
    public void acceptOnlyToken(String token) {
        this.onlyToken = token;
    }

    /** The next {@code times} calls of {@code method} whose path contains {@code pathContains} answer {@code status}. */
    public synchronized void fail(String method, String pathContains, int status, int times) {
        failures.add(new Failure(method, pathContains, status, new int[] {times}));
    }

    public synchronized void clear() {
        failures.clear();
        onlyToken = null;
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
