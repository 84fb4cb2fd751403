package dev.athenawizard.core.aws.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One {@code Allow} statement of the generated policy. Its {@code Sid} names it, so the permission self-test can say
 * "add statement AthenaQueries" and show exactly that statement.
 */
@JsonPropertyOrder({"Sid", "Effect", "Action", "Resource"})
public record PolicyStatement(
        @JsonProperty("Sid") String sid,
        @JsonProperty("Action") List<String> actions,
        @JsonProperty("Resource") List<String> resources) {

    private static final Pattern SID = Pattern.compile("[A-Za-z0-9]+");

    public PolicyStatement {
        if (sid == null || !SID.matcher(sid).matches()) {
            throw new IllegalArgumentException("a statement id is letters and digits only: " + sid);
        }
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
    }

    @JsonProperty("Effect")
    public String effect() {
        return "Allow";
    }

    /** Whether this statement allows {@code action} (e.g. {@code s3:GetObject}) on {@code resourceArn}. */
    public boolean grants(String action, String resourceArn) {
        return actions.stream().anyMatch(a -> IamWildcards.matches(a.toLowerCase(Locale.ROOT),
                        action.toLowerCase(Locale.ROOT)))
                && resources.stream().anyMatch(r -> IamWildcards.matches(r, resourceArn));
    }

    /** This statement alone, as pretty JSON, to paste into an existing policy. */
    public String toJson() {
        return PolicyJson.write(this);
    }
}
