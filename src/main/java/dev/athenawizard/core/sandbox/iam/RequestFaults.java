package dev.athenawizard.core.sandbox.iam;

import dev.athenawizard.core.sandbox.SandboxFaults;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** The per-request faults: unknown or expired keys, every-Nth throttling or server errors, and added latency. */
public final class RequestFaults {
    /** How a key id fares at authentication. */
    public enum KeyStatus { VALID, INVALID, EXPIRED }

    /** What happens to one Athena/Glue request before it is served. */
    public enum Injected { NONE, THROTTLE, SERVER_ERROR }

    private final SandboxFaults faults;
    private final AtomicLong jsonRequests = new AtomicLong();

    public RequestFaults(SandboxFaults faults) {
        this.faults = faults;
    }

    public KeyStatus keyStatus(String accessKeyId) {
        if (faults.invalidKeys().contains(accessKeyId)) {
            return KeyStatus.INVALID;
        }
        return faults.expiredKeys().contains(accessKeyId) ? KeyStatus.EXPIRED : KeyStatus.VALID;
    }

    /** Counts one Athena/Glue request and says whether this one is the Nth to throttle or fail. */
    public Injected nextJsonRequest() {
        long n = jsonRequests.incrementAndGet();
        if (faults.throttleEvery() > 0 && n % faults.throttleEvery() == 0) {
            return Injected.THROTTLE;
        }
        return faults.failEvery() > 0 && n % faults.failEvery() == 0 ? Injected.SERVER_ERROR : Injected.NONE;
    }

    public Duration latency() {
        return faults.latency();
    }
}
