package dev.athenawizard.core.mapping.profile;

import dev.athenawizard.core.athena.query.ResultColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Profiles one column of preview rows in a single pass over its values. */
final class ColumnProfiler {
    private final int index;
    private final ResultColumn column;
    private final String declared;
    private final ValueKind kind;

    private int rows;
    private int nulls;
    private final Map<String, Integer> counts;
    private final List<String> samples = new ArrayList<>(ColumnProfile.MAX_SAMPLES);

    private double[] numbers;
    private int numberCount;
    private int numberTexts;
    private int integers;
    private int booleans;
    private int timestamps;
    private int leadingZeros;
    private int dates;
    private String earliest;
    private String latest;
    private int[] lengths;
    private int lengthCount;
    private long words;

    private ValueKind leafKind = ValueKind.UNKNOWN;
    private List<Integer> shape;
    private boolean regular = true;
    private boolean nested;
    private int unreadable;
    private Set<String> keys; // of maps and rows, made when the first one is read

    private ColumnProfiler(int index, ResultColumn column, String declared, int expectedRows) {
        this.index = index;
        this.column = column;
        this.declared = declared == null ? "" : declared;
        this.kind = AthenaTypes.kindOf(column.type());
        this.counts = new LinkedHashMap<>(Math.max(16, expectedRows * 2));
        this.numbers = new double[Math.max(1, expectedRows)];
        this.lengths = new int[Math.max(1, expectedRows)];
    }

    static ColumnProfile profile(int index, ResultColumn column, String declaredType, List<List<String>> rows) {
        ColumnProfiler profiler = new ColumnProfiler(index, column, declaredType, rows.size());
        for (List<String> row : rows) {
            profiler.add(index < row.size() ? row.get(index) : null);
        }
        return profiler.build();
    }

    private void add(String value) {
        rows++;
        if (value == null) {
            nulls++;
            return;
        }
        Integer seen = counts.merge(value, 1, Integer::sum);
        if (seen == 1 && samples.size() < ColumnProfile.MAX_SAMPLES) {
            samples.add(value);
        }
        switch (kind) {
            case NUMBER -> number(value);
            case TEXT -> text(value);
            case DATETIME -> time(value);
            case ARRAY -> array(value);
            case MAP, ROW -> keyed(value);
            default -> { }
        }
    }

    private void number(String value) {
        if (AthenaText.isNumber(value)) {
            numbers[numberCount++] = AthenaText.parseNumber(value);
        }
    }

    private void text(String value) {
        lengths[lengthCount++] = value.length();
        words += AthenaText.wordCount(value);
        if (AthenaText.isNumber(value)) {
            numberTexts++;
            numbers[numberCount++] = AthenaText.parseNumber(value);
            if (AthenaText.isInteger(value)) {
                integers++;
            }
            if (AthenaText.hasLeadingZero(value)) {
                leadingZeros++;
            }
        } else if (AthenaText.isBoolean(value)) {
            booleans++;
        } else if (AthenaText.isTimestamp(value)) {
            timestamps++;
            time(value);
        }
    }

    private void time(String value) {
        if (AthenaText.isDateOnly(value)) {
            dates++;
        }
        if (earliest == null || value.compareTo(earliest) < 0) {
            earliest = value;
        }
        if (latest == null || value.compareTo(latest) > 0) {
            latest = value;
        }
    }

    private void array(String value) {
        NestedValue.ArrayValue array = NestedValue.array(value);
        if (array == null) {
            unreadable++;
            return;
        }
        lengths[lengthCount++] = array.length();
        leafKind = ValueKind.common(leafKind, array.leafKind());
        nested |= array.nested();
        if (array.length() > 0) {
            if (shape == null) {
                shape = array.shape();
            } else if (!shape.equals(array.shape())) {
                regular = false;
            }
            regular &= !array.shape().isEmpty();
        } else {
            regular = false;
        }
    }

    private void keyed(String value) {
        NestedValue.KeyedValue map = NestedValue.keyed(value);
        if (map == null) {
            unreadable++;
            return;
        }
        lengths[lengthCount++] = map.keys().size();
        leafKind = ValueKind.common(leafKind, map.valueKind());
        if (keys == null) {
            keys = new LinkedHashSet<>();
        }
        keys.addAll(map.keys());
    }

