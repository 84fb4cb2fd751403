package dev.athenawizard.core.mapping.check;

/** How a check's finding weighs. */
public enum Severity {
    /** Aporia would refuse or misread the data: fix it before going on. */
    ERROR,
    /** Likely a mistake, or something the preview cannot settle; does not block. */
    WARNING,
    /** Worth knowing (how many predictions already have an actual); not a verdict. */
    INFO,
    /** Checked on the preview rows and found right; says what was checked. */
    OK
}
