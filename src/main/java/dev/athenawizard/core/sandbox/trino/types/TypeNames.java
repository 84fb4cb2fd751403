package dev.athenawizard.core.sandbox.trino.types;

import io.trino.sql.tree.DataType;
import io.trino.sql.tree.DataTypeParameter;
import io.trino.sql.tree.DateTimeDataType;
import io.trino.sql.tree.GenericDataType;
import io.trino.sql.tree.IntervalDayTimeDataType;
import io.trino.sql.tree.NumericParameter;
import io.trino.sql.tree.RowDataType;
import io.trino.sql.tree.TypeParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Trino type names as a query writes them ({@code CAST(x AS decimal(10,2))}, {@code ARRAY(ROW(a INT))}) into
 * {@link TrinoType}s. An unknown name is Trino's {@code TYPE_NOT_FOUND}.
 */
public final class TypeNames {
    private TypeNames() {
    }

    /** Why a type name means nothing to Trino, in Trino's words ({@code Unknown type: string}). */
    public static final class UnknownTypeException extends Exception {
        private static final long serialVersionUID = 1L;

        UnknownTypeException(String message) {
            super(message, null, false, false);
        }
    }

    public static TrinoType of(DataType type) throws UnknownTypeException {
        if (type instanceof RowDataType row) {
            List<String> names = new ArrayList<>();
            List<TrinoType> fields = new ArrayList<>();
            for (RowDataType.Field field : row.getFields()) {
                names.add(field.getName().map(n -> n.getValue().toLowerCase(Locale.ROOT)).orElse(null));
                fields.add(of(field.getType()));
            }
            return TrinoType.row(names, fields);
        }
        if (type instanceof DateTimeDataType dateTime) {
            int precision = dateTime.getPrecision().isPresent() ? number(dateTime.getPrecision().get())
                    : TrinoType.DEFAULT_TIMESTAMP_PRECISION;
            if (dateTime.getType() == DateTimeDataType.Type.TIME) {
                return TrinoType.time(precision);
            }
            return dateTime.isWithTimeZone() ? TrinoType.timestampWithTimeZone(precision) : TrinoType.timestamp(precision);
        }
        if (type instanceof IntervalDayTimeDataType interval) {
            return interval.getFrom() == IntervalDayTimeDataType.Field.YEAR
                    || interval.getFrom() == IntervalDayTimeDataType.Field.MONTH
                    ? TrinoType.INTERVAL_YEAR_MONTH : TrinoType.INTERVAL_DAY_SECOND;
        }
        GenericDataType generic = (GenericDataType) type;
        String name = generic.getName().getValue().toLowerCase(Locale.ROOT);
        List<DataTypeParameter> args = generic.getArguments();
        return switch (name) {
            case "array" -> TrinoType.array(of(typeArgument(args, 0, name)));
            case "map" -> TrinoType.map(of(typeArgument(args, 0, name)), of(typeArgument(args, 1, name)));
            case "varchar" -> args.isEmpty() ? TrinoType.VARCHAR : TrinoType.varchar(number(args.get(0)));
            case "char" -> TrinoType.charOf(args.isEmpty() ? 1 : number(args.get(0)));
            case "decimal" -> TrinoType.decimal(args.isEmpty() ? 38 : number(args.get(0)),
                    args.size() < 2 ? 0 : number(args.get(1)));
            default -> simple(name).orElseThrow(() -> new UnknownTypeException("Unknown type: " + name));
        };
    }

    /** A type without parameters by name, e.g. {@code int}, {@code double}, {@code json}. */
    public static Optional<TrinoType> simple(String name) {
        return Optional.ofNullable(switch (name.toLowerCase(Locale.ROOT)) {
            case "boolean" -> TrinoType.BOOLEAN;
            case "tinyint" -> TrinoType.TINYINT;
            case "smallint" -> TrinoType.SMALLINT;
            case "integer", "int" -> TrinoType.INTEGER;
            case "bigint" -> TrinoType.BIGINT;
            case "real" -> TrinoType.REAL;
            case "double" -> TrinoType.DOUBLE;
            case "varchar" -> TrinoType.VARCHAR;
            case "varbinary" -> TrinoType.VARBINARY;
            case "json" -> TrinoType.JSON;
            case "date" -> TrinoType.DATE;
            case "uuid" -> TrinoType.UUID;
            default -> null;
        });
    }

    private static DataType typeArgument(List<DataTypeParameter> args, int index, String name)
            throws UnknownTypeException {
        if (index >= args.size() || !(args.get(index) instanceof TypeParameter parameter)) {
            throw new UnknownTypeException("Unknown type: " + name);
        }
        return parameter.getValue();
    }

    private static int number(DataTypeParameter parameter) throws UnknownTypeException {
        if (parameter instanceof NumericParameter numeric) {
            return Integer.parseInt(numeric.getValue());
        }
        throw new UnknownTypeException("Unknown type parameter: " + parameter);
    }
}
