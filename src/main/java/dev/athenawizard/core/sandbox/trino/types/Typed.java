package dev.athenawizard.core.sandbox.trino.types;

import java.util.Optional;

/**
 * A translated expression: the DuckDB SQL that computes it and its Trino type. {@code constant} holds the value of
 * a literal (a {@link String}, {@link Long}, {@link java.math.BigDecimal}, {@link Double} or {@link Boolean}), which
 * functions such as {@code date_trunc} or {@code json_extract_scalar} need at translation time.
 */
public record Typed(String sql, TrinoType type, Optional<Object> constant) {

    public static Typed of(String sql, TrinoType type) {
        return new Typed(sql, type, Optional.empty());
    }

    public static Typed constant(String sql, TrinoType type, Object value) {
        return new Typed(sql, type, Optional.ofNullable(value));
    }

    public static Typed nullOf(TrinoType type) {
        return type.isUnknown() ? new Typed("NULL", type, Optional.empty())
                : new Typed(Sql.cast("NULL", type), type, Optional.empty());
    }

    /** The literal text, if this is a string literal. */
    public Optional<String> text() {
        return constant.filter(String.class::isInstance).map(String.class::cast);
    }

    /** The literal number, if this is an integer literal. */
    public Optional<Long> integer() {
        return constant.filter(Long.class::isInstance).map(Long.class::cast);
    }

    public boolean isNullLiteral() {
        return type.isUnknown();
    }

    public Typed withSql(String newSql) {
        return new Typed(newSql, type, Optional.empty());
    }

    public Typed withType(TrinoType newType) {
        return new Typed(sql, newType, constant);
    }
}
