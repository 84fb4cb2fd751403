package dev.athenawizard.core.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Renders a {@link ServiceError} the way each protocol does on the wire. */
public final class ErrorBodies {
    private static final String STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

    private ErrorBodies() {
    }

    /** JSON 1.1: {@code {"__type": code, "Message": …}} plus the error type header the SDK also reads. */
    public static SandboxResponse json(ServiceError error) {
        ObjectNode body = Json.object();
        body.put("__type", error.code());
        body.put(error.lowerCaseMessageKey() ? "message" : "Message", error.getMessage());
        for (Map.Entry<String, String> field : error.fields().entrySet()) {
            body.put(field.getKey(), field.getValue());
        }
        return SandboxResponse.json(error.status(), Json.write(body)).header("x-amzn-ErrorType", error.code());
    }

    /** The query protocol's {@code <ErrorResponse>}; 4xx errors are the sender's fault. */
    public static SandboxResponse sts(ServiceError error, String requestId) {
        Xml xml = new Xml().open("ErrorResponse", STS_NAMESPACE).open("Error")
                .element("Type", error.status() < 500 ? "Sender" : "Receiver")
                .element("Code", error.code())
                .element("Message", error.getMessage())
                .close("Error")
                .element("RequestId", requestId)
                .close("ErrorResponse");
        return SandboxResponse.xml(error.status(), xml.toString()).header("Content-Type", "text/xml");
    }

    /** S3's {@code <Error>} document; HEAD answers carry no body, so the code also goes in a header. */
    public static SandboxResponse s3(ServiceError error, String requestId, boolean head) {
        if (head) {
            return SandboxResponse.empty(error.status()).header("x-amz-error-code", error.code());
        }
        Xml xml = new Xml().open("Error").element("Code", error.code()).element("Message", error.getMessage());
        for (Map.Entry<String, String> field : error.fields().entrySet()) {
            xml.element(field.getKey(), field.getValue());
        }
        xml.element("RequestId", requestId).close("Error");
        return SandboxResponse.xml(error.status(), xml.toString());
    }
}
