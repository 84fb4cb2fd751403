package dev.athenawizard.core.aws.policy;

import java.util.regex.Pattern;

/** IAM's wildcard matching for actions and resource ARNs: {@code *} any run of characters, {@code ?} one. */
final class IamWildcards {
    private IamWildcards() {
    }

    static boolean matches(String pattern, String value) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*' || c == '?') {
                regex.append(Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
    }
}
