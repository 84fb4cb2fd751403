package dev.athenawizard.core.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs blocking work on an executor and returns a {@link CompletableFuture} whose {@code cancel} really stops it: the
 * worker thread is interrupted, which aborts an SDK call in flight. (A plain {@code supplyAsync} future ignores
 * cancel and lets the work run on.)
 */
public final class InterruptibleTasks {
    private InterruptibleTasks() {
    }

    public static <T> CompletableFuture<T> supply(Executor executor, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        FutureTask<Void> task = new FutureTask<>(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
            return null;
        });
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                task.cancel(true);
            }
        });
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    /** Call between steps of long work: stops it once its future was cancelled. */
    public static void checkNotCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("cancelled");
        }
    }
}
