package dev.athenawizard.testing;

import static org.assertj.core.api.Assertions.catchThrowable;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.AwsErrors;
import java.util.concurrent.CompletableFuture;

/** What a service's future failed with, as the caller sees it. */
public final class Failures {
    private Failures() {
    }

    public static AthenaFailure of(CompletableFuture<?> call) {
        Throwable thrown = catchThrowable(call::join);
        if (thrown == null) {
            throw new AssertionError("expected a failure, but the call succeeded with " + call.join());
        }
        return AwsErrors.translate(thrown);
    }
}
