package dev.athenawizard.core.mapping.profile;

/**
 * The range of a column's points in time, as Athena renders them (compared as text, which orders Athena's fixed
 * {@code yyyy-MM-dd HH:mm:ss.SSS} notation correctly; values with different zones are compared as written).
 *
 * @param earliest  the earliest value
 * @param latest    the latest value
 * @param datesOnly whether every value is a date without a time
 */
public record TimeSummary(String earliest, String latest, boolean datesOnly) {
}
