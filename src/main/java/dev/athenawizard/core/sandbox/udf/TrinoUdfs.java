package dev.athenawizard.core.sandbox.udf;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBReadableVector;
import org.duckdb.DuckDBWritableVector;

/**
 * The Java functions the translated SQL calls where DuckDB's own would answer differently than Trino: Java regular
 * expressions, {@code String.format}, MySQL and Joda date formats, ISO 8601, JSON paths, strict casts from text.
 * Each {@code trino_x} has a twin {@code trino_try_x} that answers NULL instead of failing, for {@code TRY(…)} and
 * {@code TRY_CAST}. A NULL argument gives NULL.
 */
public final class TrinoUdfs {
    public static final String DOUBLE_TO_VARCHAR = "trino_double_to_varchar";
    public static final String REAL_TO_VARCHAR = "trino_real_to_varchar";
    public static final String JSON_TO_VARCHAR = "trino_json_to_varchar";
    public static final String TRY_JSON_TO_VARCHAR = "trino_try_json_to_varchar";
    public static final String JSON_PARSE = "trino_json_parse";
    public static final String DECIMAL_DIVIDE = "trino_decimal_divide";
    public static final String TRY_DECIMAL_DIVIDE = "trino_try_decimal_divide";
    public static final String ZONE_KEY = "trino_zone_key";
    public static final String TRY_ZONE_KEY = "trino_try_zone_key";

    private enum T {
        VARCHAR(DuckDBColumnType.VARCHAR), BIGINT(DuckDBColumnType.BIGINT), INTEGER(DuckDBColumnType.INTEGER),
        DOUBLE(DuckDBColumnType.DOUBLE), FLOAT(DuckDBColumnType.FLOAT), BOOLEAN(DuckDBColumnType.BOOLEAN),
        DATE(DuckDBColumnType.DATE), TIMESTAMP(DuckDBColumnType.TIMESTAMP),
        TIMESTAMPTZ(DuckDBColumnType.TIMESTAMP_WITH_TIME_ZONE);

        final DuckDBColumnType duck;

        T(DuckDBColumnType duck) {
            this.duck = duck;
        }
    }

    private record Udf(String name, List<T> parameters, T result, Function<Object[], Object> body) {
    }

