package dev.athenawizard.core.aws.selftest;

/** The verdict on one permission. */
public enum CheckStatus {
    /** AWS allowed the call (or, for {@code s3:PutObject}, Athena wrote the test query's result). */
    GRANTED,
    /** AWS denied it: the policy lacks it. */
    MISSING,
    /** It could not be tried, e.g. there is no partition to read or an earlier step failed; the detail says why. */
    NOT_CHECKABLE
}
