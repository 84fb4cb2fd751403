package dev.athenawizard.core.sandbox.trino.functions;

import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.core.sandbox.engine.SqlPosition;
import dev.athenawizard.core.sandbox.trino.types.Coercions;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Trino functions the sandbox can run, each with its overloads, and Trino's rules for picking one: an overload
 * the arguments fit exactly wins over one they fit after an implicit conversion; arguments that fit none are
 * Trino's {@code FUNCTION_NOT_FOUND: Unexpected parameters (…) for function …}. A function Trino has but the
 * sandbox cannot run is refused as {@code NOT_SUPPORTED}, never answered differently.
 */
public final class FunctionRegistry {
    /** Where a function may be used. */
    public enum Kind { SCALAR, AGGREGATE, WINDOW }

    private record Overload(Signature signature, FunctionBody body) {
    }

    private record Definition(Kind kind, List<Overload> overloads) {
    }

    private final Map<String, Definition> functions;

    private FunctionRegistry(Map<String, Definition> functions) {
        this.functions = Map.copyOf(functions);
    }

    /** Every function family of the sandbox. */
    public static FunctionRegistry standard() {
        Builder builder = new Builder();
        MathFunctions.register(builder);
        StringFunctions.register(builder);
        RegexpFunctions.register(builder);
        DateTimeFunctions.register(builder);
        ArrayFunctions.register(builder);
        MapFunctions.register(builder);
        LambdaFunctions.register(builder);
        JsonFunctions.register(builder);
        ConversionFunctions.register(builder);
        AggregateFunctions.register(builder);
        WindowFunctions.register(builder);
        return builder.build();
    }

    /** What kind of function {@code name} is; empty if the sandbox has none by that name. */
    public Optional<Kind> kind(String name) {
        return Optional.ofNullable(functions.get(name.toLowerCase(Locale.ROOT))).map(Definition::kind);
    }

    /** Resolves and writes a call; a failure names the call's position. */
    public Typed call(String rawName, List<Argument> args, SqlPosition position, AggregateClauses clauses,
                      boolean safe) {
        String name = rawName.toLowerCase(Locale.ROOT);
        Definition definition = functions.get(name);
        if (definition == null) {
            throw unknownFunction(name, position);
        }
        for (boolean exact : new boolean[] {true, false}) {
            for (Overload overload : definition.overloads()) {
                Optional<Typed> result = tryOverload(name, overload, args, position, clauses, exact, safe);
                if (result.isPresent()) {
                    return result.get();
                }
            }
        }
        String actual = args.stream().map(FunctionRegistry::describe).collect(Collectors.joining(", "));
        String expected = definition.overloads().stream().map(o -> o.signature().display())
                .distinct().collect(Collectors.joining(", "));
        throw QueryFailure.at(position, "FUNCTION_NOT_FOUND", 1303,
                "Unexpected parameters (" + actual + ") for function " + name + ". Expected: " + expected);
    }

    private static String describe(Argument argument) {
        return argument instanceof Argument.Value value ? value.typed().type().toString() : "function";
    }

    private static QueryFailure unknownFunction(String name, SqlPosition position) {
        if (TrinoFunctionNames.isTrinoFunction(name)) {
            return QueryFailure.at(position, "NOT_SUPPORTED", 1200, "The sandbox cannot run function '" + name
                    + "'; Athena can. Try this query on Athena, or preview without it");
        }
        return QueryFailure.at(position, "FUNCTION_NOT_FOUND", 1303, "Function '" + name + "' not registered");
    }

