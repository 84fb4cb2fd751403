package dev.athenawizard.core.sandbox;

import java.time.Instant;
import java.util.Optional;

/**
 * When a query execution was submitted and when it truly completes on the sandbox's clock (empty while DuckDB still
 * runs it), and whether DuckDB is working on it right now. Tests and benchmarks compare this with when a client
 * noticed the end.
 */
public record QueryTiming(String queryExecutionId, Instant submitted, Optional<Instant> completion,
                          boolean engineBusy) {
}
