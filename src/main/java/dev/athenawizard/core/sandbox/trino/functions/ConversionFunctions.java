package dev.athenawizard.core.sandbox.trino.functions;

import dev.athenawizard.core.sandbox.trino.types.Sql;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import dev.athenawizard.core.sandbox.trino.types.ZonedTimestamps;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code typeof} (Trino's own type names: {@code integer}, {@code varchar(3)}, {@code decimal(2,1)}) and
 * {@code format} (Java's {@code String.format}, docs {@code functions/conversion.md}).
 */
final class ConversionFunctions {
    private ConversionFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.scalar("typeof(any) -> varchar", c -> Typed.constant(Sql.literal(c.type(0).toString()), TrinoType.VARCHAR,
                c.type(0).toString()));
        b.scalar("format(varchar, any, ...) -> varchar", ConversionFunctions::format);
        b.scalar("uuid() -> uuid", c -> c.result("uuid()"));
    }

    /**
     * Arguments travel to Java as a JSON array with their Trino types beside, so each becomes the Java value
     * Trino's {@code format} hands to {@code String.format} (a {@code Long}, {@code BigDecimal}, {@code Double},
     * date or time).
     */
    private static Typed format(Invocation c) {
        List<String> values = new ArrayList<>();
        List<String> typeNames = new ArrayList<>();
        for (int i = 1; i < c.arity(); i++) {
            TrinoType type = c.type(i);
            typeNames.add(type.kind().name());
            values.add(switch (type.kind()) {
                case TIMESTAMP -> "strftime(" + c.sql(i) + ", '%Y-%m-%dT%H:%M:%S.%f')";
                case TIMESTAMP_TZ -> "(strftime(" + ZonedTimestamps.local(c.sql(i)) + ", '%Y-%m-%dT%H:%M:%S.%f') || '@' || "
                        + ZonedTimestamps.zone(c.sql(i)) + ")";
                case DATE, TIME, UUID, VARBINARY, JSON -> "CAST(" + c.sql(i) + " AS VARCHAR)";
                case DECIMAL -> "CAST(" + c.sql(i) + " AS VARCHAR)";
                default -> c.sql(i);
            });
        }
        String json = values.isEmpty() ? "'[]'" : "CAST(json_array(" + String.join(", ", values) + ") AS VARCHAR)";
        return c.result(RegexpFunctions.udf(c, "format", c.sql(0), Sql.literal(String.join(",", typeNames)), json));
    }
}
