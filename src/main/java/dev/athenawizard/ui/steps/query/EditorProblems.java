package dev.athenawizard.ui.steps.query;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.SqlPosition;
import dev.athenawizard.core.sql.SqlAnalysis;
import dev.athenawizard.ui.controls.sql.SqlProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * What to underline in the editor, and the text it was found in: the editor shows them only while its text is still
 * that one, so a late answer never marks the wrong place.
 *
 * @param text     the text the problems belong to
 * @param problems the places to underline, with their messages
 */
record EditorProblems(String text, List<SqlProblem> problems) {
    static final EditorProblems NONE = new EditorProblems("", List.of());

    EditorProblems {
        problems = List.copyOf(problems);
    }

    /** The syntax error or second statement the local check found (a statement it could not check is no error). */
    static EditorProblems of(SqlAnalysis analysis) {
        List<SqlProblem> found = new ArrayList<>();
        analysis.problem().filter(dev.athenawizard.core.sql.SqlProblem::isError).ifPresent(p -> found.add(
                range(analysis.sql(), p.start(), p.end(), p.message())));
        return new EditorProblems(analysis.sql(), found);
    }

    /** These problems, and where Athena's failure points, already moved to the user's own text. */
    EditorProblems with(AthenaFailure failure) {
        if (failure.position().isEmpty()) {
            return this;
        }
        SqlPosition at = failure.position().get();
        List<SqlProblem> all = new ArrayList<>(problems);
        all.add(SqlProblem.at(at.line(), at.column(), failure.getMessage()));
        return new EditorProblems(text, all);
    }

    /** The 1-based line and column (in characters, as the editor counts) of {@code [start, end)} in {@code text}. */
    static SqlProblem range(String text, int start, int end, String message) {
        int[] from = lineColumn(text, start);
        int[] to = lineColumn(text, Math.max(start, end));
        return new SqlProblem(from[0], from[1], to[0], to[1], message);
    }

    private static int[] lineColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, end - lineStart + 1};
    }
}
