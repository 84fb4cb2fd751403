package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.trino.types.Coercions;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.TrinoType.Kind;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import dev.athenawizard.core.sandbox.trino.types.ZonedTimestamps;
import io.trino.sql.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Comparisons with Trino's typing: both sides meet in their common type ({@code 1 = 1.0} compares decimals), and
 * where there is none the comparison is a {@code TYPE_MISMATCH} — {@code date_col = '2024-01-01'} fails in Athena
 * rather than comparing text. Zoned timestamps compare by instant.
 */
final class Comparisons {
    private Comparisons() {
    }

    /** {@code left op right} for {@code = <> < <= > >=} and {@code IS DISTINCT FROM}. */
    static Typed compare(Node node, String op, Typed left, Typed right) {
        TrinoType common = commonType(node, op, List.of(left.type(), right.type()));
        if (!op.equals("=") && !op.equals("<>") && !op.contains("DISTINCT") && !common.isOrderable()) {
            throw Failures.typeMismatch(node, "Cannot apply operator: " + left.type() + " " + op + " " + right.type());
        }
        return Typed.of("(" + comparable(Coercions.coerce(left, common)) + " " + op + " "
                + comparable(Coercions.coerce(right, common)) + ")", TrinoType.BOOLEAN);
    }

    /** The type several compared values meet in, or Trino's error for the operator. */
    static TrinoType commonType(Node node, String op, List<TrinoType> types) {
        TrinoType common = TrinoType.UNKNOWN;
        for (TrinoType type : types) {
            Optional<TrinoType> next = Coercions.commonSuperType(common, type);
            if (next.isEmpty()) {
                if (op.contains("DISTINCT")) {
                    throw Failures.typeMismatch(node, "Cannot check if " + types.get(0) + " is distinct from " + type);
                }
                throw Failures.typeMismatch(node, "Cannot apply operator: " + common + " " + op + " " + type);
            }
            common = next.get();
        }
        if (!common.isComparable()) {
            throw Failures.typeMismatch(node, "Cannot apply operator: " + common + " " + op + " " + common);
        }
        return common;
    }

    /** The SQL to compare: a zoned timestamp by its instant. */
    static String comparable(Typed value) {
        return value.type().is(Kind.TIMESTAMP_TZ) ? ZonedTimestamps.instant(value.sql()) : value.sql();
    }

    /** Values converted to their common type for {@code IN} and {@code BETWEEN}. */
    static List<String> coerceAll(Node node, String op, List<Typed> values) {
        TrinoType common = commonType(node, op, values.stream().map(Typed::type).toList());
        List<String> sqls = new ArrayList<>();
        for (Typed v : values) {
            sqls.add(comparable(Coercions.coerce(v, common)));
        }
        return sqls;
    }
}
