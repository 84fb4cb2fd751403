package dev.athenawizard.core.mapping.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a column's name says about its role: an id, a point in time, a prediction ({@code will_buy}, {@code proba},
 * {@code churn_pred}) or an actual ({@code did_buy}, {@code label}, {@code ground_truth}), and the subject left when
 * those words are taken away, so {@code did_buy_insurance} and {@code will_buy_insurance} are found to be a pair.
 */
public final class NameHints {
    /** What the name marks the column as. */
    public enum Marker { NONE, PREDICTION, ACTUAL }

    private static final Set<String> ID_WORDS = Set.of("id", "uuid", "guid", "uid", "identifier");
    private static final Set<String> TIME_WORDS = Set.of("timestamp", "ts", "time", "datetime", "date", "created",
            "occurred", "at", "when", "dt");
    private static final Set<String> PREDICTION_WORDS = Set.of("prediction", "predictions", "predicted", "pred",
            "preds", "proba", "probability", "probabilities", "prob", "yhat", "hat", "decision");
    private static final Set<String> STRONG_ACTUAL_WORDS = Set.of("actual", "actuals", "groundtruth", "truth",
            "observed");
    private static final Set<String> WEAK_ACTUAL_WORDS = Set.of("label", "labels", "target", "outcome");
    private static final Set<String> NEUTRAL_WORDS = Set.of("y", "is", "model", "ground", "score", "will", "did",
            "true", "of", "the");

    private final String name;
    private final List<String> words;
    private final boolean idLike;
    private final boolean timeLike;
    private final Marker marker;
    private final String subject;

    private NameHints(String name) {
        this.name = name;
        this.words = words(name);
        this.idLike = words.stream().anyMatch(ID_WORDS::contains);
        this.timeLike = words.stream().anyMatch(TIME_WORDS::contains);
        this.marker = findMarker();
        this.subject = String.join("_", subjectWords().stream().map(NameHints::stem).toList());
    }

    public static NameHints of(String name) {
        return new NameHints(name);
    }

    /** Lower-case words of a name: {@code predictionTimestamp}, {@code prediction_timestamp} → prediction, timestamp. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = 0;
        for (char c : name.toCharArray()) {
            boolean boundary = Character.isUpperCase(c) && Character.isLowerCase(previous);
            if (!Character.isLetterOrDigit(c) || boundary) {
                flush(word, out);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            }
            previous = c;
        }
        flush(word, out);
        return List.copyOf(out);
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    public List<String> words() {
        return words;
    }

    public boolean idLike() {
        return idLike;
    }

    public boolean timeLike() {
        return timeLike;
    }

    /** Whether one of the name's words is this one. */
    public boolean has(String word) {
        return words.contains(word);
    }

    /** What the name marks the column as; ids and times are never predictions or actuals, whatever they say. */
    public Marker marker() {
        return marker;
    }

    private Marker findMarker() {
        if (idLike || timeLike || words.isEmpty()) {
            return Marker.NONE;
        }
        String first = words.get(0);
        if (first.equals("did") || (first.equals("true") && words.size() > 1) || has("y") && has("true")
                || words.stream().anyMatch(STRONG_ACTUAL_WORDS::contains)) {
            return Marker.ACTUAL;
        }
        if (first.equals("will") && words.size() > 1 || words.stream().anyMatch(PREDICTION_WORDS::contains)
                || scoreOfModel()) {
            return Marker.PREDICTION;
        }
        // "label" and "target" mark an actual only at the end: churn_label, but not target_audience
        return WEAK_ACTUAL_WORDS.contains(words.get(words.size() - 1)) ? Marker.ACTUAL : Marker.NONE;
    }

    /** {@code score} alone or a model's score; {@code credit_score} is an input, not an output. */
    private boolean scoreOfModel() {
        return has("score") && (words.size() == 1 || has("model"));
    }

    /** The word that marked it, for a reason: "will_…", "proba", "label". */
    public String markerWord() {
        String first = words.isEmpty() ? "" : words.get(0);
        if (first.equals("did") || first.equals("will")) {
            return first + "_…";
        }
        for (String w : words) {
            if (PREDICTION_WORDS.contains(w) || STRONG_ACTUAL_WORDS.contains(w) || WEAK_ACTUAL_WORDS.contains(w)
                    || w.equals("score") || w.equals("true")) {
                return w;
            }
        }
        return name;
    }

    /**
     * The subject: the words that are neither role markers nor filler, lightly stemmed so {@code churned} and
     * {@code churn} agree: {@code did_buy_insurance} → {@code buy_insurance}; {@code proba} → empty.
     */
    public String subject() {
        return subject;
    }

    /** The subject's words as written, for messages: {@code did_buy_insurance} → {@code buy_insurance}. */
    public String subjectAsWritten() {
        return String.join("_", subjectWords());
    }

    private List<String> subjectWords() {
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (!(PREDICTION_WORDS.contains(w) || STRONG_ACTUAL_WORDS.contains(w) || WEAK_ACTUAL_WORDS.contains(w)
                    || NEUTRAL_WORDS.contains(w))) {
                kept.add(w);
            }
        }
        return kept;
    }

    private static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && (w.endsWith("e") || (w.endsWith("s") && !w.endsWith("ss")))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Columns Aporia reads as SHAP values of a feature ({@code amount_shap}), not as fields. */
    public boolean shap() {
        return name.toLowerCase(Locale.ROOT).endsWith("_shap");
    }

    @Override
    public String toString() {
        return name;
    }
}
