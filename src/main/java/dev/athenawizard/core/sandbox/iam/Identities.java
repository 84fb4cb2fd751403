package dev.athenawizard.core.sandbox.iam;

import dev.athenawizard.core.sandbox.account.SandboxAccount;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps access key ids to identities. Any key works: by default it belongs to the IAM user {@code sandbox-user}, and a
 * temporary key ({@code ASIA…}) to an assumed role. Explicit ARNs given in the options win.
 */
public final class Identities {
    private static final String ACCOUNT = SandboxAccount.ACCOUNT_ID;
    private static final String ROLE_ID = "AROASANDBOXROLE00001";
    private static final Pattern ASSUMED_ROLE = Pattern.compile("arn:aws:sts::\\d{12}:assumed-role/[^/]+/(.+)");

    private final Map<String, String> explicitArns;

    public Identities(Map<String, String> explicitArns) {
        this.explicitArns = Map.copyOf(explicitArns);
    }

    public Identity of(String accessKeyId) {
        String arn = explicitArns.get(accessKeyId);
        if (arn != null) {
            return new Identity(arn, userIdFor(arn, accessKeyId), accountOf(arn));
        }
        if (accessKeyId.startsWith("ASIA")) {
            return new Identity("arn:aws:sts::" + ACCOUNT + ":assumed-role/sandbox-role/sandbox-session",
                    ROLE_ID + ":sandbox-session", ACCOUNT);
        }
        return new Identity("arn:aws:iam::" + ACCOUNT + ":user/sandbox-user", accessKeyId, ACCOUNT);
    }

    /** What AWS reports as UserId: the account for root, role id and session for a role, else the key id. */
    private static String userIdFor(String arn, String accessKeyId) {
        if (arn.endsWith(":root")) {
            return accountOf(arn);
        }
        Matcher role = ASSUMED_ROLE.matcher(arn);
        return role.matches() ? ROLE_ID + ":" + role.group(1) : accessKeyId;
    }

    private static String accountOf(String arn) {
        String[] parts = arn.split(":");
        return parts.length > 4 && parts[4].matches("\\d{12}") ? parts[4] : ACCOUNT;
    }
}
