package dev.athenawizard.core.aws.selftest;

import dev.athenawizard.core.aws.policy.AccessScope;
import java.util.List;
import java.util.Optional;

/**
 * Says why the test query failed when no denied permission explains it: a failed test query is a failed setup, named,
 * never a success with some lines "not checkable".
 */
final class TestQueryDiagnosis {
    private TestQueryDiagnosis() {
    }

    /**
     * @param failure why the test query failed, when no missing permission accounts for it
     * @param bucket  what S3 said about the results bucket
     * @param checks  the verdicts made, to see whether S3 refused to locate the bucket (that is a missing permission)
     */
    static Optional<SetupProblem> of(Optional<Throwable> failure, ResultsBucket bucket, AccessScope scope,
            List<PermissionCheck> checks) {
        if (failure.isEmpty() || bucketLocationDenied(checks, bucket)) {
            return Optional.empty();
        }
        String workgroup = scope.workgroup();
        if (bucket.doesNotExist()) {
            return Optional.of(new SetupProblem("The results bucket " + bucket.bucket() + " does not exist, so "
                    + "Athena cannot write query results there. Create the bucket in " + scope.region()
                    + ", or give workgroup " + workgroup + " a results location in a bucket that exists."));
        }
        if (bucket.region().filter(r -> !r.equals(scope.region())).isPresent()) {
            return Optional.of(new SetupProblem("The results bucket " + bucket.bucket() + " is in "
                    + bucket.region().get() + ", but workgroup " + workgroup + " runs in " + scope.region()
                    + ": Athena writes results only to a bucket in its own region. Give the workgroup a results "
                    + "location in a bucket in " + scope.region() + "."));
        }
        return Optional.of(new SetupProblem("The test query in workgroup " + workgroup + " failed: "
                + Checklist.describe(failure.get())));
    }

    private static boolean bucketLocationDenied(List<PermissionCheck> checks, ResultsBucket bucket) {
        return checks.stream().anyMatch(c -> c.status() == CheckStatus.MISSING
                && c.action().equals("s3:GetBucketLocation") && c.resource().endsWith(":::" + bucket.bucket()));
    }
}
