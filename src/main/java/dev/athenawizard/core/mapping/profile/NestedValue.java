package dev.athenawizard.core.mapping.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one array ({@code [1, 2]}, {@code [[1, 2], [3, 4]]}) or map/row ({@code {a=1, b=2}}) value in Athena's text
 * notation, without building the elements: only how many there are, the kind they share and, for arrays of arrays,
 * whether they form a regular shape (a tensor's dimensions).
 */
public final class NestedValue {
    /**
     * An array value.
     *
     * @param length   how many elements
     * @param leafKind the kind of the innermost elements (numbers for {@code [[1], [2]]}); UNKNOWN when there are
     *                 none or all are null
     * @param shape    the dimensions when regular ({@code [2, 3]} for two arrays of three); empty when the inner
     *                 arrays differ in length
     * @param nested   whether any element is itself an array
     */
    public record ArrayValue(int length, ValueKind leafKind, List<Integer> shape, boolean nested) {
    }

    /**
     * A map or row value.
     *
     * @param keys      the keys (field names), in order
     * @param valueKind the kind the values share
     */
    public record KeyedValue(List<String> keys, ValueKind valueKind) {
    }

    private final String s;
    /** The text's characters: reading an array of 768 numbers touches every one, and an array is quickest. */
    private final char[] c;
    private int i;

    private NestedValue(String s) {
        this.s = s;
        this.c = s.toCharArray();
    }

    /** The array, or null when the text is not an array Athena would render. */
    public static ArrayValue array(String text) {
        if (text == null || text.length() < 2 || text.charAt(0) != '[') {
            return null;
        }
        NestedValue reader = new NestedValue(text);
        ArrayValue value = reader.readArray();
        return value != null && reader.i == text.length() ? value : null;
    }

    /** The map or row, or null when the text is not one. */
    public static KeyedValue keyed(String text) {
        if (text == null || text.length() < 2 || text.charAt(0) != '{') {
            return null;
        }
        NestedValue reader = new NestedValue(text);
        KeyedValue value = reader.readKeyed();
        return value != null && reader.i == text.length() ? value : null;
    }

    private ArrayValue readArray() {
        i++; // '['
        if (at(']')) {
            i++;
            return new ArrayValue(0, ValueKind.UNKNOWN, List.of(0), false);
        }
        int length = 0;
        int arrays = 0;
        ValueKind leaf = ValueKind.UNKNOWN;
        List<Integer> innerShape = null;
        boolean regular = true;
        while (true) {
            ValueKind kind;
            if (at('[')) {
                ArrayValue inner = readArray();
                if (inner == null) {
                    return null;
                }
                arrays++;
                kind = inner.leafKind();
                regular &= !inner.shape().isEmpty() && (innerShape == null || innerShape.equals(inner.shape()));
                innerShape = inner.shape();
            } else if (at('{')) {
                if (readKeyed() == null) {
                    return null;
                }
                kind = ValueKind.MAP;
            } else {
                kind = scalar(']');
            }
            leaf = ValueKind.common(leaf, kind);
            length++;
            if (elementEnds()) {
                i += 2;
            } else if (at(']')) {
                i++;
                break;
            } else {
                return null;
            }
        }
        List<Integer> shape;
        if (arrays == 0) {
            shape = List.of(length);
        } else if (arrays == length && regular) {
            List<Integer> dims = new ArrayList<>(innerShape.size() + 1);
            dims.add(length);
            dims.addAll(innerShape);
            shape = List.copyOf(dims);
        } else {
            shape = List.of(); // ragged, or arrays mixed with other values
        }
        return new ArrayValue(length, leaf, shape, arrays > 0);
    }

    private KeyedValue readKeyed() {
        i++; // '{'
        if (at('}')) {
            i++;
            return new KeyedValue(List.of(), ValueKind.UNKNOWN);
        }
        List<String> keys = new ArrayList<>();
        ValueKind values = ValueKind.UNKNOWN;
        while (true) {
            int keyStart = i;
            while (i < c.length && c[i] != '=' && c[i] != '}' && !elementEnds()) {
                i++;
            }
            ValueKind kind;
            if (at('=')) {
                keys.add(s.substring(keyStart, i));
                i++;
                kind = valueKind();
                if (kind == null) {
                    return null;
                }
            } else { // an unnamed field: {1, x}
                keys.add(Integer.toString(keys.size()));
                kind = scalarKind(keyStart, i);
            }
            values = ValueKind.common(values, kind);
            if (elementEnds()) {
                i += 2;
            } else if (at('}')) {
                i++;
                return new KeyedValue(keys, values);
            } else {
                return null;
            }
        }
    }

    private ValueKind valueKind() {
        if (at('[')) {
            return readArray() == null ? null : ValueKind.ARRAY;
        }
        if (at('{')) {
            return readKeyed() == null ? null : ValueKind.MAP;
        }
        return scalar('}');
    }

    /**
     * Reads one scalar element up to the next separator or the closing bracket, and tells its kind. Plain decimals,
     * the bulk of a tensor, are recognised on the way; anything else is looked at again as a whole.
     */
    private ValueKind scalar(char close) {
        int start = i;
        boolean plain = true; // [-]digits[.digits] so far
        boolean digits = false;
        boolean dot = false;
        for (; i < c.length; i++) {
            char ch = c[i];
            if (ch == close || (ch == ',' && i + 1 < c.length && c[i + 1] == ' ')) {
                break;
            }
            if (ch >= '0' && ch <= '9') {
                digits = true;
            } else if (ch == '.' && !dot) {
                dot = true;
            } else if (!(ch == '-' && i == start)) {
                plain = false;
            }
        }
        if (plain && digits) {
            return ValueKind.NUMBER;
        }
        return scalarKind(start, i);
    }

    private ValueKind scalarKind(int from, int to) {
        if (AthenaText.regionIsIgnoreCase(s, from, to, "null")) {
            return ValueKind.UNKNOWN;
        }
        if (AthenaText.isNumber(s, from, to)) {
            return ValueKind.NUMBER;
        }
        if (AthenaText.isBoolean(s, from, to)) {
            return ValueKind.BOOLEAN;
        }
        return ValueKind.TEXT;
    }

    private boolean at(char ch) {
        return i < c.length && c[i] == ch;
    }

    /** Athena separates elements with a comma and one space. */
    private boolean elementEnds() {
        return i + 1 < c.length && c[i] == ',' && c[i + 1] == ' ';
    }
}
