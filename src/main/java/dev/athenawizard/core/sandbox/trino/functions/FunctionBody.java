package dev.athenawizard.core.sandbox.trino.functions;

import dev.athenawizard.core.sandbox.trino.types.Typed;

/** Writes the DuckDB SQL for one overload of a Trino function. */
@FunctionalInterface
public interface FunctionBody {
    Typed apply(Invocation call);
}
