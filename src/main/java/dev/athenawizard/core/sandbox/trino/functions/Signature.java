package dev.athenawizard.core.sandbox.trino.functions;

import java.util.List;
import java.util.Optional;

/**
 * One overload of a function, written as in Trino's documentation: {@code array_join(array(T), varchar) -> varchar};
 * a trailing {@code ...} repeats the last parameter ({@code concat(varchar, ...) -> varchar}). Without {@code ->}
 * the implementation computes the result type.
 */
record Signature(String name, List<TypePattern> parameters, boolean variadic, Optional<TypePattern> returns) {

    static Signature parse(String text) {
        int arrow = text.lastIndexOf("->");
        String head = (arrow < 0 ? text : text.substring(0, arrow)).strip();
        int open = head.indexOf('(');
        String name = head.substring(0, open).strip();
        List<String> parts = TypePattern.splitTopLevel(head.substring(open + 1, head.lastIndexOf(')')));
        boolean variadic = !parts.isEmpty() && parts.get(parts.size() - 1).strip().equals("...");
        List<TypePattern> parameters = (variadic ? parts.subList(0, parts.size() - 1) : parts).stream()
                .map(TypePattern::parse).toList();
        Optional<TypePattern> returns = arrow < 0 ? Optional.empty()
                : Optional.of(TypePattern.parse(text.substring(arrow + 2)));
        return new Signature(name, parameters, variadic, returns);
    }

    /** Whether {@code count} arguments fit. */
    boolean accepts(int count) {
        return variadic ? count >= parameters.size() : count == parameters.size();
    }

    TypePattern parameter(int index) {
        return index < parameters.size() ? parameters.get(index) : parameters.get(parameters.size() - 1);
    }

    /** As Trino lists it in "Expected:", e.g. {@code array_join(array(T), varchar)}. */
    String display() {
        StringBuilder text = new StringBuilder(name).append('(');
        for (int i = 0; i < parameters.size(); i++) {
            text.append(i > 0 ? ", " : "").append(parameters.get(i));
        }
        if (variadic) {
            text.append(", ...");
        }
        return text.append(')').toString();
    }
}
