package dev.athenawizard.core.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.athena.model.AthenaException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sts.model.StsException;

class AccessDeniedTest {
    @Test
    void readsTheActionAndResourceThroughWrappers() {
        var athena = AthenaException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                .errorCode("AccessDeniedException")
                .errorMessage("User: arn:aws:iam::123456789012:user/aporia is not authorized to perform: "
                        + "athena:StartQueryExecution on resource: arn:aws:athena:us-east-1:123456789012:workgroup/aporia "
                        + "because no identity-based policy allows the athena:StartQueryExecution action").build())
                .build();
        var denied = AccessDenied.in(new CompletionException(new RuntimeException(athena))).orElseThrow();
        assertThat(denied.action()).hasValue("athena:StartQueryExecution");
        assertThat(denied.resource()).hasValue("arn:aws:athena:us-east-1:123456789012:workgroup/aporia");
    }

    @Test
    void aBare403FromS3IsADenialWithoutAnAction() {
        var s3 = S3Exception.builder().statusCode(403).awsErrorDetails(AwsErrorDetails.builder().build()).build();
        var denied = AccessDenied.in(s3).orElseThrow();
        assertThat(denied.action()).isEmpty();
    }

    @Test
    void anUnknownKeyIsNotADenialEvenThoughItIs403() {
        var sts = StsException.builder().statusCode(403).awsErrorDetails(AwsErrorDetails.builder()
                .errorCode("InvalidClientTokenId").errorMessage("The security token included in the request is invalid.")
                .build()).build();
        assertThat(AccessDenied.in(sts)).isEmpty();
    }
}
