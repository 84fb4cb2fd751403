package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.trino.types.Coercions;
import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.TrinoType.Kind;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import dev.athenawizard.core.sandbox.trino.types.ZonedTimestamps;
import dev.athenawizard.core.sandbox.udf.TrinoUdfs;
import io.trino.sql.tree.ArithmeticBinaryExpression;
import io.trino.sql.tree.ArithmeticBinaryExpression.Operator;
import java.util.Optional;

/**
 * {@code + - * / %} with Trino's typing: integers stay integers ({@code 7/2} is {@code 3}, truncated toward zero)
 * and overflow is an error; decimals follow Trino's precision and scale rules and round half up when divided;
 * doubles divide by zero into Infinity or NaN as Java does; dates stay dates ({@code DATE + INTERVAL '1' DAY}) and
 * only take whole days; a zoned timestamp moves in its own zone.
 */
final class Arithmetic {
    private Arithmetic() {
    }

    static Typed binary(ArithmeticBinaryExpression node, Typed left, Typed right, boolean safe) {
        Operator op = node.getOperator();
        TrinoType l = left.type();
        TrinoType r = right.type();
        if (l.isUnknown() && r.isUnknown()) {
            return Typed.nullOf(TrinoType.INTEGER);
        }
        if ((l.isNumeric() || l.isUnknown()) && (r.isNumeric() || r.isUnknown())) {
            return numeric(node, op, left, right, safe);
        }
        Optional<Typed> temporal = temporal(op, left, right, safe);
        if (temporal.isPresent()) {
            return temporal.get();
        }
        throw cannotApply(node, l, r);
    }

    static RuntimeException cannotApply(ArithmeticBinaryExpression node, TrinoType l, TrinoType r) {
        return Failures.typeMismatch(node, "Cannot apply operator: " + l + " " + node.getOperator().getValue() + " " + r);
    }

    private static Typed numeric(ArithmeticBinaryExpression node, Operator op, Typed left, Typed right, boolean safe) {
        TrinoType common = Coercions.commonSuperType(left.type(), right.type()).orElseThrow();
        if (common.is(Kind.DECIMAL)) {
            return decimal(op, left, right, safe);
        }
        String a = Coercions.coerce(left, common).sql();
        String b = Coercions.coerce(right, common).sql();
        String sql = switch (op) {
            case ADD -> "(" + a + " + " + b + ")";
            case SUBTRACT -> "(" + a + " - " + b + ")";
            case MULTIPLY -> "(" + a + " * " + b + ")";
            case DIVIDE -> common.isIntegral() ? integerDivision(a, b, safe) : "(" + a + " / " + b + ")";
            case MODULUS -> common.isIntegral() ? integerModulus(a, b, safe) : "(" + a + " % " + b + ")";
        };
        return Typed.of(Sql.cast(sql, common), common);
    }

    private static String integerDivision(String a, String b, boolean safe) {
        return safe ? "(CASE WHEN " + b + " = 0 THEN NULL ELSE " + a + " // " + b + " END)" : "(" + a + " // " + b + ")";
    }

    private static String integerModulus(String a, String b, boolean safe) {
        return safe ? "(CASE WHEN " + b + " = 0 THEN NULL ELSE " + a + " % " + b + " END)" : "(" + a + " % " + b + ")";
    }

    /** Decimal arithmetic with the result types of Trino's decimal operators. */
    private static Typed decimal(Operator op, Typed left, Typed right, boolean safe) {
        TrinoType x = left.type().isUnknown() ? Coercions.asDecimal(TrinoType.INTEGER) : Coercions.asDecimal(left.type());
        TrinoType y = right.type().isUnknown() ? Coercions.asDecimal(TrinoType.INTEGER) : Coercions.asDecimal(right.type());
        Typed a = Coercions.coerce(left, x);
        Typed b = Coercions.coerce(right, y);
        int xp = x.precision();
        int xs = x.scale();
        int yp = y.precision();
        int ys = y.scale();
        int scale = Math.max(xs, ys);
        TrinoType result = switch (op) {
            case ADD, SUBTRACT -> TrinoType.decimal(Math.min(38, 1 + scale + Math.max(xp - xs, yp - ys)), scale);
            case MULTIPLY -> TrinoType.decimal(Math.min(38, xp + yp), xs + ys);
            case DIVIDE -> TrinoType.decimal(Math.min(38, xp + ys + Math.max(0, ys - xs)), scale);
            case MODULUS -> TrinoType.decimal(Math.min(xp - xs, yp - ys) + scale, scale);
        };
        String sql = switch (op) {
            case ADD -> a.sql() + " + " + b.sql();
            case SUBTRACT -> a.sql() + " - " + b.sql();
            case MULTIPLY -> a.sql() + " * " + b.sql();
            case DIVIDE -> (safe ? TrinoUdfs.TRY_DECIMAL_DIVIDE : TrinoUdfs.DECIMAL_DIVIDE) + "(CAST(" + a.sql()
                    + " AS VARCHAR), CAST(" + b.sql() + " AS VARCHAR), " + scale + ")";
            case MODULUS -> safe ? "(CASE WHEN " + b.sql() + " = 0 THEN NULL ELSE " + a.sql() + " % " + b.sql() + " END)"
                    : a.sql() + " % " + b.sql();
        };
        return Typed.of(Sql.cast("(" + sql + ")", result), result);
    }

