package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.mapping.profile.ArraySummary;
import dev.athenawizard.core.mapping.profile.ColumnProfile;
import dev.athenawizard.core.mapping.profile.Histogram;
import dev.athenawizard.core.mapping.profile.ValueCount;
import dev.athenawizard.core.mapping.profile.ValueText;
import dev.athenawizard.core.mapping.profile.Words;
import java.util.List;

/**
 * What one column's card says, worked out once per preview (off the FX thread) so scrolling and filtering 2,000
 * cards only shows text: the name, the Athena type, null share and distinct count, a few samples, and a small picture
 * of the values.
 *
 * @param profile      the column's profile
 * @param type         the Athena type, with the element type and length when known: {@code array<double> [768]}
 * @param stats        {@code 0% null · 100 distinct}
 * @param samples      {@code e.g. 'alice', 'bob', 'carol'}; empty when every value is NULL
 * @param distribution the picture under the text
 */
record ColumnCard(ColumnProfile profile, String type, String stats, String samples, Distribution distribution) {
    static final int SAMPLES_SHOWN = 3;
    static final int TOP_VALUES_SHOWN = 3;

    /** The small picture of a column's values. */
    sealed interface Distribution permits Bars, TopValues, Caption {
    }

    /** A histogram of numbers: bin counts from the smallest value to the largest, and what the ends are. */
    record Bars(List<Integer> counts, String caption) implements Distribution {
    }

    /** The most frequent values with how many rows hold each, out of {@code rows}. */
    record TopValues(List<ValueCount> values, int rows) implements Distribution {
    }

    /** A sentence instead of a picture (array lengths, a time range, nothing to draw). */
    record Caption(String text) implements Distribution {
    }

    String name() {
        return profile.name();
    }

    static ColumnCard of(ColumnProfile p) {
        return new ColumnCard(p, type(p), stats(p), samples(p), distribution(p));
    }

    /** Screen readers read the card as one sentence. */
    String accessibleText() {
        return name() + ", " + type + ", " + stats + (samples.isEmpty() ? "" : ", " + samples);
    }

    private static String type(ColumnProfile p) {
        String type = p.declaredType().contains("<") ? p.declaredType() : p.athenaType();
        String shape = p.arrays().filter(ArraySummary::regular).map(a -> " [" + Words.shape(a.shape()) + "]")
                .orElse("");
        return type + shape;
    }

    private static String stats(ColumnProfile p) {
        if (p.rows() == 0) {
            return "no preview rows";
        }
        if (p.allNull()) {
            return "NULL in all " + Words.count(p.rows(), "row");
        }
        return Words.percent(p.nullShare()) + " null · " + p.distinct() + " distinct"
                + (p.unique() && p.rows() > 1 ? " (all differ)" : "");
    }

    private static String samples(ColumnProfile p) {
        if (p.samples().isEmpty()) {
            return "";
        }
        return "e.g. " + String.join(", ", p.samples().stream().limit(SAMPLES_SHOWN).map(ValueText::quote).toList());
    }

    private static Distribution distribution(ColumnProfile p) {
        if (p.arrays().isPresent()) {
            ArraySummary a = p.arrays().get();
            if (a.length().constant()) {
                return new Caption("length " + a.length().max() + " in every row (" + a.leafKind().plural() + ")");
            }
            return new Caption("lengths " + a.length().min() + " to " + a.length().max() + ", "
                    + Words.number(Math.round(a.length().mean() * 10) / 10.0) + " on average");
        }
        if (p.keyed().isPresent()) {
            return new Caption(Words.count(p.keyed().get().distinctKeys(), "key") + ": "
                    + String.join(", ", p.keyed().get().keys().stream().limit(4).toList()));
        }
        if (p.numbers().isPresent() && p.numbers().get().histogram().counts().size() > 1
                && !(p.topValues().size() <= 2 && p.distinct() <= 2)) {
            Histogram h = p.numbers().get().histogram();
            return new Bars(h.counts(), "from " + Words.number(h.min()) + " to " + Words.number(h.max()));
        }
        if (p.times().isPresent()) {
            return new Caption("from " + p.times().get().earliest() + " to " + p.times().get().latest());
        }
        if (p.text().isPresent() && p.text().get().freeText()) {
            return new Caption("free text, about " + Math.round(p.text().get().meanWords()) + " words per value");
        }
        if (!p.topValues().isEmpty()) {
            return new TopValues(p.topValues().stream().limit(TOP_VALUES_SHOWN).toList(), p.rows());
        }
        return new Caption("");
    }
}