    private static final List<Udf> ALL = List.of(
            udf("regexp_like", List.of(T.VARCHAR, T.VARCHAR), T.BOOLEAN, a -> TrinoRegex.like(s(a, 0), s(a, 1))),
            udf("regexp_extract", List.of(T.VARCHAR, T.VARCHAR, T.BIGINT), T.VARCHAR,
                    a -> TrinoRegex.extract(s(a, 0), s(a, 1), l(a, 2))),
            udf("regexp_extract_all", List.of(T.VARCHAR, T.VARCHAR, T.BIGINT), T.VARCHAR,
                    a -> TrinoRegex.extractAll(s(a, 0), s(a, 1), l(a, 2))),
            udf("regexp_replace", List.of(T.VARCHAR, T.VARCHAR, T.VARCHAR), T.VARCHAR,
                    a -> TrinoRegex.replace(s(a, 0), s(a, 1), s(a, 2))),
            udf("regexp_split", List.of(T.VARCHAR, T.VARCHAR), T.VARCHAR, a -> TrinoRegex.split(s(a, 0), s(a, 1))),
            udf("regexp_count", List.of(T.VARCHAR, T.VARCHAR), T.BIGINT, a -> TrinoRegex.count(s(a, 0), s(a, 1))),
            udf("regexp_position", List.of(T.VARCHAR, T.VARCHAR, T.BIGINT, T.BIGINT), T.INTEGER,
                    a -> TrinoRegex.position(s(a, 0), s(a, 1), l(a, 2), l(a, 3))),
            udf("date_format", List.of(T.TIMESTAMP, T.VARCHAR), T.VARCHAR,
                    a -> MySqlDateFormats.format((LocalDateTime) a[0], s(a, 1))),
            udf("date_parse", List.of(T.VARCHAR, T.VARCHAR), T.TIMESTAMP, a -> millis(MySqlDateFormats.parse(s(a, 0), s(a, 1)))),
            udf("format_datetime", List.of(T.TIMESTAMP, T.VARCHAR, T.VARCHAR), T.VARCHAR,
                    a -> JodaDateFormats.format((LocalDateTime) a[0], s(a, 1), s(a, 2))),
            udf("parse_datetime_instant", List.of(T.VARCHAR, T.VARCHAR), T.TIMESTAMPTZ,
                    a -> JodaDateFormats.parse(s(a, 0), s(a, 1)).instant()),
            udf("parse_datetime_zone", List.of(T.VARCHAR, T.VARCHAR), T.VARCHAR, a -> JodaDateFormats.parse(s(a, 0), s(a, 1)).zone()),
            udf("iso8601_instant", List.of(T.VARCHAR), T.TIMESTAMPTZ, a -> JodaDateFormats.iso8601Timestamp(s(a, 0)).instant()),
            udf("iso8601_zone", List.of(T.VARCHAR), T.VARCHAR, a -> JodaDateFormats.iso8601Timestamp(s(a, 0)).zone()),
            udf("iso8601_date", List.of(T.VARCHAR), T.DATE, a -> JodaDateFormats.iso8601Date(s(a, 0))),
            udf("to_iso8601", List.of(T.TIMESTAMP, T.VARCHAR, T.INTEGER), T.VARCHAR,
                    a -> JodaDateFormats.toIso8601((LocalDateTime) a[0], s(a, 1), (Integer) a[2])),
            udf("zone_key", List.of(T.VARCHAR), T.VARCHAR, a -> TrinoCasts.zoneKey(s(a, 0))),
            udf("offset_zone", List.of(T.BIGINT, T.BIGINT), T.VARCHAR, a -> TrinoCasts.offsetZone(l(a, 0), l(a, 1))),
            udf("varchar_to_bigint", List.of(T.VARCHAR), T.BIGINT, a -> TrinoCasts.toBigint(s(a, 0))),
            udf("varchar_to_double", List.of(T.VARCHAR), T.DOUBLE, a -> TrinoCasts.toDouble(s(a, 0))),
            udf("varchar_to_boolean", List.of(T.VARCHAR), T.BOOLEAN, a -> TrinoCasts.toBoolean(s(a, 0))),
            udf("varchar_to_date", List.of(T.VARCHAR), T.DATE, a -> TrinoCasts.toDate(s(a, 0))),
            udf("varchar_to_timestamp", List.of(T.VARCHAR), T.TIMESTAMP, a -> TrinoCasts.toTimestamp(s(a, 0))),
            udf("varchar_to_instant", List.of(T.VARCHAR), T.TIMESTAMPTZ, a -> TrinoCasts.toInstant(s(a, 0))),
            udf("varchar_to_zone", List.of(T.VARCHAR), T.VARCHAR, a -> TrinoCasts.toZone(s(a, 0))),
            udf("double_to_varchar", List.of(T.DOUBLE), T.VARCHAR, a -> TrinoNumbers.doubleText((Double) a[0])),
            // DuckDB's cbrt is a power of 1/3 (cbrt(27) = 3.0000000000000004); Java's, which Trino calls, is exact.
            udf("cbrt", List.of(T.DOUBLE), T.DOUBLE, a -> Math.cbrt((Double) a[0])),
            udf("real_to_varchar", List.of(T.FLOAT), T.VARCHAR, a -> TrinoNumbers.realText((Float) a[0])),
            udf("decimal_divide", List.of(T.VARCHAR, T.VARCHAR, T.INTEGER), T.VARCHAR,
                    a -> TrinoNumbers.decimalDivide(s(a, 0), s(a, 1), (Integer) a[2])),
            udf("from_base", List.of(T.VARCHAR, T.BIGINT), T.BIGINT, a -> TrinoNumbers.fromBase(s(a, 0), l(a, 1))),
            udf("to_base", List.of(T.BIGINT, T.BIGINT), T.VARCHAR, a -> TrinoNumbers.toBase(l(a, 0), l(a, 1))),
            udf("format", List.of(T.VARCHAR, T.VARCHAR, T.VARCHAR), T.VARCHAR, a -> TrinoFormat.format(s(a, 0), s(a, 1), s(a, 2))),
            udf("json_parse", List.of(T.VARCHAR), T.VARCHAR, a -> TrinoJson.parse(s(a, 0))),
            udf("json_to_varchar", List.of(T.VARCHAR), T.VARCHAR, a -> TrinoJson.toVarchar(s(a, 0))),
            udf("json_extract", List.of(T.VARCHAR, T.VARCHAR), T.VARCHAR, a -> TrinoJson.extract(s(a, 0), s(a, 1))),
            udf("json_extract_scalar", List.of(T.VARCHAR, T.VARCHAR), T.VARCHAR, a -> TrinoJson.extractScalar(s(a, 0), s(a, 1))),
            udf("json_size", List.of(T.VARCHAR, T.VARCHAR), T.BIGINT, a -> TrinoJson.size(s(a, 0), s(a, 1))),
            udf("json_array_length", List.of(T.VARCHAR), T.BIGINT, a -> TrinoJson.arrayLength(s(a, 0))),
            udf("json_array_get", List.of(T.VARCHAR, T.BIGINT), T.VARCHAR, a -> TrinoJson.arrayGet(s(a, 0), l(a, 1))),
            udf("json_array_contains", List.of(T.VARCHAR, T.VARCHAR), T.BOOLEAN, a -> TrinoJson.arrayContains(s(a, 0), s(a, 1))),
            udf("is_json_scalar", List.of(T.VARCHAR), T.BOOLEAN, a -> TrinoJson.isScalar(s(a, 0))),
            udf("split_limit", List.of(T.VARCHAR, T.VARCHAR, T.BIGINT), T.VARCHAR,
                    a -> TrinoStrings.splitLimit(s(a, 0), s(a, 1), l(a, 2))),
            udf("strpos", List.of(T.VARCHAR, T.VARCHAR, T.BIGINT), T.BIGINT, a -> TrinoStrings.strpos(s(a, 0), s(a, 1), l(a, 2))),
            udf("url_extract_host", List.of(T.VARCHAR), T.VARCHAR, a -> TrinoStrings.urlPart(s(a, 0), "host")),
            udf("url_extract_path", List.of(T.VARCHAR), T.VARCHAR, a -> TrinoStrings.urlPart(s(a, 0), "path")),
            udf("url_extract_protocol", List.of(T.VARCHAR), T.VARCHAR, a -> TrinoStrings.urlPart(s(a, 0), "protocol")),
            udf("url_extract_query", List.of(T.VARCHAR), T.VARCHAR, a -> TrinoStrings.urlPart(s(a, 0), "query")),
            udf("url_extract_fragment", List.of(T.VARCHAR), T.VARCHAR, a -> TrinoStrings.urlPart(s(a, 0), "fragment")),
            udf("url_extract_port", List.of(T.VARCHAR), T.BIGINT, a -> TrinoStrings.urlPort(s(a, 0))),
            udf("url_extract_parameter", List.of(T.VARCHAR, T.VARCHAR), T.VARCHAR,
                    a -> TrinoStrings.urlParameter(s(a, 0), s(a, 1))),
            udf("url_encode", List.of(T.VARCHAR), T.VARCHAR, a -> TrinoStrings.urlEncode(s(a, 0))),
            udf("url_decode", List.of(T.VARCHAR), T.VARCHAR, a -> TrinoStrings.urlDecode(s(a, 0))));

