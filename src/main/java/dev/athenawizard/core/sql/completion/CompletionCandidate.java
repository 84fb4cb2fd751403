package dev.athenawizard.core.sql.completion;

/**
 * One thing the user may mean at the caret.
 *
 * @param label       what the list shows, e.g. {@code amount}
 * @param kind        column, table, database, function or keyword
 * @param detail      a hint beside it: a column's type and table, a function's arguments, a table's column count
 * @param insertText  what replaces the word at the caret, quoted where SQL needs it, e.g. {@code "Weird Name"} or
 *                    {@code date_trunc(}
 * @param caretBack   how many characters before the end of {@code insertText} the caret lands (1 for {@code now()})
 */
public record CompletionCandidate(String label, CandidateKind kind, String detail, String insertText, int caretBack) {
    public CompletionCandidate {
        if (caretBack < 0 || caretBack > insertText.length()) {
            throw new IllegalArgumentException("caretBack must lie within the inserted text");
        }
    }
}
