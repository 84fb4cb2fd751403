package dev.athenawizard.core.athena.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How sure a difference between two medians is: a bootstrap interval, resampling each group with replacement. Two
 * schedules that poll at the same rhythm differ only by where their polls happen to fall, so a band's medians can
 * differ by tens of milliseconds by chance alone; the interval says how much.
 */
final class MedianDifference {
    private static final int RESAMPLES = 2000;

    private MedianDifference() {
    }

    /** The central {@code confidence}% interval of median(a) - median(b). */
    static long[] interval(List<Long> a, List<Long> b, int confidence) {
        Random random = new Random(a.size() * 31L + b.size());
        List<Long> differences = new ArrayList<>(RESAMPLES);
        for (int i = 0; i < RESAMPLES; i++) {
            differences.add(percentile(resample(a, random), 50) - percentile(resample(b, random), 50));
        }
        int tail = (100 - confidence) / 2;
        return new long[] {percentile(differences, tail), percentile(differences, 100 - tail)};
    }

    /** Nearest-rank percentile. */
    static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static List<Long> resample(List<Long> values, Random random) {
        List<Long> drawn = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            drawn.add(values.get(random.nextInt(values.size())));
        }
        return drawn;
    }
}
