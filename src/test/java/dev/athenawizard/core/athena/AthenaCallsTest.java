package dev.athenawizard.core.athena;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Cancelling an Athena call's future reaches the blocking call: a cancelled check does not run on for a minute. */
class AthenaCallsTest {

    @Test
    void cancellingTheFutureInterruptsTheBlockingCall() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        try {
            CompletableFuture<String> call = new AthenaCalls(executor).supply(() -> {
                started.countDown();
                try {
                    Thread.sleep(60_000); // an SDK call waiting on a slow endpoint
                    return "answered";
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw new IllegalStateException(e);
                }
            });
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

            call.cancel(true);

            assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the call's thread was interrupted").isTrue();
            assertThat(call).isCancelled();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aFailureArrivesAsAnAthenaFailure() {
        CompletableFuture<String> call = new AthenaCalls(Runnable::run).supply(() -> {
            throw new IllegalStateException("boom");
        });

        assertThat(call).failsWithin(java.time.Duration.ZERO).withThrowableOfType(
                java.util.concurrent.ExecutionException.class).havingCause().isInstanceOf(AthenaFailure.class);
    }
}
