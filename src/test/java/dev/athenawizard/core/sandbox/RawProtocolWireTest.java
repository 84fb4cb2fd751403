package dev.athenawizard.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What any client sees on the wire, including the ones that send something the sandbox does not offer. */
class RawProtocolWireTest {
    private static final String AUTH = "AWS4-HMAC-SHA256 Credential=AKIARAW0000000000001/20260101/eu-west-1/athena/"
            + "aws4_request, SignedHeaders=host;x-amz-date, Signature=0000";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void athenaAnswersJson11WithARequestIdAndEpochSecondTimes() throws Exception {
        HttpResponse<String> response = json("AmazonAthena.ListWorkGroups", "{}", AUTH);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/x-amz-json-1.1");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        JsonNode creation = JSON.readTree(response.body()).path("WorkGroups").path(0).path("CreationTime");
        assertThat(creation.isNumber()).as("epoch seconds as a JSON number, not an ISO string").isTrue();
    }

    @Test
    void anUnknownOperationIsAJsonError() throws Exception {
        HttpResponse<String> athena = json("AmazonAthena.CreateNotebook", "{}", AUTH);
        HttpResponse<String> other = json("DynamoDB_20120810.ListTables", "{}", AUTH);

        assertThat(athena.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(athena.body()).path("__type").asText()).isEqualTo("UnknownOperationException");
        assertThat(JSON.readTree(other.body()).path("__type").asText()).isEqualTo("UnknownOperationException");
        assertThat(athena.body()).doesNotContain("<html");
    }

    @Test
    void unsignedAndMalformedRequestsAreJsonErrors() throws Exception {
        HttpResponse<String> unsigned = json("AmazonAthena.ListWorkGroups", "{}", null);
        HttpResponse<String> garbage = json("AmazonAthena.ListWorkGroups", "not json", AUTH);

        assertThat(JSON.readTree(unsigned.body()).path("__type").asText()).isEqualTo("MissingAuthenticationTokenException");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(garbage.body()).path("__type").asText()).isEqualTo("SerializationException");
    }

    @Test
    void stsAndS3AnswerErrorsInXml() throws Exception {
        HttpResponse<String> sts = http.send(HttpRequest.newBuilder(sandbox.server().endpoint())
                .header("Authorization", AUTH).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Action=AssumeRole&Version=2011-06-15")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> s3 = http.send(HttpRequest.newBuilder(URI.create(sandbox.server().endpoint() + "/no-bucket/k"))
                .header("Authorization", AUTH).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(sts.statusCode()).isEqualTo(400);
        assertThat(sts.body()).contains("<ErrorResponse").contains("<Code>InvalidAction</Code>");
        assertThat(s3.statusCode()).isEqualTo(404);
        assertThat(s3.body()).contains("<Error><Code>NoSuchBucket</Code>").contains("<BucketName>no-bucket</BucketName>");
    }

    private HttpResponse<String> json(String target, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.server().endpoint())
                .header("X-Amz-Target", target).header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
