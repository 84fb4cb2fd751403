package dev.athenawizard.core.sandbox.trino.functions;

import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What a call's arguments bound a signature's variables to: type variables and literal parameters. */
public final class Bindings {
    private final Map<String, TrinoType> types = new HashMap<>();
    private final Map<String, Integer> literals = new HashMap<>();

    public Optional<TrinoType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** The type bound to a variable (unknown when only NULLs were passed). */
    public TrinoType typeOrUnknown(String name) {
        return types.getOrDefault(name, TrinoType.UNKNOWN);
    }

    void bindType(String name, TrinoType type) {
        types.put(name, type);
    }

    public Optional<Integer> literal(String name) {
        return Optional.ofNullable(literals.get(name));
    }

    /** Binds a literal parameter; two arguments binding the same one meet at the larger value. */
    boolean bindLiteral(String name, int value) {
        literals.merge(name, value, Math::max);
        return true;
    }
}
