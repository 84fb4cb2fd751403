package dev.athenawizard.core.sandbox.udf;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Trino's string and URL functions whose DuckDB counterparts differ or are missing. */
public final class TrinoStrings {
    private TrinoStrings() {
    }

    /** {@code split(s, delimiter, limit)}: at most {@code limit} parts, the last holding the rest. */
    public static String splitLimit(String text, String delimiter, long limit) {
        if (limit <= 0) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", "Limit must be positive");
        }
        if (delimiter.isEmpty()) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", "The delimiter may not be the empty string");
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (parts.size() < limit - 1) {
            int at = text.indexOf(delimiter, from);
            if (at < 0) {
                break;
            }
            parts.add(text.substring(from, at));
            from = at + delimiter.length();
        }
        parts.add(text.substring(from));
        return TrinoRegex.json(parts);
    }

    /** {@code strpos(s, sub, instance)}: the 1-based position of the n-th occurrence, counted from the end if negative. */
    public static long strpos(String text, String sub, long instance) {
        if (instance == 0) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", "'instance' must be a positive or negative number.");
        }
        int at = instance > 0 ? -1 : text.length() + 1;
        for (long n = 0; n < Math.abs(instance); n++) {
            at = instance > 0 ? text.indexOf(sub, at + 1) : text.lastIndexOf(sub, at - 1);
            if (at < 0) {
                return 0;
            }
        }
        return text.codePointCount(0, at) + 1;
    }

    public static String urlPart(String url, String part) {
        URI uri = uri(url);
        if (uri == null) {
            return null;
        }
        return switch (part) {
            case "host" -> uri.getHost();
            case "path" -> uri.getRawPath();
            case "protocol" -> uri.getScheme();
            case "query" -> uri.getRawQuery();
            default -> uri.getRawFragment();
        };
    }

    public static Long urlPort(String url) {
        URI uri = uri(url);
        return uri == null || uri.getPort() < 0 ? null : (long) uri.getPort();
    }

    public static String urlParameter(String url, String name) {
        URI uri = uri(url);
        if (uri == null || uri.getRawQuery() == null) {
            return null;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    public static String urlEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public static String urlDecode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", e.getMessage());
        }
    }

    private static URI uri(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
