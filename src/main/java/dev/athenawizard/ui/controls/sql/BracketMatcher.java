package dev.athenawizard.ui.controls.sql;

import dev.athenawizard.core.sql.highlight.Highlighting;
import dev.athenawizard.core.sql.highlight.SqlTokens;
import dev.athenawizard.core.sql.highlight.TextRange;
import java.util.List;
import java.util.Optional;
import org.fxmisc.richtext.CodeArea;

/**
 * Marks the bracket next to the caret and its partner ({@code ( )} and {@code [ ]}, skipping those in strings and
 * comments), or marks it alone as unmatched.
 */
final class BracketMatcher {
    static final String MATCH = "sql-bracket-match";
    static final String UNMATCHED = "sql-bracket-unmatched";

    private final CodeArea area;
    private final StyleOverlays overlays;
    private final HighlightPipeline highlighting;

    BracketMatcher(CodeArea area, StyleOverlays overlays, HighlightPipeline highlighting) {
        this.area = area;
        this.overlays = overlays;
        this.highlighting = highlighting;
        overlays.define(MATCH, StyleOverlays.OnEdit.CLEAR);
        overlays.define(UNMATCHED, StyleOverlays.OnEdit.CLEAR);
        area.caretPositionProperty().addListener((o, was, now) -> update());
        highlighting.onApplied(h -> update());
    }

    private void update() {
        Optional<Highlighting> h = highlighting.current();
        List<StyleOverlays.Mark> match = List.of();
        List<StyleOverlays.Mark> unmatched = List.of();
        if (h.isPresent()) {
            SqlTokens tokens = h.get().tokens();
            int caret = area.getCaretPosition();
            int bracket = bracketAt(tokens, caret - 1);
            if (bracket < 0) {
                bracket = bracketAt(tokens, caret);
            }
            if (bracket >= 0) {
                int partner = partner(tokens, bracket);
                if (partner >= 0) {
                    match = List.of(mark(tokens, bracket), mark(tokens, partner));
                } else {
                    unmatched = List.of(mark(tokens, bracket));
                }
            }
        }
        if (!match.equals(overlays.marks(MATCH))) {
            overlays.set(MATCH, match);
        }
        if (!unmatched.equals(overlays.marks(UNMATCHED))) {
            overlays.set(UNMATCHED, unmatched);
        }
    }

    private static StyleOverlays.Mark mark(SqlTokens tokens, int token) {
        return new StyleOverlays.Mark(new TextRange(tokens.start(token), tokens.end(token)), null);
    }

    private static int bracketAt(SqlTokens tokens, int offset) {
        if (offset < 0 || offset >= tokens.text().length()) {
            return -1;
        }
        int t = tokens.tokenAt(offset);
        return t >= 0 && (open(tokens, t) != 0 || close(tokens, t) != 0) ? t : -1;
    }

    private static int partner(SqlTokens tokens, int token) {
        char opening = open(tokens, token);
        int step = opening != 0 ? 1 : -1;
        char kind = opening != 0 ? opening : close(tokens, token);
        int depth = 0;
        for (int i = token; i >= 0 && i < tokens.size(); i += step) {
            if (open(tokens, i) == kind) {
                depth += step;
            } else if (close(tokens, i) == kind) {
                depth -= step;
            }
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code '('} or {@code '['} for an opening bracket token, else 0. */
    private static char open(SqlTokens tokens, int t) {
        return tokens.isSymbol(t, "(") ? '(' : tokens.isSymbol(t, "[") ? '[' : 0;
    }

    /** The opening bracket a closing bracket token closes, else 0. */
    private static char close(SqlTokens tokens, int t) {
        return tokens.isSymbol(t, ")") ? '(' : tokens.isSymbol(t, "]") ? '[' : 0;
    }
}
