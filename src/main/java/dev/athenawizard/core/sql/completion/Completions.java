package dev.athenawizard.core.sql.completion;

import java.util.List;

/**
 * The candidates for one caret position, best first.
 *
 * @param replaceFrom     start of the text a chosen candidate replaces (the word being typed)
 * @param replaceTo       its end
 * @param prefix          what was typed of that word, without quotes; the list is filtered by it
 * @param candidates      best first
 * @param tablesToLoad    tables named in the query whose columns the catalog has not read yet; once the catalog
 *                        cache has read them, completing again offers their columns
 * @param databasesToLoad databases whose tables the catalog has not listed yet, for the same reason
 */
public record Completions(int replaceFrom, int replaceTo, String prefix, List<CompletionCandidate> candidates,
                          List<TableName> tablesToLoad, List<String> databasesToLoad) {
    public Completions {
        candidates = List.copyOf(candidates);
        tablesToLoad = List.copyOf(tablesToLoad);
        databasesToLoad = List.copyOf(databasesToLoad);
    }

    /** Nothing to offer here, e.g. inside a string or a comment. */
    public static Completions none(int caret) {
        return new Completions(caret, caret, "", List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return candidates.isEmpty();
    }

    /** Whether the catalog is still missing something these candidates would include. */
    public boolean waitsForCatalog() {
        return !tablesToLoad.isEmpty() || !databasesToLoad.isEmpty();
    }
}
