package dev.athenawizard.core.aws.selftest;

import java.util.List;

/** Every verdict of one self-test run, in the order they were made. */
public record SelfTestReport(List<PermissionCheck> checks) {
    public SelfTestReport {
        checks = List.copyOf(checks);
    }

    public List<PermissionCheck> missing() {
        return with(CheckStatus.MISSING);
    }

    public List<PermissionCheck> granted() {
        return with(CheckStatus.GRANTED);
    }

    public List<PermissionCheck> notCheckable() {
        return with(CheckStatus.NOT_CHECKABLE);
    }

    /** True when nothing is missing (some permissions may not have been checkable). */
    public boolean nothingMissing() {
        return missing().isEmpty();
    }

    private List<PermissionCheck> with(CheckStatus status) {
        return checks.stream().filter(c -> c.status() == status).toList();
    }
}
