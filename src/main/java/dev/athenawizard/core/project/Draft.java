package dev.athenawizard.core.project;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * An autosaved copy of unsaved work.
 *
 * @param project     the work as it was at {@code savedAt}
 * @param projectFile the file the work belongs to, if it had been saved or opened before
 * @param savedAt     when the draft was written
 * @param draftFile   where the draft itself lives
 */
public record Draft(OnboardingProject project, Optional<Path> projectFile, Instant savedAt, Path draftFile) {
}