    private TrinoUdfs() {
    }

    private static Udf udf(String name, List<T> parameters, T result, Function<Object[], Object> body) {
        return new Udf(name, parameters, result, body);
    }

    /** Registers every function, and its {@code trino_try_} twin, in the database of {@code connection}. */
    public static void register(Connection connection) throws SQLException {
        for (Udf udf : ALL) {
            register(connection, udf, "trino_" + udf.name(), false);
            register(connection, udf, "trino_try_" + udf.name(), true);
        }
    }

    private static void register(Connection connection, Udf udf, String name, boolean lenient) throws SQLException {
        List<DuckDBColumnType> parameters = new ArrayList<>();
        udf.parameters().forEach(p -> parameters.add(p.duck));
        DuckDBFunctions.scalarFunction().withName(name)
                .withParameters(parameters.toArray(new DuckDBColumnType[0]))
                .withReturnType(udf.result().duck)
                .withVectorizedFunction((in, out) -> {
                    int width = udf.parameters().size();
                    DuckDBReadableVector[] vectors = new DuckDBReadableVector[width];
                    for (int i = 0; i < width; i++) {
                        vectors[i] = in.vector(i);
                    }
                    Object[] args = new Object[width];
                    for (long row = 0; row < in.rowCount(); row++) {
                        if (!read(vectors, udf.parameters(), row, args)) {
                            out.setNull(row);
                            continue;
                        }
                        Object value;
                        try {
                            value = udf.body().apply(args);
                        } catch (RuntimeException e) {
                            if (!lenient) {
                                throw e;
                            }
                            value = null;
                        }
                        write(out, udf.result(), row, value);
                    }
                })
                .register(connection);
    }

