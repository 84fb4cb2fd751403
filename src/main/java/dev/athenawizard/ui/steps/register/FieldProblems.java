package dev.athenawizard.ui.steps.register;

import dev.athenawizard.core.aporia.plan.PlanProblem;
import dev.athenawizard.core.aporia.plan.PlanResult;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/** The plan's problems as the text under one field: every message about that field, one per line. */
final class FieldProblems {
    private FieldProblems() {
    }

    /** The messages about {@code field} (and the fields below it), one per line; empty when there are none. */
    static StringBinding of(ObservableValue<PlanResult> plan, String field) {
        return Bindings.createStringBinding(() -> text(plan.getValue(), field), plan);
    }

    static String text(PlanResult plan, String field) {
        return plan == null ? "" : join(plan.problemsAt(field).stream().map(PlanProblem::message));
    }

    /**
     * The problems found while reading a field's lines, then the plan's messages about its entries
     * ({@code model.tags[team]}), each rendered by {@code render} (which names the entry's line).
     */
    static StringBinding ofLines(ObservableValue<PlanResult> plan, String field, ObservableValue<List<String>> own,
            Function<PlanProblem, String> render, Observable... more) {
        Observable[] dependencies = Stream.concat(Stream.of(plan, own), Stream.of(more)).toArray(Observable[]::new);
        return Bindings.createStringBinding(() -> join(Stream.concat(own.getValue().stream(),
                plan.getValue() == null ? Stream.empty() : plan.getValue().problemsAt(field).stream()
                        .map(render))), dependencies);
    }

    /** The key between the brackets of {@code model.tags[team]}, or empty. */
    static String key(PlanProblem problem) {
        String field = problem.field();
        int open = field.indexOf('[');
        int close = field.lastIndexOf(']');
        return open >= 0 && close > open ? field.substring(open + 1, close) : "";
    }

    static String join(Stream<String> messages) {
        return messages.filter(m -> !m.isBlank()).collect(Collectors.joining("\n"));
    }
}
