package dev.athenawizard.core.sql;

/**
 * One token of Athena SQL that the parser sees (comments and white space are not tokens here).
 *
 * @param type  the token type of Trino's lexer ({@code SqlBaseLexer.SELECT}, …)
 * @param text  the token as written
 * @param start offset of its first character in the text
 * @param end   offset just after its last character
 */
record SqlToken(int type, String text, int start, int end) {
}
