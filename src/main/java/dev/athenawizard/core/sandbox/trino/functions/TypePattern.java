package dev.athenawizard.core.sandbox.trino.functions;

import dev.athenawizard.core.sandbox.trino.types.Coercions;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.TrinoType.Kind;
import dev.athenawizard.core.sandbox.trino.types.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parameter or result type in a function signature, as Trino's documentation writes them: a concrete type
 * ({@code bigint}), a type variable ({@code T}, {@code K}, {@code V}), a type with literal parameters
 * ({@code varchar(x)}, {@code decimal(p,s)}, {@code timestamp(p)}), a container of those ({@code array(T)},
 * {@code map(K,V)}), or a lambda ({@code function(T,boolean)}).
 */
sealed interface TypePattern {


    /** Matches an argument type, binding variables; empty when it cannot be used here. */
    boolean bind(TrinoType argument, Bindings bindings);

    /** The concrete type once every variable is bound. */
    TrinoType resolve(Bindings bindings);

    record Concrete(TrinoType type, String text) implements TypePattern {
        @Override
        public boolean bind(TrinoType argument, Bindings bindings) {
            return Coercions.canCoerce(argument, type);
        }

        @Override
        public TrinoType resolve(Bindings bindings) {
            return type;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Any type at all, each argument keeping its own ({@code format}'s arguments, {@code typeof}'s). */
    record Any() implements TypePattern {
        @Override
        public boolean bind(TrinoType argument, Bindings bindings) {
            return true;
        }

        @Override
        public TrinoType resolve(Bindings bindings) {
            return TrinoType.UNKNOWN;
        }

        @Override
        public String toString() {
            return "any";
        }
    }

    /** A type variable; an argument of another type widens it to their common type. */
    record Variable(String name) implements TypePattern {
        @Override
        public boolean bind(TrinoType argument, Bindings bindings) {
            Optional<TrinoType> bound = bindings.type(name);
            if (bound.isEmpty()) {
                bindings.bindType(name, argument);
                return true;
            }
            Optional<TrinoType> common = Coercions.commonSuperType(bound.get(), argument);
            common.ifPresent(t -> bindings.bindType(name, t));
            return common.isPresent();
        }

        @Override
        public TrinoType resolve(Bindings bindings) {
            return bindings.type(name).orElse(TrinoType.UNKNOWN);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code varchar(x)}, {@code char(x)}, {@code decimal(p,s)}, {@code time(p)}, {@code timestamp(p)} and zoned. */
    record Parametric(Kind kind, List<String> literals, String text) implements TypePattern {
        @Override
        public boolean bind(TrinoType argument, Bindings bindings) {
            TrinoType actual = argument;
            if (argument.isUnknown()) {
                return true;
            }
            if (kind == Kind.DECIMAL && argument.isIntegral()) {
                actual = Coercions.asDecimal(argument);
            } else if (kind == Kind.VARCHAR && argument.is(Kind.CHAR)) {
                actual = TrinoType.varchar(argument.precision());
            } else if ((kind == Kind.TIMESTAMP || kind == Kind.TIMESTAMP_TZ) && (argument.is(Kind.DATE)
                    || kind == Kind.TIMESTAMP_TZ && argument.is(Kind.TIMESTAMP))) {
                actual = kind == Kind.TIMESTAMP ? TrinoType.TIMESTAMP
                        : TrinoType.timestampWithTimeZone(argument.is(Kind.DATE) ? 3 : argument.precision());
            }
            if (actual.kind() != kind) {
                return false;
            }
            return bindings.bindLiteral(literals.get(0), actual.precision())
                    && (literals.size() < 2 || bindings.bindLiteral(literals.get(1), actual.scale()));
        }

        @Override
        public TrinoType resolve(Bindings bindings) {
            int first = bindings.literal(literals.get(0)).orElse(defaultPrecision());
            return switch (kind) {
                case VARCHAR -> TrinoType.varchar(first);
                case CHAR -> TrinoType.charOf(first);
                case DECIMAL -> TrinoType.decimal(first, bindings.literal(literals.get(1)).orElse(0));
                case TIME -> TrinoType.time(first);
                case TIMESTAMP -> TrinoType.timestamp(first);
                default -> TrinoType.timestampWithTimeZone(first);
            };
        }

        private int defaultPrecision() {
            return switch (kind) {
                case VARCHAR -> TrinoType.UNBOUNDED;
                case DECIMAL -> 1;
                case CHAR -> 1;
                default -> TrinoType.DEFAULT_TIMESTAMP_PRECISION;
            };
        }

        @Override
        public String toString() {
            return text;
        }
    }

    record ArrayOf(TypePattern element) implements TypePattern {
        @Override
        public boolean bind(TrinoType argument, Bindings bindings) {
            return argument.isUnknown() || argument.is(Kind.ARRAY) && element.bind(argument.element(), bindings);
        }

        @Override
        public TrinoType resolve(Bindings bindings) {
            return TrinoType.array(element.resolve(bindings));
        }

        @Override
        public String toString() {
            return "array(" + element + ")";
        }
    }

    record MapOf(TypePattern key, TypePattern value) implements TypePattern {
        @Override
        public boolean bind(TrinoType argument, Bindings bindings) {
            return argument.isUnknown()
                    || argument.is(Kind.MAP) && key.bind(argument.key(), bindings) && value.bind(argument.value(), bindings);
        }

        @Override
        public TrinoType resolve(Bindings bindings) {
            return TrinoType.map(key.resolve(bindings), value.resolve(bindings));
        }

        @Override
        public String toString() {
            return "map(" + key + "," + value + ")";
        }
    }

    /** A lambda taking the first patterns and returning the last. */
    record Function(List<TypePattern> parameters, TypePattern result) implements TypePattern {
        @Override
        public boolean bind(TrinoType argument, Bindings bindings) {
            return result.bind(argument, bindings);
        }

        @Override
        public TrinoType resolve(Bindings bindings) {
            return result.resolve(bindings);
        }

        @Override
        public String toString() {
            List<String> all = new ArrayList<>();
            parameters.forEach(p -> all.add(p.toString()));
            all.add(result.toString());
            return "function(" + String.join(",", all) + ")";
        }
    }

    /** Parses a pattern written as in Trino's documentation. */
    static TypePattern parse(String text) {
        String t = text.strip();
        int open = t.indexOf('(');
        String head = open < 0 ? t : t.substring(0, open).strip();
        if (open < 0 && head.length() == 1 && Character.isUpperCase(head.charAt(0))) {
            return new Variable(head);
        }
        if (t.equals("any")) {
            return new Any();
        }
        if (open > 0 && t.endsWith(")") || open > 0 && t.endsWith("with time zone")) {
            int close = t.lastIndexOf(')');
            List<String> inner = splitTopLevel(t.substring(open + 1, close));
            boolean zoned = t.endsWith("with time zone");
            switch (head) {
                case "array":
                    return new ArrayOf(parse(inner.get(0)));
                case "map":
                    return new MapOf(parse(inner.get(0)), parse(inner.get(1)));
                case "function":
                    List<TypePattern> all = inner.stream().map(TypePattern::parse).toList();
                    return new Function(all.subList(0, all.size() - 1), all.get(all.size() - 1));
                default:
                    if (inner.stream().allMatch(s -> s.strip().chars().allMatch(Character::isLetter))) {
                        Kind kind = switch (head) {
                            case "varchar" -> Kind.VARCHAR;
                            case "char" -> Kind.CHAR;
                            case "decimal" -> Kind.DECIMAL;
                            case "time" -> Kind.TIME;
                            case "timestamp" -> zoned ? Kind.TIMESTAMP_TZ : Kind.TIMESTAMP;
                            default -> throw new IllegalArgumentException("Bad type pattern " + text);
                        };
                        return new Parametric(kind, inner.stream().map(String::strip).toList(), t);
                    }
            }
        }
        return new Concrete(concrete(t), t);
    }

    private static TrinoType concrete(String text) {
        java.util.regex.Matcher numbered = java.util.regex.Pattern
                .compile("(varchar|char|decimal|timestamp|time)\\((\\d+)(?:,(\\d+))?\\)( with time zone)?").matcher(text);
        if (numbered.matches()) {
            int first = Integer.parseInt(numbered.group(2));
            return switch (numbered.group(1)) {
                case "varchar" -> TrinoType.varchar(first);
                case "char" -> TrinoType.charOf(first);
                case "decimal" -> TrinoType.decimal(first, numbered.group(3) == null ? 0 : Integer.parseInt(numbered.group(3)));
                case "time" -> TrinoType.time(first);
                default -> numbered.group(4) != null ? TrinoType.timestampWithTimeZone(first) : TrinoType.timestamp(first);
            };
        }
        switch (text) {
            case "interval day to second":
                return TrinoType.INTERVAL_DAY_SECOND;
            case "interval year to month":
                return TrinoType.INTERVAL_YEAR_MONTH;
            case "timestamp":
                return TrinoType.TIMESTAMP;
            case "timestamp with time zone":
                return TrinoType.TIMESTAMP_TZ;
            default:
                return TypeNames.simple(text)
                        .orElseThrow(() -> new IllegalArgumentException("Unknown type in a signature: " + text));
        }
    }

    /** Splits at commas outside parentheses. */
    static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (!text.isBlank()) {
            parts.add(text.substring(start));
        }
        return parts;
    }
}
