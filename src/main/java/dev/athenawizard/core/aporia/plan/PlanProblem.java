package dev.athenawizard.core.aporia.plan;

/**
 * Why a project cannot be registered yet, tied to the field to fix.
 *
 * @param field   the project field's path, e.g. {@code model.tags}, {@code mapping.features[2].aporiaType},
 *                {@code registration.selectExpr[0]}: screens mark that field, the CLI prints it
 * @param message what is wrong and how to fix it, in the wizard's words
 */
public record PlanProblem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
