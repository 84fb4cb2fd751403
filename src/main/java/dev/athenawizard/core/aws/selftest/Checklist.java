package dev.athenawizard.core.aws.selftest;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.aws.AccessDenied;
import dev.athenawizard.core.aws.policy.IamPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;

/**
 * Records verdicts as the probes make them: tries a call, turns AWS's answer into GRANTED, MISSING or NOT CHECKABLE,
 * attaches the policy statement that grants the action, and tells the listener at once.
 */
final class Checklist {
    private final IamPolicy policy;
    private final SelfTestListener listener;
    private final BooleanSupplier cancelled;
    private final List<PermissionCheck> checks = new ArrayList<>();

    Checklist(IamPolicy policy, SelfTestListener listener, BooleanSupplier cancelled) {
        this.policy = policy;
        this.listener = listener;
        this.cancelled = cancelled;
    }

    /** Calls AWS as {@code action} on {@code resource}; the answer when it was allowed, else empty. */
    <T> Optional<T> probe(String action, String resource, Supplier<T> call) {
        return attempt(action, resource, call).answer();
    }

    /** Like {@link #probe}, keeping what AWS answered when the call failed, for a closer look. */
    <T> Attempt<T> attempt(String action, String resource, Supplier<T> call) {
        stopIfCancelled();
        listener.checking(action, resource);
        try {
            T answer = call.get();
            granted(action, resource, "");
            return new Attempt<>(Optional.ofNullable(answer), Optional.empty());
        } catch (RuntimeException e) {
            stopIfCancelled();
            if (isCancellation(e)) {
                throw new CancellationException("the permission self-test was cancelled");
            }
            failed(action, resource, e);
            return new Attempt<>(Optional.empty(), Optional.of(e));
        }
    }

    /** One probe's outcome: AWS's answer, or how it refused. */
    record Attempt<T>(Optional<T> answer, Optional<RuntimeException> failure) {
    }

    /** Tells the listener a check begins whose verdict comes later (the test query). */
    void checking(String action, String resource) {
        stopIfCancelled();
        listener.checking(action, resource);
    }

    void granted(String action, String resource, String how) {
        record(action, resource, CheckStatus.GRANTED, how);
    }

    void missing(String action, String resource, String awsMessage) {
        record(action, resource, CheckStatus.MISSING, awsMessage);
    }

    void notCheckable(String action, String resource, String why) {
        record(action, resource, CheckStatus.NOT_CHECKABLE, why);
    }

    /** Classifies a failed call: a denial of this action is MISSING; anything else leaves it unknown. */
    void failed(String action, String resource, Throwable failure) {
        Optional<AccessDenied> denied = AccessDenied.in(failure);
        if (denied.isPresent() && denied.get().action().map(action::equalsIgnoreCase).orElse(true)) {
            missing(action, denied.get().resource().orElse(resource), denied.get().message());
        } else if (denied.isPresent()) {
            notCheckable(action, resource, "AWS denied " + denied.get().action().orElseThrow() + " on the way: "
                    + denied.get().message());
        } else {
            notCheckable(action, resource, describe(failure));
        }
    }

    void stopIfCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the permission self-test was cancelled");
        }
    }

    SelfTestReport report(List<SetupProblem> problems) {
        return new SelfTestReport(checks, problems);
    }

    /** The verdicts so far. */
    List<PermissionCheck> checks() {
        return List.copyOf(checks);
    }

    void record(String action, String resource, CheckStatus status, String detail) {
        PermissionCheck check = new PermissionCheck(action, resource, status, detail,
                policy.statementGranting(action, resource).or(() -> policy.statementGranting(action)));
        checks.add(check);
        listener.checked(check);
    }

    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AthenaFailure athena) {
                return athena.getMessage();
            }
            if (t instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
                return "AWS answered " + aws.awsErrorDetails().errorCode() + ": "
                        + aws.awsErrorDetails().errorMessage();
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static boolean isCancellation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CancellationException || t instanceof AbortedException
                    || (t instanceof AthenaFailure athena && athena.kind() == AthenaFailure.Kind.CANCELLED)) {
                return true;
            }
        }
        return false;
    }
}
