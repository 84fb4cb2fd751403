package dev.athenawizard.core.aporia.plan;

import java.util.List;
import java.util.Optional;

/** A plan, or the problems that keep the project from having one (never both). */
public record PlanResult(Optional<RegistrationPlan> plan, List<PlanProblem> problems) {
    public PlanResult {
        problems = List.copyOf(problems);
        if (plan.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a plan exactly when there are no problems");
        }
    }

    public boolean ok() {
        return plan.isPresent();
    }

    /** The problems of one field or section: {@code problemsAt("model")} covers {@code model.tags} and the rest. */
    public List<PlanProblem> problemsAt(String fieldPrefix) {
        return problems.stream().filter(p -> p.field().equals(fieldPrefix) || p.field().startsWith(fieldPrefix + ".")
                || p.field().startsWith(fieldPrefix + "[")).toList();
    }
}
