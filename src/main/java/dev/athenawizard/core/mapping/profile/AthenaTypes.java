package dev.athenawizard.core.mapping.profile;

import java.util.Locale;

/**
 * The kind of value an Athena result type ({@code varchar}, {@code array}, {@code timestamp with time zone}) or a
 * Glue/Hive column type ({@code string}, {@code array<double>}, {@code decimal(10,2)}) holds.
 */
public final class AthenaTypes {
    private AthenaTypes() {
    }

    /** The kind of a type name; parameters and element types ({@code (10,2)}, {@code <double>}) are ignored. */
    public static ValueKind kindOf(String typeName) {
        if (typeName == null || typeName.isBlank()) {
            return ValueKind.UNKNOWN;
        }
        String base = baseName(typeName);
        return switch (base) {
            case "boolean" -> ValueKind.BOOLEAN;
            case "tinyint", "smallint", "integer", "int", "bigint", "float", "real", "double", "decimal" ->
                    ValueKind.NUMBER;
            case "varchar", "char", "string", "json", "uuid", "ipaddress" -> ValueKind.TEXT;
            case "date", "timestamp", "timestamp with time zone" -> ValueKind.DATETIME;
            case "array" -> ValueKind.ARRAY;
            case "map" -> ValueKind.MAP;
            case "row", "struct" -> ValueKind.ROW;
            case "varbinary", "binary" -> ValueKind.BINARY;
            case "unknown" -> ValueKind.UNKNOWN;
            default -> ValueKind.OTHER;
        };
    }

    /** Whether the type holds only whole numbers. */
    public static boolean isIntegral(String typeName) {
        return switch (baseName(typeName)) {
            case "tinyint", "smallint", "integer", "int", "bigint" -> true;
            default -> false;
        };
    }

    /** {@code decimal(10,2)} → {@code decimal}; {@code array<double>} → {@code array}; lower case. */
    public static String baseName(String typeName) {
        if (typeName == null) {
            return "";
        }
        String t = typeName.strip().toLowerCase(Locale.ROOT);
        int cut = t.length();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '<' || c == '(') {
                cut = i;
                break;
            }
        }
        return t.substring(0, cut).strip();
    }

    /**
     * The innermost element kind of a declared array type ({@code array<array<double>>} → numbers), or of a map's
     * values ({@code map<string,double>} → numbers); {@link ValueKind#UNKNOWN} for other types or when not declared.
     */
    public static ValueKind declaredLeafKind(String declaredType) {
        if (declaredType == null) {
            return ValueKind.UNKNOWN;
        }
        String t = declaredType.strip().toLowerCase(Locale.ROOT);
        while (t.startsWith("array<") && t.endsWith(">")) {
            t = t.substring("array<".length(), t.length() - 1).strip();
        }
        if (t.startsWith("map<") && t.endsWith(">")) {
            String inner = t.substring("map<".length(), t.length() - 1);
            int comma = topLevelComma(inner);
            return comma < 0 ? ValueKind.UNKNOWN : kindOf(inner.substring(comma + 1).strip());
        }
        return t.equals(declaredType.strip().toLowerCase(Locale.ROOT)) ? ValueKind.UNKNOWN : kindOf(t);
    }

    private static int topLevelComma(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '(') {
                depth++;
            } else if (c == '>' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
