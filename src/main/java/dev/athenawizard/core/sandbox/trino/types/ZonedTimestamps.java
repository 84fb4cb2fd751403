package dev.athenawizard.core.sandbox.trino.types;

import java.util.Optional;

/**
 * SQL over Trino's {@code timestamp with time zone} as the sandbox holds it in DuckDB: a struct of the instant
 * ({@code utc}, a {@code TIMESTAMPTZ}) and the zone's name as Trino spells it. DuckDB's ICU spells a fixed offset
 * {@code GMT+01:00} where Trino writes {@code +01:00}. A NULL stays a NULL (not a struct of NULLs).
 */
public final class ZonedTimestamps {
    private ZonedTimestamps() {
    }

    /** The zone as ICU knows it: Trino's {@code +01:00} is ICU's {@code GMT+01:00}. */
    public static String icuZone(String zoneSql, Optional<String> constantZone) {
        if (constantZone.isPresent()) {
            String zone = constantZone.get();
            return Sql.literal(zone.startsWith("+") || zone.startsWith("-") ? "GMT" + zone : zone);
        }
        return "(CASE WHEN " + zoneSql + " LIKE '+%' OR " + zoneSql + " LIKE '-%' THEN 'GMT' || " + zoneSql
                + " ELSE " + zoneSql + " END)";
    }

    /** A zoned value for the instant {@code instantSql} (a TIMESTAMPTZ), shown in zone {@code zoneSql}. */
    public static String fromInstant(String instantSql, String zoneSql) {
        return "(CASE WHEN (" + instantSql + ") IS NULL OR (" + zoneSql + ") IS NULL THEN NULL ELSE struct_pack(utc := "
                + instantSql + ", zone := " + zoneSql + ") END)";
    }

    /** A zoned value for the local date-time {@code localSql} (a TIMESTAMP) in zone {@code zoneSql}. */
    public static String fromLocal(String localSql, String zoneSql) {
        return fromLocal(localSql, zoneSql, Optional.empty());
    }

    public static String fromLocal(String localSql, String zoneSql, Optional<String> constantZone) {
        return fromInstant("timezone(" + icuZone(zoneSql, constantZone) + ", " + localSql + ")", zoneSql);
    }

    /** The instant of a zoned value, as a TIMESTAMPTZ. */
    public static String instant(String zonedSql) {
        return "(" + zonedSql + ").utc";
    }

    public static String zone(String zonedSql) {
        return "(" + zonedSql + ").zone";
    }

    /** The local date-time of a zoned value in its own zone, as a TIMESTAMP. */
    public static String local(String zonedSql) {
        return "timezone(" + icuZone(zone(zonedSql), Optional.empty()) + ", " + instant(zonedSql) + ")";
    }

    /** The instant as a TIMESTAMP in UTC (what comparing with a plain timestamp needs: Athena's session is UTC). */
    public static String utcLocal(String zonedSql) {
        return "timezone('UTC', " + instant(zonedSql) + ")";
    }
}
