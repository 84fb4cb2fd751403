package dev.athenawizard.core.sandbox.iam;

import dev.athenawizard.core.sandbox.http.Caller;
import dev.athenawizard.core.sandbox.http.ServiceError;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides whether a caller may perform an IAM action on a resource: everything is allowed except what a
 * {@link DenyPolicy} denies. Also words the denial the way each AWS service does.
 */
public final class AccessControl {
    private final DenyPolicy denies;
    private final Identities identities;

    public AccessControl(DenyPolicy denies, Identities identities) {
        this.denies = denies;
        this.identities = identities;
    }

    public boolean allows(Caller caller, String action, String resourceArn) {
        return !denies.denies(caller.accessKeyId(), action, resourceArn);
    }

    /** The first of {@code resourceArns} (checked in order, as IAM does) on which the action is denied. */
    private Optional<String> firstDenied(Caller caller, String action, List<String> resourceArns) {
        return resourceArns.stream().filter(arn -> !allows(caller, action, arn)).findFirst();
    }

    public Identity identity(Caller caller) {
        return identities.of(caller.accessKeyId());
    }

    /** Athena's wording: {@code User: <arn> is not authorized to perform: <action> on resource: <arn>}. */
    public void requireAthena(Caller caller, String action, String resourceArn) {
        if (!allows(caller, action, resourceArn)) {
            throw accessDenied("User: " + identity(caller).arn() + " is not authorized to perform: " + action
                    + " on resource: " + resourceArn);
        }
    }

    /** Glue's wording, which adds why: no identity-based policy allows the action. */
    public void requireGlue(Caller caller, String action, List<String> resourceArns) {
        firstDenied(caller, action, resourceArns).ifPresent(arn -> {
            throw accessDenied(deniedByPolicy(caller, action, arn));
        });
    }

    /**
     * Glue's denial as Athena passes it on when it reads the catalog for the caller (browsing it, or planning a
     * query): IAM's sentence plus the Glue request Athena made. Empty when the action is allowed.
     */
    public Optional<String> glueDenialSeenByAthena(Caller caller, String action, List<String> resourceArns) {
        return firstDenied(caller, action, resourceArns).map(arn -> deniedByPolicy(caller, action, arn)
                + " (Service: AWSGlue; Status Code: 400; Error Code: AccessDeniedException; Request ID: "
                + UUID.randomUUID() + "; Proxy: null)");
    }

    /** IAM's full sentence, as Glue and S3 (with the resource quoted) word it. */
    public String deniedByPolicy(Caller caller, String action, String resourceArn) {
        return "User: " + identity(caller).arn() + " is not authorized to perform: " + action + " on resource: "
                + resourceArn + " because no identity-based policy allows the " + action + " action";
    }

    private static ServiceError accessDenied(String message) {
        return ServiceError.frontEnd(400, "AccessDeniedException", message);
    }
}
