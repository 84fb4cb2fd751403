package dev.athenawizard.core.sandbox.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A DuckDB type, parsed from the type name DuckDB reports ({@code DOUBLE[]}, {@code DECIMAL(10,2)},
 * {@code STRUCT(a INTEGER, "b c" VARCHAR)}, {@code MAP(VARCHAR, INTEGER[])}, …) into a tree.
 *
 * @param name       upper-case base name: {@code LIST}, {@code MAP}, {@code STRUCT}, {@code DECIMAL}, {@code VARCHAR}, …
 * @param children   element type of a LIST, key and value of a MAP, field types of a STRUCT
 * @param fieldNames field names of a STRUCT
 */
public record DuckType(String name, List<DuckType> children, List<String> fieldNames, int precision, int scale) {

    public DuckType {
        children = List.copyOf(children);
        fieldNames = List.copyOf(fieldNames);
    }

    public static DuckType parse(String typeName) {
        Parser parser = new Parser(typeName);
        DuckType type = parser.type();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw new IllegalArgumentException("Unexpected text in type '" + typeName + "' at " + parser.pos);
        }
        return type;
    }

    public boolean is(String baseName) {
        return name.equals(baseName);
    }

    public DuckType element() {
        return children.get(0);
    }

    public boolean isTimestamp() {
        return name.startsWith("TIMESTAMP") && !isTimestampWithTimeZone();
    }

    public boolean isTimestampWithTimeZone() {
        return name.equals("TIMESTAMP WITH TIME ZONE") || name.equals("TIMESTAMPTZ");
    }

    private static DuckType scalar(String name) {
        return new DuckType(name, List.of(), List.of(), 0, 0);
    }

    /** Recursive descent over DuckDB's type syntax. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        DuckType type() {
            DuckType base = base();
            skipSpaces();
            while (peek('[')) {
                pos++;
                while (!atEnd() && text.charAt(pos) != ']') {
                    pos++; // fixed-size ARRAY(n) is a list for our purposes
                }
                expect(']');
                base = new DuckType("LIST", List.of(base), List.of(), 0, 0);
                skipSpaces();
            }
            return base;
        }

        private DuckType base() {
            skipSpaces();
            String word = words();
            switch (word) {
                case "STRUCT", "UNION" -> {
                    expect('(');
                    List<String> names = new ArrayList<>();
                    List<DuckType> types = new ArrayList<>();
                    do {
                        skipSpaces();
                        names.add(identifier());
                        types.add(type());
                        skipSpaces();
                    } while (consume(','));
                    expect(')');
                    return new DuckType(word, types, names, 0, 0);
                }
                case "MAP" -> {
                    expect('(');
                    DuckType key = type();
                    expect(',');
                    DuckType value = type();
                    expect(')');
                    return new DuckType("MAP", List.of(key, value), List.of(), 0, 0);
                }
                case "DECIMAL", "NUMERIC" -> {
                    skipSpaces();
                    if (!consume('(')) {
                        return new DuckType("DECIMAL", List.of(), List.of(), 18, 3);
                    }
                    int precision = number();
                    expect(',');
                    int scale = number();
                    expect(')');
                    return new DuckType("DECIMAL", List.of(), List.of(), precision, scale);
                }
                default -> {
                    skipSpaces();
                    if (peek('(')) { // e.g. VARCHAR(10) or an ENUM('a', 'b'): the argument does not matter here
                        int depth = 0;
                        do {
                            char c = text.charAt(pos++);
                            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                        } while (depth > 0 && !atEnd());
                    }
                    return scalar(word);
                }
            }
        }

        /** One or more words, so {@code TIMESTAMP WITH TIME ZONE} reads as one name. */
        private String words() {
            StringBuilder sb = new StringBuilder();
            while (true) {
                skipSpaces();
                int start = pos;
                while (!atEnd() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                    pos++;
                }
                if (start == pos) {
                    break;
                }
                String word = text.substring(start, pos).toUpperCase(Locale.ROOT);
                if (sb.length() > 0 && !(word.equals("WITH") || word.equals("TIME") || word.equals("ZONE"))) {
                    pos = start;
                    break;
                }
                sb.append(sb.length() > 0 ? " " : "").append(word);
            }
            if (sb.length() == 0) {
                throw new IllegalArgumentException("Expected a type name in '" + text + "' at " + pos);
            }
            return sb.toString();
        }

        private String identifier() {
            if (consume('"')) {
                StringBuilder sb = new StringBuilder();
                while (!atEnd()) {
                    char c = text.charAt(pos++);
                    if (c == '"') {
                        if (peek('"')) {
                            pos++;
                            sb.append('"');
                            continue;
                        }
                        return sb.toString();
                    }
                    sb.append(c);
                }
                throw new IllegalArgumentException("Unterminated field name in '" + text + "'");
            }
            int start = pos;
            while (!atEnd() && !Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            return text.substring(start, pos);
        }

        private int number() {
            skipSpaces();
            int start = pos;
            while (!atEnd() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            return Integer.parseInt(text.substring(start, pos));
        }

        void skipSpaces() {
            while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        private boolean peek(char c) {
            return !atEnd() && text.charAt(pos) == c;
        }

        private boolean consume(char c) {
            skipSpaces();
            if (peek(c)) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!consume(c)) {
                throw new IllegalArgumentException("Expected '" + c + "' in type '" + text + "' at " + pos);
            }
        }
    }
}
