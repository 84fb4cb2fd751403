package dev.athenawizard.core.sandbox.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Faults a test (or a demo) switches on while the sandbox runs, where {@link RequestFaults} are fixed at start: a key
 * that worked and now has expired, and the next few calls of one Athena/Glue operation throttled, failed with a 500,
 * or dropped (the connection closed without an answer, before or after the call was served), and added latency.
 * Thread-safe.
 */
public final class LiveFaults {
    /** What happens to a call picked by {@link #plan}. */
    public enum Fault {
        /** {@code ThrottlingException}, as AWS's front end answers when the account's rate is exceeded. */
        THROTTLE,
        /** A 500 internal error. */
        SERVER_ERROR,
        /** The connection is closed before the call is served: the client gets no answer, nothing happened. */
        DROP_BEFORE,
        /** The call is served, then the connection is closed: it happened, but the client never hears of it. */
        DROP_AFTER
    }

    private record Planned(String operation, Fault fault, int[] left) {
    }

    private final Set<String> expiredKeys = ConcurrentHashMap.newKeySet();
    private final Map<String, String> expireAtOperation = new ConcurrentHashMap<>();
    private final List<Planned> planned = new ArrayList<>(); // guarded by this
    private final Map<Fault, Integer> injected = new EnumMap<>(Fault.class); // guarded by this
    private volatile Duration latency = Duration.ZERO;

    /** From now on every call signed with {@code accessKeyId} is refused as expired ({@code ExpiredToken…}). */
    public void expireKey(String accessKeyId) {
        expiredKeys.add(accessKeyId);
    }

    /**
     * The key keeps working until its next call of {@code operation} (e.g. {@code GetQueryExecution}); that call and
     * every later one is refused as expired: credentials running out mid-session, at a chosen point.
     */
    public void expireKeyAtNext(String accessKeyId, String operation) {
        expireAtOperation.put(accessKeyId, operation);
    }

    /** The key works again (the user got fresh credentials with the same key id). */
    public void renewKey(String accessKeyId) {
        expiredKeys.remove(accessKeyId);
        expireAtOperation.remove(accessKeyId);
    }

    /** The next {@code times} calls of the Athena/Glue {@code operation} (e.g. {@code ListWorkGroups}) meet the fault. */
    public synchronized void plan(String operation, Fault fault, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be 1 or more, got " + times);
        }
        planned.add(new Planned(operation, fault, new int[] {times}));
    }

    /** Added to every answer from now on (on top of the latency fixed at start); zero for none. */
    public void latency(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + value);
        }
        latency = value;
    }

    Duration latency() {
        return latency;
    }

    /** How many calls met {@code fault} since the start or the last {@link #clear()}. */
    public synchronized int injected(Fault fault) {
        return injected.getOrDefault(fault, 0);
    }

    /** Forgets every planned fault and expired key, and the counts. */
    public synchronized void clear() {
        planned.clear();
        injected.clear();
        expiredKeys.clear();
        expireAtOperation.clear();
        latency = Duration.ZERO;
    }

    /** Whether the key is expired for this call; {@code operation} is null outside Athena/Glue (STS, S3). */
    boolean expired(String accessKeyId, String operation) {
        if (operation != null && operation.equals(expireAtOperation.get(accessKeyId))) {
            expireAtOperation.remove(accessKeyId);
            expiredKeys.add(accessKeyId);
        }
        return expiredKeys.contains(accessKeyId);
    }

    /** The fault planned for this call, consuming it. */
    synchronized Optional<Fault> next(String operation) {
        Iterator<Planned> it = planned.iterator();
        while (it.hasNext()) {
            Planned p = it.next();
            if (p.operation().equals(operation)) {
                if (--p.left()[0] <= 0) {
                    it.remove();
                }
                injected.merge(p.fault(), 1, Integer::sum);
                return Optional.of(p.fault());
            }
        }
        return Optional.empty();
    }
}