    /** Dates, timestamps and intervals; empty when the operator does not apply to these types. */
    private static Optional<Typed> temporal(Operator op, Typed left, Typed right, boolean safe) {
        TrinoType l = left.type();
        TrinoType r = right.type();
        if ((op == Operator.ADD || op == Operator.SUBTRACT) && l.isDateLike() && r.isInterval()) {
            return Optional.of(shift(left, right, op == Operator.SUBTRACT ? "-" : "+", safe));
        }
        if (op == Operator.ADD && l.isInterval() && r.isDateLike()) {
            return Optional.of(shift(right, left, "+", safe));
        }
        if (l.isInterval() && l.equals(r) && (op == Operator.ADD || op == Operator.SUBTRACT)) {
            return Optional.of(Typed.of("(" + left.sql() + (op == Operator.ADD ? " + " : " - ") + right.sql() + ")", l));
        }
        if (l.isInterval() && r.isNumeric() && (op == Operator.MULTIPLY || op == Operator.DIVIDE)) {
            return Optional.of(Typed.of("(" + left.sql() + (op == Operator.MULTIPLY ? " * " : " / ")
                    + Sql.cast(right.sql(), "DOUBLE") + ")", l));
        }
        if (l.isNumeric() && r.isInterval() && op == Operator.MULTIPLY) {
            return Optional.of(Typed.of("(" + right.sql() + " * " + Sql.cast(left.sql(), "DOUBLE") + ")", r));
        }
        if (op == Operator.SUBTRACT && l.isDateLike() && r.isDateLike() && l.kind() == r.kind()) {
            String sql = switch (l.kind()) {
                case DATE -> "to_days(CAST(" + left.sql() + " - " + right.sql() + " AS BIGINT))";
                case TIMESTAMP -> "(" + left.sql() + " - " + right.sql() + ")";
                default -> "(" + ZonedTimestamps.instant(left.sql()) + " - " + ZonedTimestamps.instant(right.sql()) + ")";
            };
            return Optional.of(Typed.of(sql, TrinoType.INTERVAL_DAY_SECOND));
        }
        return Optional.empty();
    }

    /** A date or timestamp moved by an interval, keeping its type. */
    private static Typed shift(Typed when, Typed interval, String sign, boolean safe) {
        String i = interval.sql();
        return switch (when.type().kind()) {
            case DATE -> {
                String moved = "CAST(" + when.sql() + " " + sign + " " + i + " AS DATE)";
                if (interval.type().is(Kind.INTERVAL_YEAR_MONTH)) {
                    yield Typed.of(moved, TrinoType.DATE);
                }
                String fail = safe ? "NULL" : Sql.failWith("INVALID_FUNCTION_ARGUMENT",
                        "Cannot add hour, minutes or seconds to a date");
                yield Typed.of("(CASE WHEN epoch_us(TIMESTAMP '1970-01-01' + " + i + ") % 86400000000 <> 0 THEN " + fail
                        + " ELSE " + moved + " END)", TrinoType.DATE);
            }
            case TIMESTAMP -> Typed.of("(" + when.sql() + " " + sign + " " + i + ")", when.type());
            default -> {
                String zone = ZonedTimestamps.zone(when.sql());
                String sql = interval.type().is(Kind.INTERVAL_YEAR_MONTH)
                        ? ZonedTimestamps.fromLocal("(" + ZonedTimestamps.local(when.sql()) + " " + sign + " " + i + ")", zone)
                        : ZonedTimestamps.fromInstant("(" + ZonedTimestamps.instant(when.sql()) + " " + sign + " " + i + ")", zone);
                yield Typed.of(sql, when.type());
            }
        };
    }
}
