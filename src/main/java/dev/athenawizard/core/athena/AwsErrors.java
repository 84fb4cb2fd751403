package dev.athenawizard.core.athena;

import dev.athenawizard.core.athena.AthenaFailure.Kind;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;
import software.amazon.awssdk.services.athena.model.MetadataException;
import software.amazon.awssdk.services.athena.model.TooManyRequestsException;

/**
 * Turns whatever an SDK call threw into an {@link AthenaFailure} with a message a user can act on.
 *
 * <p>The SDK raises modelled exceptions for Athena's own errors ({@code InvalidRequestException}, …) but only a
 * generic {@code AthenaException} for the AWS front end's (credentials, IAM, throttling), so the error code decides,
 * not the class. Throttling and 5xx answers arrive here only after the SDK's own retries gave up.
 */
public final class AwsErrors {
    private static final String ENTITY_NOT_FOUND = "Entity Not Found";
    private static final Pattern WORKGROUP_NAME = Pattern.compile("WorkGroup (\\S+) is");

    private AwsErrors() {
    }

    public static AthenaFailure translate(Throwable error) {
        Throwable t = unwrap(error);
        if (t instanceof AthenaFailure failure) {
            return failure;
        }
        if (t instanceof AwsServiceException e) {
            return fromService(e);
        }
        if (t instanceof AbortedException || t instanceof InterruptedException
                || t instanceof CancellationException) {
            return AthenaFailure.of(Kind.CANCELLED, "The request to Athena was cancelled.", null, t);
        }
        if (t instanceof SdkClientException e) {
            return fromClient(e);
        }
        return AthenaFailure.of(Kind.UNKNOWN, "Unexpected error while talking to Athena: " + describe(t), null, t);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static AthenaFailure fromService(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
        String said = serviceMessage(e);
        String service = serviceName(e);
        if (e instanceof InvalidRequestException invalid) {
            return invalidRequest(invalid.athenaErrorCode(), said, e);
        }
        if (e instanceof MetadataException) {
            return catalogError(said, e);
        }
        if (e instanceof TooManyRequestsException tooMany
                && "CONCURRENT_QUERY_LIMIT_EXCEEDED".equals(tooMany.reasonAsString())) {
            return AthenaFailure.of(Kind.TOO_MANY_QUERIES, "Too many queries are running or queued in this AWS "
                    + "account right now. Wait for some to finish, then run this one again.", said, e);
        }
        switch (code) {
            case "UnrecognizedClientException", "InvalidClientTokenId", "InvalidSignatureException",
                    "SignatureDoesNotMatch", "InvalidAccessKeyId", "IncompleteSignature", "AuthFailure":
                return AthenaFailure.of(Kind.CREDENTIALS_INVALID, "AWS did not accept the credentials (" + said
                        + "). Check the access key id and secret key, or the profile you chose.", said, e);
            case "ExpiredTokenException", "ExpiredToken", "RequestExpired", "TokenRefreshRequired":
                return AthenaFailure.of(Kind.CREDENTIALS_EXPIRED, "The AWS credentials have expired. Get fresh "
                        + "ones (for example `aws sso login`, or a new session token) and try again.", said, e);
            case "AccessDeniedException", "AccessDenied":
                return accessDenied(said, e);
            case "ThrottlingException", "Throttling", "TooManyRequestsException", "RequestLimitExceeded",
                    "SlowDown":
                return AthenaFailure.of(Kind.THROTTLED, "AWS is throttling requests from this account (" + said
                        + ") and kept doing so after several retries. Wait a moment and try again.", said, e);
            default:
                break;
        }
        if (e.statusCode() >= 500) {
            return AthenaFailure.of(Kind.SERVICE_ERROR, service + " answered with an internal error (HTTP "
                    + e.statusCode() + ") even after retries. Try again in a minute.", said, e);
        }
        if ("Glue".equals(service) && "EntityNotFoundException".equals(code)) {
            return AthenaFailure.of(said.startsWith("Database") ? Kind.DATABASE_NOT_FOUND : Kind.TABLE_NOT_FOUND,
                    "Glue has no such entity: " + said + " Check the name, and the region: the Glue Data Catalog "
                    + "is per region.", said, e);
        }
        return AthenaFailure.of(Kind.INVALID_REQUEST,
                service + " refused the request: " + said + (code.isEmpty() ? "" : " (" + code + ")"), said, e);
    }

    /** Which AWS service answered, as its users call it: Athena, Glue, S3, STS. */
    private static String serviceName(AwsServiceException e) {
        String name = e.awsErrorDetails() == null ? null : e.awsErrorDetails().serviceName();
        if (name == null || name.isBlank()) {
            return "Athena";
        }
        return name.equalsIgnoreCase("sts") ? "STS" : name;
    }

    private static AthenaFailure invalidRequest(String athenaErrorCode, String said, AwsServiceException e) {
        if ("MALFORMED_QUERY".equals(athenaErrorCode)) {
            return QueryErrorReasons.syntaxError(said, e);
        }
        if (said.contains("No output location provided")) {
            return AthenaFailure.of(Kind.NO_OUTPUT_LOCATION, "Athena has nowhere to write the query results: the "
                    + "workgroup has no output location and none was given. Pick a workgroup that has one, or give "
                    + "an S3 output location (s3://bucket/prefix/).", said, e);
        }
        if (said.contains("is not found") && said.contains("WorkGroup")) {
            return AthenaFailure.of(Kind.WORKGROUP_NOT_FOUND, "Workgroup " + workgroupName(said) + "was not found. "
                    + "Check its name and the region: workgroups exist per region.", said, e);
        }
        if (said.contains("is disabled") && said.contains("WorkGroup")) {
            return AthenaFailure.of(Kind.WORKGROUP_DISABLED, "Workgroup " + workgroupName(said) + "is disabled. "
                    + "Enable it in the Athena console, or pick another workgroup.", said, e);
        }
        if (said.contains(ENTITY_NOT_FOUND)) {
            return tableNotFound(said, e);
        }
        if (said.toLowerCase(Locale.ROOT).contains("already exists")) {
            return AthenaFailure.of(Kind.WORKGROUP_ALREADY_EXISTS,
                    "That name is taken: " + said + " Choose another name, or use the existing one.", said, e);
        }
        return AthenaFailure.of(Kind.INVALID_REQUEST, "Athena refused the request: " + said, said, e);
    }

    /** Athena wraps what the Glue Data Catalog said, denials included, in a MetadataException. */
    private static AthenaFailure catalogError(String said, AwsServiceException e) {
        if (said.contains("not authorized to perform")) {
            return accessDenied(said, e);
        }
        if (said.contains(ENTITY_NOT_FOUND)) {
            return tableNotFound(said, e);
        }
        return AthenaFailure.of(Kind.INVALID_REQUEST, "The data catalog refused the request: " + said, said, e);
    }

    private static AthenaFailure tableNotFound(String said, AwsServiceException e) {
        return AthenaFailure.of(Kind.TABLE_NOT_FOUND, "The data catalog has no such table (Entity Not Found). "
                + "Check the database and table names.", said, e);
    }

    private static String workgroupName(String said) {
        Matcher m = WORKGROUP_NAME.matcher(said);
        return m.find() ? "'" + m.group(1) + "' " : "";
    }

    private static AthenaFailure accessDenied(String said, AwsServiceException e) {
        return AccessDenial.parse(said)
                .map(denial -> AthenaFailure.of(Kind.ACCESS_DENIED, "Access denied: "
                        + (denial.principal().isEmpty() ? "these credentials are" : denial.principal() + " is")
                        + " not allowed to perform " + denial.action()
                        + (denial.resource().isEmpty() ? "" : " on " + denial.resource())
                        + ". Ask your AWS administrator to allow " + denial.action()
                        + " (the wizard's IAM policy lists every action it needs).", said, e).deniedBy(denial))
                .orElseGet(() -> AthenaFailure.of(Kind.ACCESS_DENIED, "Access denied: " + said
                        + ". Ask your AWS administrator for the permissions the wizard's IAM policy lists.", said, e));
    }

    private static AthenaFailure fromClient(SdkClientException e) {
        String said = String.valueOf(e.getMessage());
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return AthenaFailure.of(Kind.ENDPOINT_UNREACHABLE, "Athena did not answer in time. "
                    + "Check your network connection, proxy, and the endpoint URL.", said, e);
        }
        Throwable network = networkCause(e);
        if (network != null) {
            return AthenaFailure.of(Kind.ENDPOINT_UNREACHABLE, "Cannot reach Athena: " + describe(network)
                    + ". Check your network connection, proxy, and the endpoint URL.", said, e);
        }
        if (said.contains("Unable to load credentials") || said.contains("Unable to load an AWS credential")
                || (said.contains("credentials") && said.contains("profile"))) {
            return AthenaFailure.of(Kind.CREDENTIALS_MISSING, "No AWS credentials found. Set AWS_ACCESS_KEY_ID "
                    + "and AWS_SECRET_ACCESS_KEY, or choose a profile that has credentials (--profile or "
                    + "AWS_PROFILE).", said, e);
        }
        return AthenaFailure.of(Kind.UNKNOWN, "The AWS SDK failed: " + said, said, e);
    }

    private static Throwable networkCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException
                    || t instanceof SocketException || t instanceof SSLException
                    || t instanceof InterruptedIOException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String serviceMessage(AwsServiceException e) {
        String said = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        return said == null || said.isBlank() ? String.valueOf(e.getMessage()) : said.trim();
    }

    /** What went wrong on the network, in the wizard's words (never a Java exception's name); else what happened. */
    private static String describe(Throwable t) {
        String message = t.getMessage();
        if (t instanceof UnknownHostException) {
            return "unknown host " + message;
        }
        if (t instanceof ConnectException) {
            return message == null ? "connection refused" : message.toLowerCase(Locale.ROOT);
        }
        if (t instanceof NoRouteToHostException) {
            return "no route to the host";
        }
        if (t instanceof SocketTimeoutException || t instanceof InterruptedIOException) {
            return "no answer in time";
        }
        if (t instanceof SSLException) {
            return "the secure (TLS) connection failed";
        }
        if (t instanceof SocketException) {
            return "the connection was closed before an answer came";
        }
        // Not a network failure: an unexpected error keeps what happened, for the report it deserves.
        return message == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + message;
    }
}
