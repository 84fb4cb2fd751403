package dev.athenawizard.core.sandbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A fault to inject: requests signed with {@code accessKeyId} are denied {@code action} (an IAM action such as
 * {@code athena:StartQueryExecution}; {@code *} wildcards allowed) on resources matching {@code resource} (an ARN
 * pattern, {@code *} for all).
 */
public record DenyRule(String accessKeyId, String action, String resource) {
    public DenyRule {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(action, "action");
        resource = resource == null || resource.isBlank() ? "*" : resource;
        if (!action.contains(":") && !action.equals("*")) {
            throw new IllegalArgumentException("Not an IAM action: '" + action + "' (expected e.g. athena:StartQueryExecution)");
        }
    }

    /**
     * Parses the command-line form {@code KEY_ID=ACTION[,ACTION…]}, where each action may end in {@code @ARN} to deny
     * it on matching resources only, e.g. {@code AKIAX=s3:GetObject@arn:aws:s3:::athena-wizard-sandbox-data/*}.
     */
    public static List<DenyRule> parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new IllegalArgumentException("Expected KEY_ID=ACTION[,ACTION...], got '" + spec + "'");
        }
        String key = spec.substring(0, eq).trim();
        List<DenyRule> rules = new ArrayList<>();
        for (String item : spec.substring(eq + 1).split(",")) {
            String trimmed = item.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int at = trimmed.indexOf('@');
            rules.add(at < 0 ? new DenyRule(key, trimmed, "*")
                    : new DenyRule(key, trimmed.substring(0, at), trimmed.substring(at + 1)));
        }
        return rules;
    }

    public boolean matches(String keyId, String requestedAction, String resourceArn) {
        return accessKeyId.equals(keyId)
                && glob(action.toLowerCase(Locale.ROOT)).matcher(requestedAction.toLowerCase(Locale.ROOT)).matches()
                && glob(resource).matcher(resourceArn).matches();
    }

    /** IAM-style wildcards: {@code *} matches any run of characters, everything else literally. */
    private static Pattern glob(String pattern) {
        return Pattern.compile(Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*")));
    }
}
