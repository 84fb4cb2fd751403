package dev.athenawizard.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The forms in which a secret can sit in a file or a log line: as typed, URL-encoded (a query string, a form body),
 * and base64 (an HTTP Basic header, a JSON blob) — inside a longer base64 text too, at any of the three alignments.
 */
public final class SecretForms {
    private SecretForms() {
    }

    /** Every form of {@code secret} to look for. */
    public static Set<String> of(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(secret);
        String url = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        forms.add(url);
        forms.add(lowerCaseEscapes(url));
        forms.add(url.replace("+", "%20"));
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        for (int before = 0; before < 3; before++) {
            // Encoded after `before` other bytes, the characters fully made of the secret's bits are the same
            // whatever those bytes were: from ceil(8·before/6) to floor(8·(before+n)/6).
            byte[] shifted = new byte[before + bytes.length];
            System.arraycopy(bytes, 0, shifted, before, bytes.length);
            int from = (8 * before + 5) / 6;
            int to = 8 * (before + bytes.length) / 6;
            forms.add(Base64.getEncoder().encodeToString(shifted).substring(from, to));
            forms.add(Base64.getUrlEncoder().encodeToString(shifted).substring(from, to));
        }
        return forms;
    }

    /** The forms of every secret found in {@code text}, each named by the secret's first characters. */
    public static List<String> foundIn(String text, String... secrets) {
        List<String> found = new ArrayList<>();
        for (String secret : secrets) {
            for (String form : of(secret)) {
                if (text.contains(form)) {
                    found.add("\"" + form + "\" (a form of the secret " + secret.substring(0, 6) + "…)");
                }
            }
        }
        return found;
    }

    private static String lowerCaseEscapes(String url) {
        StringBuilder out = new StringBuilder(url);
        for (int i = url.indexOf('%'); i >= 0 && i + 2 < url.length(); i = url.indexOf('%', i + 1)) {
            out.replace(i + 1, i + 3, url.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
