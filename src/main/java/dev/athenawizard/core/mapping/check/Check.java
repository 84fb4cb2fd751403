package dev.athenawizard.core.mapping.check;

import dev.athenawizard.core.mapping.profile.RowValue;
import java.util.List;

/**
 * One finding of the checks before registration.
 *
 * @param severity      error (blocks), warning, info or ok
 * @param topic         what it is about
 * @param column        the column it names; empty when it concerns the whole mapping
 * @param message       what was found, naming the column ("prediction_id repeats: 'p-7' in rows 3 and 9")
 * @param examples      example rows (at most {@link #MAX_EXAMPLES}), 1-based as the preview shows them
 * @param affectedRows  how many preview rows the finding concerns (0 when it is not about rows)
 */
public record Check(Severity severity, Topic topic, String column, String message, List<RowValue> examples,
        int affectedRows) {
    public static final int MAX_EXAMPLES = 5;

    public Check {
        examples = List.copyOf(examples);
    }

    static Check of(Severity severity, Topic topic, String column, String message) {
        return new Check(severity, topic, column, message, List.of(), 0);
    }

    static Check rows(Severity severity, Topic topic, String column, String message, List<RowValue> examples,
                      int affected) {
        return new Check(severity, topic, column, message,
                examples.subList(0, Math.min(MAX_EXAMPLES, examples.size())), affected);
    }
}
