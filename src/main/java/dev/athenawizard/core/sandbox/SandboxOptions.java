package dev.athenawizard.core.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How to run a sandbox: where it listens and keeps its files, how long queries take, what time it is, which faults
 * to inject, and which identities given key ids have.
 *
 * @param port       TCP port on 127.0.0.1; 0 picks a free one
 * @param dataDir    demo data, the "S3" tree ({@code <dataDir>/s3/<bucket>/…}) and created workgroups
 * @param queryDelay the least time from submission to a query's completion (QUEUED/RUNNING last this long)
 * @param queueDelay how much of that a query spends QUEUED before RUNNING
 * @param clock      drives query timing; tests pass a controllable one
 * @param identities explicit ARNs for given key ids (e.g. a root identity), see STS GetCallerIdentity
 */
public record SandboxOptions(int port, Path dataDir, Duration queryDelay, Duration queueDelay, Clock clock,
                             SandboxFaults faults, Map<String, String> identities) {
    public SandboxOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(faults, "faults");
        identities = Map.copyOf(identities);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port must be 0..65535, got " + port);
        }
        if (queryDelay.isNegative() || queueDelay.isNegative()) {
            throw new IllegalArgumentException("Delays must not be negative");
        }
    }

    /** What STS reports as an identity: root, IAM user or role, assumed role. */
    private static final Pattern IDENTITY_ARN = Pattern.compile(
            "arn:aws:(iam::\\d{12}:(root|user/[\\w+=,.@/-]+|role/[\\w+=,.@/-]+)"
                    + "|sts::\\d{12}:assumed-role/[\\w+=,.@-]+/[\\w+=,.@-]+)");

    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    /**
     * Why the sandbox could not keep its files in {@code dataDir}, or empty when it can: the folder is a file, or it
     * cannot be created or written. Checked before starting, so the user hears the reason and not only the path.
     */
    public static Optional<String> dataDirProblem(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            return Optional.of(absolute + " is a file, not a folder: give a folder (it is created if missing).");
        }
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.of(absolute + " cannot be created: none of its parent folders exists.");
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of(absolute + " cannot be created: " + existing + " is a file, not a folder.");
        }
        if (!Files.isWritable(existing) || !Files.isExecutable(existing)) {
            return Optional.of((existing.equals(absolute) ? absolute + " cannot be written"
                    : absolute + " cannot be created, because " + existing + " cannot be written")
                    + ": you do not have permission. Choose a folder of your own, e.g. under your home folder.");
        }
        return Optional.empty();
    }

    /** Builds options; everything but the data folder has a default (free port, no delay, no faults). */
    public static final class Builder {
        private final Path dataDir;
        private int port;
        private Duration queryDelay = Duration.ZERO;
        private Duration queueDelay = Duration.ZERO;
        private Clock clock = Clock.systemUTC();
        private final List<DenyRule> denies = new ArrayList<>();
        private final Set<String> invalidKeys = new HashSet<>();
        private final Set<String> expiredKeys = new HashSet<>();
        private int throttleEvery;
        private int failEvery;
        private Duration latency = Duration.ZERO;
        private final Map<String, String> identities = new LinkedHashMap<>();

        private Builder(Path dataDir) {
            this.dataDir = dataDir;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder queryDelay(Duration value) {
            queryDelay = value;
            return this;
        }

        public Builder queueDelay(Duration value) {
            queueDelay = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /** Denies IAM actions to one key id, e.g. {@code deny("AKIA…", "athena:StartQueryExecution")}. */
        public Builder deny(String accessKeyId, String... actions) {
            for (String action : actions) {
                denies.addAll(DenyRule.parse(accessKeyId + "=" + action));
            }
            return this;
        }

        public Builder deny(DenyRule rule) {
            denies.add(rule);
            return this;
        }

        public Builder invalidKey(String accessKeyId) {
            invalidKeys.add(accessKeyId);
            return this;
        }

        public Builder expiredKey(String accessKeyId) {
            expiredKeys.add(accessKeyId);
            return this;
        }

        public Builder throttleEvery(int n) {
            throttleEvery = n;
            return this;
        }

        public Builder failEvery(int n) {
            failEvery = n;
            return this;
        }

        public Builder latency(Duration value) {
            latency = value;
            return this;
        }

        /**
         * Gives a key id an explicit identity, e.g. {@code arn:aws:iam::123456789012:root}.
         *
         * @throws IllegalArgumentException when {@code arn} is not the ARN of a root user, an IAM user or role, or an
         *                                  assumed role: STS would never report it
         */
        public Builder identity(String accessKeyId, String arn) {
            if (accessKeyId == null || accessKeyId.isBlank()) {
                throw new IllegalArgumentException("No access key id before '=': say which key the identity is for.");
            }
            if (arn == null || !IDENTITY_ARN.matcher(arn).matches()) {
                throw new IllegalArgumentException("'" + arn + "' is not an identity STS could report: use the ARN "
                        + "of a root user (arn:aws:iam::123456789012:root), an IAM user (arn:aws:iam::123456789012:"
                        + "user/NAME), a role (…:role/NAME) or an assumed role (arn:aws:sts::123456789012:"
                        + "assumed-role/ROLE/SESSION).");
            }
            identities.put(accessKeyId, arn);
            return this;
        }

        public SandboxOptions build() {
            return new SandboxOptions(port, dataDir, queryDelay, queueDelay, clock,
                    new SandboxFaults(denies, invalidKeys, expiredKeys, throttleEvery, failEvery, latency), identities);
        }
    }
}
