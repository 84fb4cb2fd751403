package dev.athenawizard.core.aws.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/** An IAM identity policy document: the least-privilege policy for Aporia's data-source user. */
@JsonPropertyOrder({"Version", "Statement"})
public record IamPolicy(@JsonProperty("Statement") List<PolicyStatement> statements) {
    public static final String VERSION = "2012-10-17";

    public IamPolicy {
        statements = List.copyOf(statements);
    }

    @JsonProperty("Version")
    public String version() {
        return VERSION;
    }

    /** The statement that allows {@code action} on {@code resourceArn}, if this policy has one. */
    public Optional<PolicyStatement> statementGranting(String action, String resourceArn) {
        return statements.stream().filter(s -> s.grants(action, resourceArn)).findFirst();
    }

    /** The first statement that allows {@code action} on any resource: a fallback when the ARN is not known. */
    public Optional<PolicyStatement> statementGranting(String action) {
        return statements.stream()
                .filter(s -> s.actions().stream().anyMatch(a -> a.equalsIgnoreCase(action)))
                .findFirst();
    }

    @JsonIgnore
    public Optional<PolicyStatement> statement(String sid) {
        return statements.stream().filter(s -> s.sid().equals(sid)).findFirst();
    }

    /** The whole document, indented, ready for the IAM console or {@code aws iam create-policy}. */
    public String toJson() {
        return PolicyJson.write(this);
    }
}
