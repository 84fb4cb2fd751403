package dev.athenawizard.core.aws.selftest;

import java.util.Optional;

/**
 * What S3 said about the bucket query results go to, for explaining a failed test query.
 *
 * @param bucket       its name
 * @param region       where it is, when {@code GetBucketLocation} answered
 * @param doesNotExist true when S3 answered {@code NoSuchBucket}
 */
record ResultsBucket(String bucket, Optional<String> region, boolean doesNotExist) {

    static ResultsBucket unknown(String bucket) {
        return new ResultsBucket(bucket, Optional.empty(), false);
    }

    /** S3's {@code LocationConstraint} as a region id: empty means us-east-1, and the legacy {@code EU} eu-west-1. */
    static String regionOf(String locationConstraint) {
        if (locationConstraint == null || locationConstraint.isBlank() || locationConstraint.equals("null")) {
            return "us-east-1";
        }
        return locationConstraint.equals("EU") ? "eu-west-1" : locationConstraint;
    }
}
