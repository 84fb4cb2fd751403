package dev.athenawizard.core.athena;

import dev.athenawizard.core.concurrent.InterruptibleTasks;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs blocking SDK calls on a service's own executor, so no caller (least of all the FX thread) waits on the
 * network. The future fails with an {@link AthenaFailure} whatever went wrong, and cancelling it interrupts the call
 * in flight ({@link InterruptibleTasks}).
 */
public final class AthenaCalls {
    private final Executor executor;

    public AthenaCalls(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    public <T> CompletableFuture<T> supply(Supplier<T> call) {
        return InterruptibleTasks.supply(executor, call::get, AwsErrors::translate);
    }
}
