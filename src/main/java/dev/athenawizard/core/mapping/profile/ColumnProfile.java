package dev.athenawizard.core.mapping.profile;

import java.util.List;
import java.util.Optional;

/**
 * What one result column holds in the preview rows: everything a column card shows (null share, distinct count,
 * samples, a histogram, top values, lengths) and what type proposals and role suggestions are decided on.
 *
 * @param index        the column's position in the result (0-based)
 * @param name         the column label
 * @param athenaType   Athena's result type name ({@code varchar}, {@code array}, …)
 * @param declaredType the Glue/Hive type of the table column it comes from ({@code array<double>}); empty if unknown
 * @param kind         what the Athena type holds
 * @param rows         preview rows looked at
 * @param nulls        how many of them are NULL
 * @param distinct     distinct non-null values
 * @param samples      up to {@link #MAX_SAMPLES} distinct non-null values, in row order
 * @param topValues    the most frequent values, most frequent first; empty for arrays and maps, and when no value
 *                     repeats
 * @param numbers      for numeric columns, and text columns whose values are all numbers
 * @param text         for text columns: lengths and words
 * @param arrays       for array columns: lengths, element kind, shape
 * @param keyed        for map and row columns: entries, value kind, keys
 * @param times        for date/timestamp columns, and text columns whose values are all timestamps
 * @param parsability  for text columns: how many values read as numbers, booleans, timestamps
 */
public record ColumnProfile(
        int index,
        String name,
        String athenaType,
        String declaredType,
        ValueKind kind,
        int rows,
        int nulls,
        int distinct,
        List<String> samples,
        List<ValueCount> topValues,
        Optional<NumericSummary> numbers,
        Optional<TextSummary> text,
        Optional<ArraySummary> arrays,
        Optional<KeyedSummary> keyed,
        Optional<TimeSummary> times,
        Parsability parsability) {

    public static final int MAX_SAMPLES = 5;
    public static final int MAX_TOP_VALUES = 5;

    public ColumnProfile {
        declaredType = declaredType == null ? "" : declaredType;
        samples = List.copyOf(samples);
        topValues = List.copyOf(topValues);
    }

    public int nonNull() {
        return rows - nulls;
    }

    /** NULLs as a share of the rows, 0 to 1; 0 when there are no rows. */
    public double nullShare() {
        return rows == 0 ? 0 : (double) nulls / rows;
    }

    public boolean allNull() {
        return nonNull() == 0;
    }

    /** Every non-null value differs from every other (and there is at least one). */
    public boolean unique() {
        return nonNull() > 0 && distinct == nonNull();
    }

    /** One value in every non-null row. */
    public boolean constant() {
        return distinct == 1;
    }

    /**
     * What the values are, looking through text: a varchar column whose values are all {@code true}/{@code false}
     * is {@link ValueKind#BOOLEAN}, all timestamps {@link ValueKind#DATETIME}, all numbers {@link ValueKind#NUMBER}.
     */
    public ValueKind valueKind() {
        if (kind != ValueKind.TEXT) {
            return kind;
        }
        if (parsability.allBooleans()) {
            return ValueKind.BOOLEAN;
        }
        if (parsability.allTimestamps()) {
            return ValueKind.DATETIME;
        }
        if (parsability.allNumbers()) {
            return ValueKind.NUMBER;
        }
        return ValueKind.TEXT;
    }

    /** Whether the values are whole numbers: an integer Athena type, or numbers that all happen to be whole. */
    public boolean integral() {
        return AthenaTypes.isIntegral(athenaType) || numbers.map(NumericSummary::integral).orElse(false);
    }

    /** The type as a card shows it: {@code varchar}, or {@code array · array<double>} when Glue says more. */
    public String typeLabel() {
        return declaredType.isEmpty() || declaredType.equalsIgnoreCase(athenaType)
                ? athenaType : athenaType + " · " + declaredType;
    }
}
