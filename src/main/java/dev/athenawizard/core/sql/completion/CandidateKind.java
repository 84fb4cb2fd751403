package dev.athenawizard.core.sql.completion;

/** What a completion candidate names. */
public enum CandidateKind {
    COLUMN, TABLE, DATABASE, FUNCTION, KEYWORD
}
