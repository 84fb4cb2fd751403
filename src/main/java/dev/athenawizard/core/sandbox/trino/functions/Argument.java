package dev.athenawizard.core.sandbox.trino.functions;

import dev.athenawizard.core.sandbox.engine.SqlPosition;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import java.util.List;

/** An argument of a function call: a translated value, or a lambda translated once its parameter types are known. */
public sealed interface Argument {

    SqlPosition position();

    record Value(Typed typed, SqlPosition position) implements Argument {
    }

    record Lambda(int arity, LambdaBody body, SqlPosition position) implements Argument {
    }

    /** Translates a lambda for given parameter types. */
    interface LambdaBody {
        /** As a DuckDB lambda over fresh parameter names: {@code lambda p1, p2: …}. */
        TranslatedLambda translate(List<TrinoType> parameterTypes);

        /**
         * Just the body, each parameter standing for the given SQL (e.g. {@code __e.key} when a map function runs a
         * two-parameter Trino lambda over DuckDB's map entries).
         */
        String inline(List<TrinoType> parameterTypes, List<String> parameterSql);
    }

    /** A lambda as DuckDB SQL ({@code lambda x, y: …}) and the type of its body. */
    record TranslatedLambda(String sql, TrinoType resultType) {
    }
}
