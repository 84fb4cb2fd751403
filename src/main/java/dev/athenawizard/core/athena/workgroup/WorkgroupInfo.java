package dev.athenawizard.core.athena.workgroup;

import dev.athenawizard.core.project.WorkgroupSection;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An Athena workgroup as {@code GetWorkGroup} describes it: the settings that decide how the wizard's queries run and
 * where their results go.
 *
 * @param name               the workgroup name
 * @param state              enabled or disabled
 * @param description        free text; empty when none
 * @param creationTime       when it was created, if Athena said
 * @param engine             selected and effective engine version
 * @param outputLocation     the S3 folder results go to, if the workgroup sets one
 * @param enforced           whether the workgroup's settings override the client's
 * @param bytesScannedCutoff the per-query scan limit in bytes, if any
 * @param managedResults     whether Athena keeps results itself (no S3 output location at all)
 */
public record WorkgroupInfo(
        String name,
        State state,
        String description,
        Optional<Instant> creationTime,
        EngineVersion engine,
        Optional<String> outputLocation,
        boolean enforced,
        OptionalLong bytesScannedCutoff,
        boolean managedResults) {

    public enum State { ENABLED, DISABLED, UNKNOWN }

    public WorkgroupInfo {
        Objects.requireNonNull(name, "name");
        state = state == null ? State.UNKNOWN : state;
        description = description == null ? "" : description;
        creationTime = creationTime == null ? Optional.empty() : creationTime;
        engine = engine == null ? new EngineVersion("", "") : engine;
        outputLocation = outputLocation == null ? Optional.empty() : outputLocation.filter(s -> !s.isBlank());
        bytesScannedCutoff = bytesScannedCutoff == null ? OptionalLong.empty() : bytesScannedCutoff;
    }

    public boolean isEnabled() {
        return state == State.ENABLED;
    }

    public boolean hasOutputLocation() {
        return outputLocation.isPresent();
    }

    /** Result reuse is possible only on engine version 3. */
    public boolean supportsResultReuse() {
        return engine.supportsResultReuse();
    }

    /**
     * Whether a query should carry its own output location: only when the workgroup has none, does not override the
     * client anyway, and does not keep results itself (Athena rejects both settings together).
     */
    public boolean acceptsClientOutputLocation() {
        return !hasOutputLocation() && !enforced && !managedResults;
    }

    /** Whether a query can run here without the client naming an output location. */
    public boolean hasResultStorage() {
        return hasOutputLocation() || managedResults;
    }

    /** What the onboarding project remembers of this workgroup. */
    public WorkgroupSection toSection() {
        return new WorkgroupSection(name, outputLocation.orElse(""), engine.label(), enforced,
                bytesScannedCutoff.isPresent() ? bytesScannedCutoff.getAsLong() : null);
    }
}
