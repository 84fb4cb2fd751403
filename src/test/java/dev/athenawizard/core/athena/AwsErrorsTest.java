package dev.athenawizard.core.athena;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.AthenaFailure.Kind;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.athena.model.TooManyRequestsException;
import software.amazon.awssdk.services.glue.model.GlueException;

/**
 * Failures the sandbox cannot produce (a concurrency limit, a missing credential chain, SDK timeouts), as the SDK's own
 * exception objects; everything the sandbox can produce is covered by {@link AwsErrorsWireTest}.
 */
class AwsErrorsTest {

    @Test
    void theConcurrentQueryLimitIsNotThrottling() {
        TooManyRequestsException limit = TooManyRequestsException.builder()
                .reason("CONCURRENT_QUERY_LIMIT_EXCEEDED").statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("TooManyRequestsException")
                        .errorMessage("You have exceeded the limit for the number of queries you can run "
                                + "concurrently.").build())
                .build();

        AthenaFailure f = AwsErrors.translate(new CompletionException(limit));

        assertThat(f.kind()).isEqualTo(Kind.TOO_MANY_QUERIES);
        assertThat(f.getMessage()).startsWith("Too many queries are running or queued in this AWS account");
        assertThat(f.getCause()).isSameAs(limit);
    }

    @Test
    void noCredentialsAnywhereSaysWhereToPutThem() {
        AthenaFailure f = AwsErrors.translate(SdkClientException.create("Unable to load credentials from any of the "
                + "providers in the chain AwsCredentialsProviderChain(credentialsProviders=[...])"));

        assertThat(f.kind()).isEqualTo(Kind.CREDENTIALS_MISSING);
        assertThat(f.getMessage()).contains("AWS_ACCESS_KEY_ID", "--profile");
    }

    @Test
    void anSdkCallTimeoutIsAnUnreachableEndpoint() {
        assertThat(AwsErrors.translate(ApiCallTimeoutException.create(60_000)).kind())
                .isEqualTo(Kind.ENDPOINT_UNREACHABLE);
    }

    @Test
    void anInterruptedCallIsCancelled() {
        assertThat(AwsErrors.translate(AbortedException.create("Thread was interrupted")).kind())
                .isEqualTo(Kind.CANCELLED);
    }

    @Test
    void anythingElseIsUnknownButKeepsWhatHappened() {
        AthenaFailure f = AwsErrors.translate(new IllegalStateException("boom"));

        assertThat(f.kind()).isEqualTo(Kind.UNKNOWN);
        assertThat(f.getMessage()).endsWith("IllegalStateException: boom");
    }

    @Test
    void aGlueErrorIsWordedAsGluesNotAthenas() {
        GlueException missing = (GlueException) GlueException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().serviceName("Glue").errorCode("EntityNotFoundException")
                        .errorMessage("Database nope not found.").build())
                .build();
        GlueException busy = (GlueException) GlueException.builder().statusCode(500)
                .awsErrorDetails(AwsErrorDetails.builder().serviceName("Glue").errorCode("InternalServiceException")
                        .errorMessage("Internal error").build())
                .build();

        AthenaFailure notFound = AwsErrors.translate(missing);
        assertThat(notFound.kind()).isEqualTo(Kind.DATABASE_NOT_FOUND);
        assertThat(notFound.getMessage()).startsWith("Glue has no such entity: Database nope not found.")
                .doesNotContain("Athena");
        assertThat(AwsErrors.translate(busy).getMessage()).startsWith("Glue answered with an internal error");
    }

    @Test
    void anAthenaFailurePassesThroughUnchanged() {
        AthenaFailure original = AthenaFailure.of(Kind.TIMED_OUT, "late");

        assertThat(AwsErrors.translate(new CompletionException(original))).isSameAs(original);
    }
}
