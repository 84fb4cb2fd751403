package dev.athenawizard.ui.steps.mapping;

import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * What the Mapping step needs from the rest of the program, built once by the wiring.
 *
 * @param work  where profiling a preview, suggestions and checks of wide mappings run (never the FX thread)
 * @param clock today's date, for the next version's name when a saved project is retrained
 */
public record MappingServices(Executor work, Clock clock) {
}
