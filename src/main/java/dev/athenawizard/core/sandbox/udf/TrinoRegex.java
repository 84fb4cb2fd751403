package dev.athenawizard.core.sandbox.udf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Trino's regular expression functions with Java's pattern syntax (Trino's own engine follows it): every match
 * replaced, {@code $1} group references, lookarounds. Compiled patterns are kept, as a query applies one pattern to
 * many rows.
 */
public final class TrinoRegex {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 1000;

    private TrinoRegex() {
    }

    static Pattern pattern(String regex) {
        Pattern cached = PATTERNS.get(regex);
        if (cached != null) {
            return cached;
        }
        try {
            Pattern compiled = Pattern.compile(regex);
            if (PATTERNS.size() < MAX_CACHED) {
                PATTERNS.put(regex, compiled);
            }
            return compiled;
        } catch (PatternSyntaxException e) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", e.getDescription() + " near index " + e.getIndex() + " in '"
                    + regex + "'");
        }
    }

    public static boolean like(String text, String regex) {
        return pattern(regex).matcher(text).find();
    }

    public static String extract(String text, String regex, long group) {
        Matcher m = pattern(regex).matcher(text);
        checkGroup(m, group);
        return m.find() ? m.group((int) group) : null;
    }

    public static String extractAll(String text, String regex, long group) {
        Matcher m = pattern(regex).matcher(text);
        checkGroup(m, group);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group((int) group));
        }
        return json(found);
    }

    public static String replace(String text, String regex, String replacement) {
        try {
            return pattern(regex).matcher(text).replaceAll(replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", "Illegal replacement sequence: " + replacement);
        }
    }

    /** Trino's {@code regexp_split}: trailing empty strings are kept. */
    public static String split(String text, String regex) {
        return json(List.of(pattern(regex).split(text, -1)));
    }

    public static long count(String text, String regex) {
        Matcher m = pattern(regex).matcher(text);
        long count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** 1-based position of the {@code occurrence}-th match at or after {@code start}; -1 when there is none. */
    public static int position(String text, String regex, long start, long occurrence) {
        if (start < 1) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", "start must be greater than or equal to 1");
        }
        if (occurrence < 1) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", "occurrence must be greater than or equal to 1");
        }
        int from = text.offsetByCodePoints(0, (int) Math.min(start - 1, text.codePointCount(0, text.length())));
        Matcher m = pattern(regex).matcher(text);
        long seen = 0;
        int at = from;
        while (at <= text.length() && m.find(at)) {
            if (++seen == occurrence) {
                return text.codePointCount(0, m.start()) + 1;
            }
            at = m.end() > m.start() ? m.end() : m.end() + 1;
        }
        return -1;
    }

    private static void checkGroup(Matcher m, long group) {
        if (group < 0 || group > m.groupCount()) {
            throw Errors.of("INVALID_FUNCTION_ARGUMENT", "Pattern has " + m.groupCount() + " groups. Cannot access group "
                    + group);
        }
    }

    static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
