package dev.athenawizard.core.aws.session;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.AthenaFailure.Kind;
import dev.athenawizard.core.athena.AwsErrors;
import dev.athenawizard.core.aws.identity.CredentialsHealth;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Sees the outcome of every call a session's Athena client makes, whichever service object made it: AWS refusing the
 * credentials (expired, revoked, unknown) marks them refused; a call that succeeds marks them working and runs
 * {@code afterSuccess} (stopping queries that could not be stopped before).
 */
final class CallWatch implements ExecutionInterceptor {
    private final CredentialsHealth health;
    private final Runnable afterSuccess;

    CallWatch(CredentialsHealth health, Runnable afterSuccess) {
        this.health = health;
        this.afterSuccess = afterSuccess;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        health.working();
        afterSuccess.run();
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        AthenaFailure failure = AwsErrors.translate(context.exception());
        if (failure.kind() == Kind.CREDENTIALS_EXPIRED || failure.kind() == Kind.CREDENTIALS_INVALID) {
            health.refused(failure.getMessage());
        }
    }
}
