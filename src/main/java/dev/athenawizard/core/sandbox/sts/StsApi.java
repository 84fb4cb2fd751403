package dev.athenawizard.core.sandbox.sts;

import dev.athenawizard.core.sandbox.http.Caller;
import dev.athenawizard.core.sandbox.http.FormBody;
import dev.athenawizard.core.sandbox.http.RequestService;
import dev.athenawizard.core.sandbox.http.SandboxRequest;
import dev.athenawizard.core.sandbox.http.SandboxResponse;
import dev.athenawizard.core.sandbox.http.ServiceError;
import dev.athenawizard.core.sandbox.http.Xml;
import dev.athenawizard.core.sandbox.iam.Identities;
import dev.athenawizard.core.sandbox.iam.Identity;

/**
 * AWS STS over the query protocol: GetCallerIdentity, which needs no permission and cannot be denied (as in AWS),
 * so it proves the key is valid, not that Athena is allowed.
 */
public final class StsApi implements RequestService {
    static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

    private final Identities identities;

    public StsApi(Identities identities) {
        this.identities = identities;
    }

    @Override
    public SandboxResponse handle(SandboxRequest request, Caller caller) {
        String action = FormBody.parse(request.bodyText()).get("Action");
        if (!"GetCallerIdentity".equals(action)) {
            throw ServiceError.of(400, "InvalidAction",
                    "Could not find operation " + action + " for version 2011-06-15");
        }
        Identity identity = identities.of(caller.accessKeyId());
        Xml xml = new Xml().open("GetCallerIdentityResponse", NAMESPACE).open("GetCallerIdentityResult")
                .element("Arn", identity.arn())
                .element("UserId", identity.userId())
                .element("Account", identity.account())
                .close("GetCallerIdentityResult")
                .open("ResponseMetadata").element("RequestId", request.requestId()).close("ResponseMetadata")
                .close("GetCallerIdentityResponse");
        return SandboxResponse.xml(200, xml.toString()).header("Content-Type", "text/xml");
    }
}
