package dev.athenawizard.core.sql.highlight;

/** What a run of SQL text is, lexically. Every character of a text belongs to exactly one token. */
public enum SqlTokenKind {
    /** One of Trino's keywords (reserved or not), e.g. {@code SELECT}, {@code date}. */
    KEYWORD,
    /** A plain name: {@code model_predictions}, {@code amount}, {@code 1abc}. */
    IDENTIFIER,
    /** {@code "Quoted Name"} or {@code `backquoted`}; may be unterminated while the user types. */
    QUOTED_IDENTIFIER,
    /** {@code 'text'}, {@code U&'…'} or {@code X'…'}; may be unterminated while the user types. */
    STRING,
    NUMBER,
    /** {@code -- to the end of the line} (the line break is not part of it) or {@code /* … *}{@code /}. */
    COMMENT,
    /** Operators and punctuation: {@code ( ) [ ] , . ; = <> <= || -> =>} and the like. */
    SYMBOL,
    /** A {@code ?} parameter placeholder. */
    PARAMETER,
    WHITESPACE,
    /** A character Trino's lexer would reject, e.g. {@code #}. */
    UNKNOWN;

    /** Whitespace and comments: what parsers skip. */
    public boolean isTrivia() {
        return this == WHITESPACE || this == COMMENT;
    }
}
