package dev.athenawizard.core.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The failures the sandbox injects on purpose, so the wizard's error paths can be tried without an AWS account.
 *
 * @param denies        IAM actions denied to particular access key ids
 * @param invalidKeys   key ids answered as unknown ({@code InvalidClientTokenId} / {@code UnrecognizedClientException})
 * @param expiredKeys   key ids answered as expired ({@code ExpiredToken} / {@code ExpiredTokenException})
 * @param throttleEvery every Nth Athena/Glue request gets {@code ThrottlingException} (0 = never)
 * @param failEvery     every Nth Athena/Glue request gets a 500 internal error (0 = never)
 * @param latency       added to every response
 */
public record SandboxFaults(List<DenyRule> denies, Set<String> invalidKeys, Set<String> expiredKeys,
                            int throttleEvery, int failEvery, Duration latency) {
    public static final SandboxFaults NONE = new SandboxFaults(List.of(), Set.of(), Set.of(), 0, 0, Duration.ZERO);

    public SandboxFaults {
        denies = List.copyOf(denies);
        invalidKeys = Set.copyOf(invalidKeys);
        expiredKeys = Set.copyOf(expiredKeys);
        latency = latency == null ? Duration.ZERO : latency;
        if (throttleEvery < 0 || failEvery < 0 || latency.isNegative()) {
            throw new IllegalArgumentException("Fault counts and latency must not be negative");
        }
    }
}
