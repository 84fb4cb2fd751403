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
    private PermissionCheck.Part part = PermissionCheck.Part.WORKGROUP;

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

    /** The part of the checklist the next verdicts belong to. */
    void startPart(PermissionCheck.Part next) {
        part = next;
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
            missing(action, denied.get().resource().map(Checklist::unquoted).orElse(resource), denied.get().message());
        } else if (denied.isPresent()) {
            notCheckable(action, resource, "AWS denied " + denied.get().action().orElseThrow() + " on the way: "
                    + denied.get().message());
        } else {
            notCheckable(action, resource, describe(failure));
        }
    }

    /** S3 quotes the ARN in its denial ({@code on resource: "arn:aws:s3:::b/k"}); the line shows the ARN itself. */
    static String unquoted(String arn) {
        boolean quoted = arn.length() > 1 && arn.startsWith("\"") && arn.endsWith("\"");
        return quoted ? arn.substring(1, arn.length() - 1) : arn;
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

    /**
     * Records a verdict and tells the listener. A denial already recorded for the same action on the same resource is
     * one problem and keeps its one line (Athena's run of the query and the direct probe may both meet it).
     */
    void record(String action, String resource, CheckStatus status, String detail) {
        if (status == CheckStatus.MISSING && alreadyMissing(action, resource)) {
            return;
        }
        PermissionCheck check = new PermissionCheck(action, resource, status, detail,
                policy.statementGranting(action, resource).or(() -> policy.statementGranting(action)), part);
        checks.add(check);
        listener.checked(check);
    }

    private boolean alreadyMissing(String action, String resource) {
        return checks.stream().anyMatch(c -> c.status() == CheckStatus.MISSING && c.action().equalsIgnoreCase(action)
                && c.resource().equals(resource));
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
