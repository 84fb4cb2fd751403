package dev.athenawizard.core.aws.identity;

import dev.athenawizard.core.aws.AccessDenied;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;

/**
 * Turns what the SDK throws during a connection check into a {@link VerificationProblem}: the field to fix and a
 * sentence a person understands. AWS's own message is kept for codes it explains well (it names ARNs, never secrets).
 */
final class ConnectionFailures {
    private static final Set<String> UNKNOWN_KEY = Set.of("InvalidClientTokenId", "UnrecognizedClientException",
            "InvalidAccessKeyId");
    private static final Set<String> BAD_SIGNATURE = Set.of("SignatureDoesNotMatch", "InvalidSignatureException");
    private static final Set<String> EXPIRED = Set.of("ExpiredToken", "ExpiredTokenException", "TokenRefreshRequired");
    private static final Set<String> CLOCK_SKEW = Set.of("RequestExpired", "RequestTimeTooSkewed",
            "InvalidSignatureException.Expired");

    private ConnectionFailures() {
    }

    /**
     * @param failure  what the SDK threw
     * @param settings what was tried
     * @param service  the call that failed, for messages: "STS" or "Athena"
     */
    static VerificationProblem explain(Throwable failure, ConnectionSettings settings, String service) {
        Optional<AccessDenied> denied = AccessDenied.in(failure);
        if (denied.isPresent()) {
            return permissionDenied(denied.get(), service);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AwsServiceException aws) {
                return serviceError(aws, settings);
            }
        }
        return clientError(failure, settings, service);
    }

    private static VerificationProblem permissionDenied(AccessDenied denied, String service) {
        String action = denied.action().orElse("the " + service + " call");
        return new VerificationProblem(ProblemField.PERMISSIONS, "The credentials are valid, but they may not use "
                + service + ": " + action + " was denied. AWS said: " + denied.message(),
                Optional.of("Attach a policy that allows " + action + " (the generated policy's statements include "
                        + "it)."), "AccessDenied");
    }

    private static VerificationProblem serviceError(AwsServiceException e, ConnectionSettings settings) {
        String code = e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
        String awsMessage = e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorMessage());
        CredentialSource source = settings.credentials();
        if (UNKNOWN_KEY.contains(code)) {
            return credentialProblem(source, ProblemField.ACCESS_KEY_ID, code,
                    "AWS does not recognise " + keyName(source) + ". Check it for typos, and that the key has not "
                            + "been deactivated or deleted" + (hasToken(source) ? ", and that the session token "
                            + "belongs to it." : "."));
        }
        if (BAD_SIGNATURE.contains(code) && !awsMessage.contains("expired")) {
            return credentialProblem(source, ProblemField.SECRET_ACCESS_KEY, code, "The secret access key does not "
                    + "match " + keyName(source) + ": AWS calculated a different signature. Paste the secret "
                    + "again, without spaces.");
        }
        if (EXPIRED.contains(code)) {
            return credentialProblem(source, ProblemField.SESSION_TOKEN, code, "The session token has expired. "
                    + "Get new temporary credentials (key id, secret and token together).");
        }
        if (CLOCK_SKEW.contains(code) || awsMessage.contains("Signature expired")) {
            return new VerificationProblem(ProblemField.CLOCK, "AWS refused the request because this computer's "
                    + "clock is off. Set the clock (turn on automatic time) and try again.", Optional.empty(), code);
        }
        return new VerificationProblem(ProblemField.OTHER, "AWS answered " + code + ": " + awsMessage,
                Optional.empty(), code);
    }

    /** Long-term and typed-in keys point at their field; a profile or the default chain points at that instead. */
    private static VerificationProblem credentialProblem(CredentialSource source, ProblemField keyField, String code,
            String message) {
        if (source instanceof CredentialSource.AccessKey) {
            return new VerificationProblem(keyField, message, Optional.empty(), code);
        }
        if (source instanceof CredentialSource.Profile profile) {
            return new VerificationProblem(ProblemField.PROFILE, "Profile " + profile.name() + ": " + message,
                    Optional.of("Fix the profile in the AWS config files, or refresh it (aws sso login --profile "
                            + profile.name() + " for SSO)."), code);
        }
        return new VerificationProblem(ProblemField.CREDENTIAL_SOURCE, "The credentials found by " + source.description()
                + " do not work: " + message, Optional.empty(), code);
    }

    private static VerificationProblem clientError(Throwable failure, ConnectionSettings settings, String service) {
        Throwable root = rootCause(failure);
        Optional<URI> endpoint = settings.endpoint();
        String where = endpoint.map(URI::toString).orElse(service + " in " + settings.region());
        if (root instanceof UnknownHostException) {
            return endpoint.isPresent()
                    ? VerificationProblem.of(ProblemField.ENDPOINT, "The endpoint's host " + endpoint.get().getHost()
                            + " cannot be found: check the endpoint URL.")
                    : VerificationProblem.of(ProblemField.NETWORK, "Cannot reach " + where + " (the name "
                            + root.getMessage() + " does not resolve): check the network connection or proxy.");
        }
        if (root instanceof ConnectException || root instanceof NoRouteToHostException) {
            return endpoint.isPresent()
                    ? VerificationProblem.of(ProblemField.ENDPOINT, "Nothing answers at " + endpoint.get()
                            + ": check the endpoint URL (and, for the sandbox, that it is running).")
                    : VerificationProblem.of(ProblemField.NETWORK, "Cannot connect to " + where
                            + ": check the network connection, proxy or firewall.");
        }
        if (root instanceof SocketTimeoutException || hasCause(failure, ApiCallTimeoutException.class)
                || hasCause(failure, ApiCallAttemptTimeoutException.class)) {
            return VerificationProblem.of(endpoint.isPresent() ? ProblemField.ENDPOINT : ProblemField.NETWORK,
                    where + " did not answer in time: check the network connection, proxy or firewall.");
        }
        if (root instanceof SSLException) {
            return VerificationProblem.of(endpoint.isPresent() ? ProblemField.ENDPOINT : ProblemField.NETWORK,
                    "The secure connection to " + where + " failed (" + root.getMessage() + "). A proxy that "
                            + "inspects traffic can cause this.");
        }
        return VerificationProblem.of(ProblemField.OTHER, "The " + service + " call failed: "
                + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage()));
    }

    private static String keyName(CredentialSource source) {
        return source instanceof CredentialSource.AccessKey key ? "access key id " + key.accessKeyId() : "the access key";
    }

    private static boolean hasToken(CredentialSource source) {
        return source instanceof CredentialSource.AccessKey key && key.temporary();
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
