package dev.athenawizard.core.athena;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What AWS said was denied, read from its message:
 * {@code User: arn:…:user/abc is not authorized to perform: athena:StartQueryExecution on resource: arn:…:workgroup/x
 * [because …]}.
 *
 * @param principal the identity AWS checked (an ARN, not a secret), or empty
 * @param action    the IAM action, e.g. {@code athena:StartQueryExecution}
 * @param resource  the ARN it was denied on, or empty when AWS did not say
 */
public record AccessDenial(String principal, String action, String resource) {
    private static final Pattern DENIAL = Pattern.compile(
            "(?:User: (\\S+) )?(?:is|are) not authorized to perform:? ([\\w-]+:[\\w*-]+)(?: on resource:? (\\S+))?");

    public AccessDenial {
        principal = principal == null ? "" : principal;
        resource = resource == null ? "" : stripTrailingPunctuation(resource);
    }

    public static Optional<AccessDenial> parse(String awsMessage) {
        if (awsMessage == null) {
            return Optional.empty();
        }
        Matcher m = DENIAL.matcher(awsMessage);
        return m.find() ? Optional.of(new AccessDenial(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    private static String stripTrailingPunctuation(String arn) {
        return arn.replaceFirst("[.,;]+$", "");
    }
}