    private ColumnProfile build() {
        int nonNull = rows - nulls;
        boolean textNumbers = kind == ValueKind.TEXT && nonNull > 0 && numberTexts == nonNull;
        Optional<NumericSummary> numeric = kind == ValueKind.NUMBER || textNumbers
                ? numericSummary() : Optional.empty();
        Optional<TextSummary> text = kind == ValueKind.TEXT && lengthCount > 0
                ? Optional.of(new TextSummary(LengthSummary.of(lengths, lengthCount), (double) words / lengthCount))
                : Optional.empty();
        boolean textTimes = kind == ValueKind.TEXT && nonNull > 0 && timestamps == nonNull;
        Optional<TimeSummary> times = (kind == ValueKind.DATETIME || textTimes) && earliest != null
                ? Optional.of(new TimeSummary(earliest, latest, dates == nonNull)) : Optional.empty();
        Optional<ArraySummary> arrays = kind == ValueKind.ARRAY ? Optional.of(arraySummary()) : Optional.empty();
        Optional<KeyedSummary> keyed = kind.isKeyed() ? Optional.of(keyedSummary()) : Optional.empty();
        Parsability parsability = kind == ValueKind.TEXT
                ? new Parsability(nonNull, numberTexts, integers, booleans, timestamps, leadingZeros)
                : Parsability.NONE;
        return new ColumnProfile(index, column.name(), column.type(), declared, kind, rows, nulls, counts.size(),
                samples, topValues(), numeric, text, arrays, keyed, times, parsability);
    }

    private Optional<NumericSummary> numericSummary() {
        if (numberCount == 0) {
            return Optional.empty();
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int finite = 0;
        boolean integral = true;
        boolean zeroOrOne = true;
        for (int k = 0; k < numberCount; k++) {
            double v = numbers[k];
            if (!Double.isFinite(v)) {
                zeroOrOne = false;
                continue;
            }
            finite++;
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
            integral &= v == Math.rint(v);
            zeroOrOne &= AthenaText.isZeroOrOne(v);
        }
        if (finite == 0) {
            return Optional.of(new NumericSummary(numberCount, Double.NaN, Double.NaN, Double.NaN, false, false,
                    numberCount, new Histogram(0, 0, List.of())));
        }
        return Optional.of(new NumericSummary(numberCount, min, max, sum / finite, integral, zeroOrOne,
                numberCount - finite, Histogram.of(numbers, numberCount, min, max, counts.size())));
    }

    private ArraySummary arraySummary() {
        ValueKind leaf = leafKind == ValueKind.UNKNOWN ? AthenaTypes.declaredLeafKind(declared) : leafKind;
        List<Integer> common = regular && shape != null ? shape : List.of();
        return new ArraySummary(LengthSummary.of(lengths, lengthCount), leaf, common, nested, unreadable);
    }

    private KeyedSummary keyedSummary() {
        ValueKind values = leafKind == ValueKind.UNKNOWN ? AthenaTypes.declaredLeafKind(declared) : leafKind;
        Set<String> seen = keys == null ? Set.of() : keys;
        List<String> first = seen.stream().limit(KeyedSummary.MAX_KEYS).toList();
        return new KeyedSummary(LengthSummary.of(lengths, lengthCount), values, first, seen.size(), unreadable);
    }

    /**
     * Only where values repeat, and for scalars: an array's text is no "value" a person reads as a category, and
     * when every value is different there is nothing on top (the samples show what they look like).
     */
    private List<ValueCount> topValues() {
        if (kind == ValueKind.ARRAY || kind.isKeyed() || counts.isEmpty() || counts.size() == rows - nulls) {
            return List.of();
        }
        List<ValueCount> all = new ArrayList<>(counts.size());
        counts.forEach((value, count) -> all.add(new ValueCount(value, count)));
        // stable sort: equal counts keep their first-seen order
        all.sort(Comparator.comparingInt(ValueCount::count).reversed());
        return all.subList(0, Math.min(ColumnProfile.MAX_TOP_VALUES, all.size()));
    }
}