    /** Reads one row's arguments; false if any is NULL. */
    private static boolean read(DuckDBReadableVector[] vectors, List<T> types, long row, Object[] args) {
        for (int i = 0; i < vectors.length; i++) {
            if (vectors[i].isNull(row)) {
                return false;
            }
            args[i] = switch (types.get(i)) {
                case VARCHAR -> vectors[i].getString(row);
                case BIGINT -> vectors[i].getLong(row);
                case INTEGER -> vectors[i].getInt(row);
                case DOUBLE -> vectors[i].getDouble(row);
                case FLOAT -> vectors[i].getFloat(row);
                case BOOLEAN -> vectors[i].getBoolean(row);
                case DATE -> vectors[i].getLocalDate(row);
                case TIMESTAMP -> vectors[i].getLocalDateTime(row);
                case TIMESTAMPTZ -> vectors[i].getOffsetDateTime(row);
            };
        }
        return true;
    }

    private static void write(DuckDBWritableVector out, T type, long row, Object value) {
        if (value == null) {
            out.setNull(row);
            return;
        }
        switch (type) {
            case VARCHAR -> out.setString(row, (String) value);
            case BIGINT -> out.setLong(row, ((Number) value).longValue());
            case INTEGER -> out.setInt(row, ((Number) value).intValue());
            case DOUBLE -> out.setDouble(row, ((Number) value).doubleValue());
            case FLOAT -> out.setFloat(row, ((Number) value).floatValue());
            case BOOLEAN -> out.setBoolean(row, (Boolean) value);
            case DATE -> out.setDate(row, (LocalDate) value);
            case TIMESTAMP -> out.setTimestamp(row, (LocalDateTime) value);
            case TIMESTAMPTZ -> out.setOffsetDateTime(row, (OffsetDateTime) value);
        }
    }

    private static String s(Object[] args, int index) {
        return (String) args[index];
    }

    private static long l(Object[] args, int index) {
        return (Long) args[index];
    }

    /** Trino's {@code date_parse} keeps milliseconds. */
    private static LocalDateTime millis(LocalDateTime value) {
        return value.withNano(value.getNano() / 1_000_000 * 1_000_000);
    }
}
