package dev.athenawizard.core.aws.selftest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every verdict of one self-test run, in the order they were made, and any problem of the setup itself.
 *
 * @param checks   one per permission tried
 * @param problems what is wrong beyond permissions (the test query or Aporia's query failed for another reason);
 *                 empty when nothing
 */
public record SelfTestReport(List<PermissionCheck> checks, List<SetupProblem> problems) {
    public SelfTestReport {
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
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

    public SelfTestVerdict verdict() {
        if (!problems.isEmpty()) {
            return SelfTestVerdict.SETUP_FAILED;
        }
        if (!missing().isEmpty()) {
            return SelfTestVerdict.MISSING;
        }
        return notCheckable().isEmpty() ? SelfTestVerdict.ALL_GRANTED : SelfTestVerdict.INCOMPLETE;
    }

    /** The outcome in words, for the banner over the checklist and the last lines of {@code check}. */
    public String summary() {
        String counts = granted().size() + " granted, " + missing().size() + " missing, " + notCheckable().size()
                + " not checkable.";
        return switch (verdict()) {
            case SETUP_FAILED -> failedQuery()
                    + problems.stream().map(SetupProblem::message).collect(Collectors.joining(" "))
                    + (missing().isEmpty() ? "" : " Also " + missingSentence()) + " " + counts;
            case MISSING -> missingSentence() + " " + counts;
            case INCOMPLETE -> "No permission was denied, but not everything could be checked: "
                    + notCheckedList() + ". See why on the lines marked \"not checkable\". " + counts;
            case ALL_GRANTED -> "Every permission Aporia needs is granted: all " + granted().size()
                    + " were tried and allowed.";
        };
    }

    private String failedQuery() {
        return problems.stream().anyMatch(p -> p.source() == SetupProblem.Source.TEST_QUERY)
                ? "The test query failed, so Aporia's queries would fail too: "
                : "Aporia's query failed when run as Aporia's key (its zero-row form), so Aporia would fail too: ";
    }

    /** The lines of one part of the checklist, in the order they were tried. */
    public List<PermissionCheck> part(PermissionCheck.Part part) {
        return checks.stream().filter(c -> c.part() == part).toList();
    }

    private String missingSentence() {
        List<String> actions = missing().stream().map(PermissionCheck::action).distinct().toList();
        return actions.size() + (actions.size() == 1 ? " permission is" : " permissions are") + " missing ("
                + String.join(", ", actions) + "): add the statements shown.";
    }

    /** "glue:GetPartition (2×), s3:GetObject": each action that could not be tried, once. */
    private String notCheckedList() {
        Map<String, Long> byAction = notCheckable().stream()
                .collect(Collectors.groupingBy(PermissionCheck::action, LinkedHashMap::new, Collectors.counting()));
        return byAction.entrySet().stream()
                .map(e -> e.getKey() + (e.getValue() > 1 ? " (" + e.getValue() + "×)" : ""))
                .collect(Collectors.joining(", "));
    }

    private List<PermissionCheck> with(CheckStatus status) {
        return checks.stream().filter(c -> c.status() == status).toList();
    }
}