    private Optional<Typed> tryOverload(String name, Overload overload, List<Argument> args, SqlPosition position,
                                        AggregateClauses clauses, boolean exact, boolean safe) {
        Signature signature = overload.signature();
        if (!signature.accepts(args.size())) {
            return Optional.empty();
        }
        Bindings bindings = new Bindings();
        for (int i = 0; i < args.size(); i++) {
            TypePattern parameter = signature.parameter(i);
            if (args.get(i) instanceof Argument.Value value) {
                if (parameter instanceof TypePattern.Function
                        || exact && !fitsExactly(parameter, value.typed().type())
                        || !parameter.bind(value.typed().type(), bindings)) {
                    return Optional.empty();
                }
            } else if (!(parameter instanceof TypePattern.Function function)
                    || function.parameters().size() != ((Argument.Lambda) args.get(i)).arity()) {
                return Optional.empty();
            }
        }
        List<Typed> converted = new ArrayList<>();
        List<TrinoType> originalTypes = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            TypePattern parameter = signature.parameter(i);
            if (args.get(i) instanceof Argument.Lambda lambda) {
                TypePattern.Function function = (TypePattern.Function) parameter;
                List<TrinoType> parameterTypes = function.parameters().stream().map(p -> p.resolve(bindings)).toList();
                Argument.TranslatedLambda translated = lambda.body().translate(parameterTypes);
                if (!function.result().bind(translated.resultType(), bindings)) {
                    return Optional.empty();
                }
                converted.add(Typed.of(translated.sql(), translated.resultType()));
                originalTypes.add(translated.resultType());
            } else {
                converted.add(((Argument.Value) args.get(i)).typed());
                originalTypes.add(((Argument.Value) args.get(i)).typed().type());
            }
        }
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof Argument.Value && !(signature.parameter(i) instanceof TypePattern.Any)) {
                converted.set(i, Coercions.coerce(converted.get(i), signature.parameter(i).resolve(bindings)));
            }
        }
        TrinoType result = signature.returns().map(r -> r.resolve(bindings)).orElse(null);
        return Optional.of(overload.body().apply(new Invocation(name, converted, args, originalTypes, bindings, result, position, clauses,
                safe)));
    }

    /** An exact fit: a concrete parameter of the argument's own kind, or any pattern with variables. */
    private static boolean fitsExactly(TypePattern parameter, TrinoType argument) {
        if (parameter instanceof TypePattern.Concrete concrete) {
            return argument.isUnknown() || concrete.type().kind() == argument.kind();
        }
        if (parameter instanceof TypePattern.ArrayOf array) {
            return argument.isUnknown() || argument.is(TrinoType.Kind.ARRAY) && fitsExactly(array.element(), argument.element());
        }
        return true;
    }

    /** Collects the overloads of each function family. */
    public static final class Builder {
        private final Map<String, Kind> kinds = new HashMap<>();
        private final Map<String, List<Overload>> overloads = new LinkedHashMap<>();

        /** A scalar overload, e.g. {@code scalar("length(varchar(x)) -> bigint", c -> …)}. */
        public Builder scalar(String signature, FunctionBody body) {
            return add(Kind.SCALAR, signature, body);
        }

        public Builder aggregate(String signature, FunctionBody body) {
            return add(Kind.AGGREGATE, signature, body);
        }

        public Builder window(String signature, FunctionBody body) {
            return add(Kind.WINDOW, signature, body);
        }

        private Builder add(Kind kind, String text, FunctionBody body) {
            Signature signature = Signature.parse(text);
            kinds.put(signature.name(), kind);
            overloads.computeIfAbsent(signature.name(), n -> new ArrayList<>()).add(new Overload(signature, body));
            return this;
        }

        /** Another name for every overload of {@code target} (e.g. {@code ceil} for {@code ceiling}). */
        public Builder alias(String alias, String target) {
            kinds.put(alias, kinds.get(target));
            List<Overload> renamed = new ArrayList<>();
            for (Overload o : overloads.get(target)) {
                Signature s = o.signature();
                renamed.add(new Overload(new Signature(alias, s.parameters(), s.variadic(), s.returns()), o.body()));
            }
            overloads.put(alias, renamed);
            return this;
        }

        FunctionRegistry build() {
            Map<String, Definition> definitions = new HashMap<>();
            overloads.forEach((name, list) -> definitions.put(name, new Definition(kinds.get(name), List.copyOf(list))));
            return new FunctionRegistry(definitions);
        }
    }
}
