package dev.athenawizard.core.sql.highlight;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Lays a query out one clause per line, select items and conditions each on their own line, subqueries indented —
 * working on tokens, so every comment stays where it was (Trino's own {@code SqlFormatter} prints its syntax tree,
 * which has no comments) and text it cannot parse is still laid out. Only whitespace and the case of keywords change:
 * strings, quoted names and comments are kept character for character.
 */
public final class SqlFormatter {
    private static final String INDENT = "  ";
    private static final Set<String> CLAUSES = Set.of("FROM", "WHERE", "HAVING", "WINDOW", "LIMIT", "OFFSET",
            "FETCH", "VALUES", "GROUP", "ORDER");
    private static final Set<String> SET_OPERATIONS = Set.of("UNION", "INTERSECT", "EXCEPT");
    private static final Set<String> JOIN_STARTS = Set.of("JOIN", "LEFT", "RIGHT", "FULL", "INNER", "CROSS",
            "NATURAL");
    private static final Set<String> JOIN_WORDS = Set.of("LEFT", "RIGHT", "FULL", "INNER", "CROSS", "NATURAL",
            "OUTER");

    private SqlFormatter() {
    }

    public static String format(String sql) {
        return new Layout(SqlHighlighter.highlight(sql)).run();
    }

    private enum FrameKind { BLOCK, PAREN, CASE }

    /** An open block (statement or subquery), parenthesis or CASE, with the indent its lines take. */
    private static final class Frame {
        final FrameKind kind;
        final int indent;
        String clause = "";
        boolean betweenPending;

        Frame(FrameKind kind, int indent) {
            this.kind = kind;
            this.indent = indent;
        }
    }

    private static final class Layout {
        private final Highlighting highlighting;
        private final SqlTokens tokens;
        private final StringBuilder out = new StringBuilder();
        private final Deque<Frame> frames = new ArrayDeque<>();
        private int lineIndent;
        private boolean newlinePending;
        private boolean blankLinePending;
        private boolean selectListPending;
        private boolean unaryPending;
        private int previous = -1;

        Layout(Highlighting highlighting) {
            this.highlighting = highlighting;
            this.tokens = highlighting.tokens();
            frames.push(new Frame(FrameKind.BLOCK, 0));
        }

