package dev.athenawizard.core.aws.selftest;

/** How a self-test went, worst first. Only {@link #ALL_GRANTED} is a success. */
public enum SelfTestVerdict {
    /** The test query failed for a reason no missing permission explains: Aporia's queries would fail too. */
    SETUP_FAILED,
    /** AWS denied at least one permission Aporia needs. */
    MISSING,
    /** Nothing was denied, but some permissions could not be tried: not a success, and the summary says which. */
    INCOMPLETE,
    /** Every permission was tried and allowed, and the test query ran. */
    ALL_GRANTED
}
