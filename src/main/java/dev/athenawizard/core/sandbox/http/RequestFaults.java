package dev.athenawizard.core.sandbox.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The per-request faults: unknown or expired keys, every-Nth throttling or server errors, and added latency, fixed at
 * start; plus the {@link LiveFaults} a test switches on while the sandbox runs.
 */
public final class RequestFaults {
    /** How a key id fares at authentication. */
    public enum KeyStatus { VALID, INVALID, EXPIRED }

    /** What happens to one Athena/Glue request before it is served. */
    public enum Injected { NONE, THROTTLE, SERVER_ERROR }

    private final Set<String> invalidKeys;
    private final Set<String> expiredKeys;
    private final int throttleEvery;
    private final int failEvery;
    private final Duration latency;
    private final AtomicLong jsonRequests = new AtomicLong();
    private final LiveFaults live = new LiveFaults();

    /**
     * @param throttleEvery every Nth Athena/Glue request is throttled (0 = never)
     * @param failEvery     every Nth Athena/Glue request fails with a server error (0 = never)
     */
    public RequestFaults(Set<String> invalidKeys, Set<String> expiredKeys, int throttleEvery, int failEvery,
                         Duration latency) {
        this.invalidKeys = Set.copyOf(invalidKeys);
        this.expiredKeys = Set.copyOf(expiredKeys);
        this.throttleEvery = throttleEvery;
        this.failEvery = failEvery;
        this.latency = latency;
    }

    /** The faults switched on while the sandbox runs. */
    public LiveFaults live() {
        return live;
    }

    public KeyStatus keyStatus(String accessKeyId) {
        return keyStatus(accessKeyId, null);
    }

    /** How the key fares for a call of an Athena/Glue {@code operation} (null for STS and S3). */
    public KeyStatus keyStatus(String accessKeyId, String operation) {
        if (invalidKeys.contains(accessKeyId)) {
            return KeyStatus.INVALID;
        }
        return expiredKeys.contains(accessKeyId) || live.expired(accessKeyId, operation) ? KeyStatus.EXPIRED
                : KeyStatus.VALID;
    }

    /** Counts one Athena/Glue request and says whether this one is the Nth to throttle or fail. */
    public Injected nextJsonRequest() {
        long n = jsonRequests.incrementAndGet();
        if (throttleEvery > 0 && n % throttleEvery == 0) {
            return Injected.THROTTLE;
        }
        return failEvery > 0 && n % failEvery == 0 ? Injected.SERVER_ERROR : Injected.NONE;
    }

    public Duration latency() {
        return latency;
    }
}
