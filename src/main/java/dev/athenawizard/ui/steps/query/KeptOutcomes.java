package dev.athenawizard.ui.steps.query;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Earlier outcomes by what they were for, so going back to an earlier text costs nothing: at most {@code count} of
 * them, and, besides the newest, only while their rows take at most {@code bytes} (one 10,000-row preview with an
 * embedding column holds ~50 MB; 32 of them would hold more than the window). The least recently used go first.
 */
final class KeptOutcomes<K, V> {
    private final int count;
    private final long bytes;
    private final ToLongFunction<V> size;
    private final LinkedHashMap<K, V> outcomes = new LinkedHashMap<>(16, 0.75f, true);
    private long held;

    KeptOutcomes(int count, long bytes, ToLongFunction<V> size) {
        this.count = count;
        this.bytes = bytes;
        this.size = size;
    }

    V get(K key) {
        return outcomes.get(key);
    }

    void put(K key, V outcome) {
        V was = outcomes.put(key, outcome);
        held += size.applyAsLong(outcome) - (was == null ? 0 : size.applyAsLong(was));
        Iterator<Map.Entry<K, V>> eldest = outcomes.entrySet().iterator();
        while (outcomes.size() > 1 && (outcomes.size() > count || held > bytes)) {
            held -= size.applyAsLong(eldest.next().getValue());
            eldest.remove();
        }
    }

    int size() {
        return outcomes.size();
    }

    void clear() {
        outcomes.clear();
        held = 0;
    }
}
