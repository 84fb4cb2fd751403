package dev.athenawizard.core.sql.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import io.trino.grammar.sql.SqlBaseLexer;
import io.trino.sql.ReservedIdentifiers;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    @Test
    void agrees_with_trinos_own_lexer_on_every_query_of_the_corpus() {
        for (String sql : AthenaQueries.CORPUS) {
            assertThat(ours(sql)).as(sql).isEqualTo(trinos(sql));
        }
    }

    @Test
    void tokens_cover_the_text_without_gaps() {
        for (String sql : AthenaQueries.CORPUS) {
            SqlTokens tokens = SqlLexer.tokenize(sql);
            int at = 0;
            for (int i = 0; i < tokens.size(); i++) {
                assertThat(tokens.start(i)).isEqualTo(at);
                assertThat(tokens.end(i)).isGreaterThan(at);
                at = tokens.end(i);
            }
            assertThat(at).isEqualTo(sql.length());
        }
    }

    @Test
    void text_being_typed_stays_one_token_where_trinos_lexer_would_break_it_up() {
        SqlTokens string = SqlLexer.tokenize("SELECT 'unfinished FROM t");
        assertThat(string.kind(2)).isEqualTo(SqlTokenKind.STRING);
        assertThat(string.tokenText(2)).isEqualTo("'unfinished FROM t");

        SqlTokens comment = SqlLexer.tokenize("SELECT 1 /* still typing\nFROM t");
        assertThat(comment.kind(comment.size() - 1)).isEqualTo(SqlTokenKind.COMMENT);
        assertThat(comment.tokenText(comment.size() - 1)).isEqualTo("/* still typing\nFROM t");

        SqlTokens quoted = SqlLexer.tokenize("SELECT \"half");
        assertThat(quoted.kind(2)).isEqualTo(SqlTokenKind.QUOTED_IDENTIFIER);
    }

    @Test
    void a_line_comment_ends_before_the_line_break() {
        SqlTokens tokens = SqlLexer.tokenize("a -- note\nb");
        assertThat(tokens.tokenText(2)).isEqualTo("-- note");
        assertThat(tokens.kind(3)).isEqualTo(SqlTokenKind.WHITESPACE);
    }

    @Test
    void keywords_are_trinos_and_case_does_not_matter() {
        assertThat(SqlKeywords.all()).contains("SELECT", "UNNEST", "TABLESAMPLE", "DATE").hasSizeGreaterThan(250);
        assertThat(SqlKeywords.isKeyword("select")).isTrue();
        assertThat(SqlKeywords.isKeyword("SeLeCt")).isTrue();
        assertThat(SqlKeywords.isKeyword("owner")).isFalse();
        assertThat(SqlLexer.tokenize("owner").kind(0)).isEqualTo(SqlTokenKind.IDENTIFIER);
    }

    @Test
    void the_reserved_words_kept_here_are_exactly_trinos() {
        assertThat(SqlKeywords.RESERVED).isEqualTo(ReservedIdentifiers.reservedIdentifiers());
    }

    @Test
    void unknown_characters_are_their_own_tokens() {
        SqlTokens tokens = SqlLexer.tokenize("a # b");
        assertThat(tokens.kind(2)).isEqualTo(SqlTokenKind.UNKNOWN);
        assertThat(tokens.tokenText(2)).isEqualTo("#");
    }

    private static List<String> ours(String sql) {
        SqlTokens tokens = SqlLexer.tokenize(sql);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) != SqlTokenKind.WHITESPACE) {
                out.add(tokens.kind(i) + " " + tokens.tokenText(i));
            }
        }
        return out;
    }

    private static List<String> trinos(String sql) {
        SqlBaseLexer lexer = new SqlBaseLexer(CharStreams.fromString(sql));
        List<String> out = new ArrayList<>();
        for (Token token : lexer.getAllTokens()) {
            String name = SqlBaseLexer.VOCABULARY.getSymbolicName(token.getType());
            String literal = SqlBaseLexer.VOCABULARY.getLiteralName(token.getType());
            String text = token.getText();
            SqlTokenKind kind;
            if ("QUESTION_MARK".equals(name)) {
                kind = SqlTokenKind.PARAMETER;
            } else if (name == null || literal != null && !literal.matches("'[A-Z_]+'")) {
                kind = SqlTokenKind.SYMBOL;
            } else if (literal != null) {
                kind = SqlTokenKind.KEYWORD;
            } else {
                kind = switch (name) {
                    case "WS" -> null;
                    case "IDENTIFIER", "DIGIT_IDENTIFIER" -> SqlTokenKind.IDENTIFIER;
                    case "QUOTED_IDENTIFIER", "BACKQUOTED_IDENTIFIER" -> SqlTokenKind.QUOTED_IDENTIFIER;
                    case "STRING", "UNICODE_STRING", "BINARY_LITERAL" -> SqlTokenKind.STRING;
                    case "INTEGER_VALUE", "DECIMAL_VALUE", "DOUBLE_VALUE" -> SqlTokenKind.NUMBER;
                    case "SIMPLE_COMMENT", "BRACKETED_COMMENT" -> SqlTokenKind.COMMENT;
                    case "QUESTION_MARK" -> SqlTokenKind.PARAMETER;
                    case "UNRECOGNIZED" -> SqlTokenKind.UNKNOWN;
                    default -> SqlTokenKind.SYMBOL;
                };
            }
            if (kind != null) {
                out.add(kind + " " + (kind == SqlTokenKind.COMMENT ? text.stripTrailing() : text));
            }
        }
        return out;
    }
}
