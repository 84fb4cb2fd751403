package dev.athenawizard.core.athena;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Runs blocking SDK calls on a service's own executor, so no caller (least of all the FX thread) waits on the
 * network, and completes the future with an {@link AthenaFailure} whatever went wrong.
 */
public final class AthenaCalls {
    private final Executor executor;

    public AthenaCalls(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    public <T> CompletableFuture<T> supply(Supplier<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(call.get());
                } catch (Throwable t) { // every failure, SDK or not, reaches the caller as an AthenaFailure
                    result.completeExceptionally(AwsErrors.translate(t));
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(AwsErrors.translate(e));
        }
        return result;
    }
}
