package dev.athenawizard.core.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one way blocking work is started: on an executor, returning a {@link CompletableFuture} whose {@code cancel}
 * really stops it. The worker thread is interrupted, which aborts an SDK call in flight. (A plain {@code supplyAsync}
 * future ignores cancel and lets the work run on, for up to a minute of SDK timeouts.)
 */
public final class InterruptibleTasks {
    private InterruptibleTasks() {
    }

    public static <T> CompletableFuture<T> supply(Executor executor, Callable<T> work) {
        return supply(executor, work, UnaryOperator.identity());
    }

    /**
     * Like {@link #supply(Executor, Callable)}, with every failure passed through {@code failures} first (e.g. SDK
     * exceptions turned into messages a user can act on).
     */
    public static <T> CompletableFuture<T> supply(Executor executor, Callable<T> work,
            UnaryOperator<Throwable> failures) {
        CompletableFuture<T> result = new CompletableFuture<>();
        FutureTask<Void> task = new FutureTask<>(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable failure) { // every failure reaches the caller through the future
                result.completeExceptionally(failures.apply(failure));
            }
            return null;
        });
        onCancel(result, () -> task.cancel(true));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(failures.apply(e));
        }
        return result;
    }

    /**
     * Makes cancelling {@code derived} (a {@code thenApply}/{@code thenCompose} of other work) cancel that work too:
     * a derived future does not pass its cancel upstream by itself.
     *
     * @return {@code derived}
     */
    public static <T> CompletableFuture<T> cancelling(CompletableFuture<T> derived, Future<?>... upstream) {
        return onCancel(derived, () -> {
            for (Future<?> work : upstream) {
                work.cancel(true);
            }
        });
    }

    /**
     * {@code first.thenCompose(next)}, except that cancelling the result cancels whichever of the two is running.
     */
    public static <A, B> CompletableFuture<B> then(CompletableFuture<A> first,
            Function<? super A, ? extends CompletableFuture<B>> next) {
        AtomicReference<CompletableFuture<B>> second = new AtomicReference<>();
        CompletableFuture<B> both = first.thenCompose(value -> {
            CompletableFuture<B> started = next.apply(value);
            second.set(started);
            return started;
        });
        return onCancel(both, () -> {
            first.cancel(true);
            CompletableFuture<B> started = second.get();
            if (started != null) {
                started.cancel(true);
            }
        });
    }

    /** Runs {@code action} if {@code future} ends by being cancelled. */
    public static <T> CompletableFuture<T> onCancel(CompletableFuture<T> future, Runnable action) {
        future.whenComplete((value, failure) -> {
            if (future.isCancelled()) {
                action.run();
            }
        });
        return future;
    }

    /** Call between steps of long work: stops it once its future was cancelled. */
    public static void checkNotCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("cancelled");
        }
    }
}
