package dev.athenawizard.core.aporia.plan;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one planning pass, in the order the fields appear on screen. */
final class Problems {
    private final List<PlanProblem> list = new ArrayList<>();

    void add(String field, String message) {
        list.add(new PlanProblem(field, message));
    }

    void addAll(List<PlanProblem> problems) {
        list.addAll(problems);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<PlanProblem> list() {
        return List.copyOf(list);
    }
}
