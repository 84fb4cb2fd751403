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
    /**
     * The IAM actions the sandbox knows: it checks each of them, except {@code sts:GetCallerIdentity}, which AWS never
     * denies either. A denial of anything else would never take effect, so it is refused rather than silently
     * ignored; add an action here when the sandbox starts checking it.
     */
    public static final List<String> CHECKED_ACTIONS = List.of(
            "athena:BatchGetQueryExecution", "athena:CreateWorkGroup", "athena:DeleteWorkGroup",
            "athena:GetDataCatalog", "athena:GetDatabase", "athena:GetQueryExecution", "athena:GetQueryResults",
            "athena:GetTableMetadata", "athena:GetWorkGroup", "athena:ListDataCatalogs", "athena:ListDatabases",
            "athena:ListQueryExecutions", "athena:ListTableMetadata", "athena:ListWorkGroups",
            "athena:StartQueryExecution", "athena:StopQueryExecution", "athena:UpdateWorkGroup",
            "glue:GetDatabase", "glue:GetDatabases", "glue:GetPartitions", "glue:GetTable", "glue:GetTables",
            "s3:CreateBucket", "s3:DeleteObject", "s3:GetBucketLocation", "s3:GetObject", "s3:ListAllMyBuckets",
            "s3:ListBucket", "s3:PutObject",
            "sts:GetCallerIdentity");

    public DenyRule {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(action, "action");
        resource = resource == null || resource.isBlank() ? "*" : resource;
        if (accessKeyId.isBlank()) {
            throw new IllegalArgumentException("No access key id before '=': say whose requests are denied, e.g. "
                    + "AKIAIOSFODNN7EXAMPLE=" + action + ".");
        }
        if (!action.contains(":") && !action.equals("*")) {
            throw new IllegalArgumentException("'" + action + "' is not an IAM action: it should look like "
                    + "athena:StartQueryExecution.");
        }
        Pattern pattern = glob(action.toLowerCase(Locale.ROOT));
        if (CHECKED_ACTIONS.stream().noneMatch(a -> pattern.matcher(a.toLowerCase(Locale.ROOT)).matches())) {
            String service = action.substring(0, Math.max(0, action.indexOf(':')));
            List<String> same = CHECKED_ACTIONS.stream().filter(a -> a.startsWith(service + ":")).toList();
            throw new IllegalArgumentException("'" + action + "' is not an action the sandbox checks, so denying it "
                    + "would change nothing. " + (same.isEmpty()
                            ? "It checks actions of athena, glue, s3 and sts."
                            : "Its " + service + " actions: " + String.join(", ", same) + "."));
        }
        if (!resource.equals("*") && !resource.startsWith("arn:")) {
            throw new IllegalArgumentException("'" + resource + "' after '@' is not an ARN: it should look like "
                    + "arn:aws:s3:::bucket/*.");
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