        String run() {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.kind(i) == SqlTokenKind.WHITESPACE) {
                    continue;
                }
                if (tokens.kind(i) == SqlTokenKind.COMMENT) {
                    comment(i);
                } else {
                    token(i);
                }
            }
            trimTrailingSpaces();
            String text = tokens.text();
            if (!text.isEmpty() && text.charAt(text.length() - 1) == '\n' && out.length() > 0) {
                out.append('\n');
            }
            return out.toString();
        }

        private void comment(int i) {
            boolean ownLine = startsLine(i);
            if (blankLinePending && ownLine) {
                flushStatementBreak();
            }
            if (out.length() > 0 && (ownLine || newlinePending)) {
                newline(lineIndent);
            } else if (out.length() > 0) {
                if (atLineStart()) { // the layout just broke the line; a trailing comment stays on the line it ends
                    trimTrailingSpaces();
                    out.setLength(out.length() - 1);
                }
                out.append(' ');
            }
            newlinePending = false;
            out.append(tokens.tokenText(i));
            boolean lineComment = tokens.text().startsWith("--", tokens.start(i));
            if (lineComment || endsLine(i)) {
                newlinePending = true;
            }
        }

        private void token(int i) {
            flushStatementBreak();
            Frame frame = frames.peek();
            String word = word(i);
            boolean atBlock = frame.kind == FrameKind.BLOCK;
            if (tokens.isSymbol(i, ";")) {
                if (newlinePending) {
                    newline(lineIndent);
                }
                out.append(';');
                frames.clear();
                frames.push(new Frame(FrameKind.BLOCK, 0));
                blankLinePending = true;
                newlinePending = false;
                selectListPending = false;
                previous = i;
                return;
            }
            if (tokens.isSymbol(i, ")")) {
                closeParenthesis();
                previous = i;
                return;
            }
            if (word != null && frame.kind == FrameKind.CASE && (word.equals("WHEN") || word.equals("ELSE"))) {
                newline(frame.indent);
            } else if (word != null && frame.kind == FrameKind.CASE && word.equals("END")) {
                frames.pop();
                newline(frame.indent - 1);
            } else if (word != null && atBlock) {
                blockKeyword(i, word, frame);
            } else if (selectListPending) {
                selectListPending = false;
                newline(frame.indent + 1);
            }
            if (newlinePending) {
                newline(lineIndent);
            }
            if (!atLineStart() && needsSpace(i)) {
                out.append(' ');
            }
            out.append(word != null ? word : tokens.tokenText(i));
            afterToken(i, word, frame);
            previous = i;
        }

        /** Clause keywords of a statement or subquery start lines; so do AND and OR between its conditions. */
        private void blockKeyword(int i, String word, Frame frame) {
            boolean distinctOrAll = word.equals("DISTINCT") || word.equals("ALL");
            if (selectListPending && !distinctOrAll) {
                selectListPending = false;
                newline(frame.indent + 1);
                return;
            }
            if (word.equals("SELECT") || word.equals("WITH") || CLAUSES.contains(word)
                    || SET_OPERATIONS.contains(word) || isJoinStart(word)) {
                if (word.equals("BY")) {
                    return;
                }
                if (out.length() > 0) {
                    newline(frame.indent);
                }
                frame.clause = word.equals("GROUP") || word.equals("ORDER") ? word + " BY" : word;
                if (isJoinStart(word)) {
                    frame.clause = "JOIN";
                }
                if (word.equals("SELECT")) {
                    selectListPending = hasSeveralItems(i);
                }
                return;
            }
            if (word.equals("ON")) {
                frame.clause = "ON";
            }
            if (word.equals("BETWEEN")) {
                frame.betweenPending = true;
            }
            boolean conditions = frame.clause.equals("WHERE") || frame.clause.equals("HAVING")
                    || frame.clause.equals("ON");
            if ((word.equals("AND") || word.equals("OR")) && conditions) {
                if (word.equals("AND") && frame.betweenPending) {
                    frame.betweenPending = false;
                } else {
                    newline(frame.indent + 1);
                }
            }
        }

        private boolean isJoinStart(String word) {
            if (!JOIN_STARTS.contains(word)) {
                return false;
            }
            String before = previous < 0 ? null : word(previous);
            return before == null || !JOIN_WORDS.contains(before);
        }

        private void afterToken(int i, String word, Frame frame) {
            unaryPending = (tokens.isSymbol(i, "-") || tokens.isSymbol(i, "+")) && isUnaryPosition(i);
            if (tokens.isSymbol(i, "(")) {
                int next = tokens.nextSignificant(i);
                boolean subquery = next >= 0 && (tokens.isWord(next, "SELECT") || tokens.isWord(next, "WITH"));
                frames.push(subquery ? new Frame(FrameKind.BLOCK, lineIndent + 1) : new Frame(FrameKind.PAREN,
                        lineIndent));
            } else if ("CASE".equals(word)) {
                frames.push(new Frame(FrameKind.CASE, lineIndent + 1));
            } else if (tokens.isSymbol(i, ",") && frame.kind == FrameKind.BLOCK) {
                if (frame.clause.equals("SELECT") && selectHasSeveralItemsOnLines()) {
                    newline(frame.indent + 1);
                } else if (frame.clause.equals("WITH")) {
                    newline(frame.indent);
                }
            }
        }

        /** After SELECT's first item went on its own line, the others follow it. */
        private boolean selectHasSeveralItemsOnLines() {
            return lineIndent == frames.peek().indent + 1;
        }

        private void closeParenthesis() {
            Frame frame = frames.size() > 1 ? frames.pop() : frames.peek();
            while (frame.kind == FrameKind.CASE && frames.size() > 1) { // an unclosed CASE ends with its parenthesis
                frame = frames.pop();
            }
            if (frame.kind == FrameKind.BLOCK && frame.indent > 0) {
                newline(frame.indent - 1);
            } else if (newlinePending) {
                newline(lineIndent);
            }
            selectListPending = false;
            out.append(')');
        }

        private void flushStatementBreak() {
            if (blankLinePending) {
                blankLinePending = false;
                newlinePending = false;
                trimTrailingSpaces();
                out.append("\n\n");
                lineIndent = 0;
            }
        }

        /** Whether SELECT's list, up to its FROM (or the end of its block), has more than one item. */
        private boolean hasSeveralItems(int select) {
            int depth = 0;
            for (int i = tokens.nextSignificant(select); i >= 0; i = tokens.nextSignificant(i)) {
                if (tokens.isSymbol(i, "(") || tokens.isSymbol(i, "[")) {
                    depth++;
                } else if (tokens.isSymbol(i, ")") || tokens.isSymbol(i, "]")) {
                    if (--depth < 0) {
                        return false;
                    }
                } else if (depth == 0 && (tokens.isSymbol(i, ";") || isClauseEnd(i))) {
                    return false;
                } else if (depth == 0 && tokens.isSymbol(i, ",")) {
                    return true;
                }
            }
            return false;
        }

        private boolean isClauseEnd(int i) {
            String w = word(i);
            return w != null && (CLAUSES.contains(w) || SET_OPERATIONS.contains(w));
        }

        private boolean needsSpace(int i) {
            if (previous < 0 || unaryPending) {
                return false;
            }
            if (tokens.isSymbol(i, ",") || tokens.isSymbol(i, ")") || tokens.isSymbol(i, "]")
                    || tokens.isSymbol(i, ".") || tokens.isSymbol(i, ";")) {
                return false;
            }
            if (tokens.isSymbol(previous, "(") || tokens.isSymbol(previous, "[") || tokens.isSymbol(previous, ".")) {
                return false;
            }
            HighlightStyle before = highlighting.style(previous);
            if (tokens.isSymbol(i, "(")) {
                return before != HighlightStyle.FUNCTION && before != HighlightStyle.IDENTIFIER
                        && before != HighlightStyle.QUOTED_IDENTIFIER;
            }
            if (tokens.isSymbol(i, "[")) {
                return !(before == HighlightStyle.IDENTIFIER || before == HighlightStyle.QUOTED_IDENTIFIER
                        || tokens.isSymbol(previous, ")") || tokens.isSymbol(previous, "]")
                        || tokens.isWord(previous, "ARRAY"));
            }
            return true;
        }

        /** A sign right after an operator, a parenthesis, a comma or a keyword is a sign, not a subtraction. */
        private boolean isUnaryPosition(int sign) {
            int before = tokens.previousSignificant(sign);
            if (before < 0) {
                return true;
            }
            if (tokens.kind(before) == SqlTokenKind.SYMBOL) {
                return !tokens.isSymbol(before, ")") && !tokens.isSymbol(before, "]");
            }
            return highlighting.style(before) == HighlightStyle.KEYWORD;
        }

        /** The upper-case keyword at {@code i}, or null when it is not a keyword there. */
        private String word(int i) {
            if (highlighting.style(i) != HighlightStyle.KEYWORD) {
                return null;
            }
            return tokens.tokenText(i).toUpperCase(Locale.ROOT);
        }

        private boolean startsLine(int i) {
            if (i == 0) {
                return true;
            }
            return tokens.kind(i - 1) == SqlTokenKind.WHITESPACE && tokens.tokenText(i - 1).indexOf('\n') >= 0
                    || (i == 1 && tokens.kind(0) == SqlTokenKind.WHITESPACE);
        }

        private boolean endsLine(int i) {
            return i + 1 >= tokens.size()
                    || tokens.kind(i + 1) == SqlTokenKind.WHITESPACE && tokens.tokenText(i + 1).indexOf('\n') >= 0;
        }

        private void newline(int indent) {
            newlinePending = false;
            lineIndent = Math.max(0, indent);
            trimTrailingSpaces();
            if (out.length() == 0) {
                return;
            }
            if (out.charAt(out.length() - 1) != '\n') { // breaking an already broken line only sets its indent
                out.append('\n');
            }
            out.append(INDENT.repeat(lineIndent));
        }

        private boolean atLineStart() {
            int i = out.length() - 1;
            while (i >= 0 && out.charAt(i) == ' ') {
                i--;
            }
            return i < 0 || out.charAt(i) == '\n';
        }

        private void trimTrailingSpaces() {
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ') {
                end--;
            }
            out.setLength(end);
        }
    }
}
