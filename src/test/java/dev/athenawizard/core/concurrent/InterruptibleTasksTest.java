package dev.athenawizard.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InterruptibleTasksTest {
    @Test
    void cancellingTheFutureInterruptsTheWork() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        try {
            CompletableFuture<String> future = InterruptibleTasks.supply(executor, () -> {
                started.countDown();
                try {
                    Thread.sleep(10_000);
                    return "slept";
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw e;
                }
            });
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            future.cancel(true);
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(future).isCancelled();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void failuresCompleteTheFutureExceptionally() {
        CompletableFuture<String> future = InterruptibleTasks.supply(Runnable::run, () -> {
            throw new IllegalStateException("boom");
        });
        assertThat(future).isCompletedExceptionally();
    }
}
