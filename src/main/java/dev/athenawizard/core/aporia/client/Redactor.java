package dev.athenawizard.core.aporia.client;

import java.util.List;

/** Masks known secrets in text that came from elsewhere (an error body may echo a request). */
final class Redactor {
    private final List<String> secrets;

    Redactor(List<String> secrets) {
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= 4).toList();
    }

    String redact(String text) {
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, KeyText.MASK);
        }
        return out;
    }
}
