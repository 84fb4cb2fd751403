package dev.athenawizard.core.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP entry point. It tells the protocols apart (JSON 1.1 by {@code X-Amz-Target}, STS by its form body,
 * everything else is path-style S3), applies the injected credential faults, throttling, server errors and latency,
 * and answers every error in the protocol's own format, never as an HTML page.
 */
public final class SandboxHttpHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxHttpHandler.class);

    private enum Protocol { JSON, STS, S3 }

    /** A planned fault that closes the connection without an answer. */
    private static final class DropConnection extends RuntimeException {
        DropConnection() {
            super(null, null, false, false);
        }
    }

    private final JsonService athena;
    private final JsonService glue;
    private final RequestService sts;
    private final RequestService s3;
    private final RequestFaults faults;

    public SandboxHttpHandler(JsonService athena, JsonService glue, RequestService sts, RequestService s3,
                              RequestFaults faults) {
        this.athena = athena;
        this.glue = glue;
        this.sts = sts;
        this.s3 = s3;
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        boolean head = exchange.getRequestMethod().equals("HEAD");
        Protocol protocol = exchange.getRequestHeaders().containsKey("X-Amz-Target") ? Protocol.JSON : Protocol.S3;
        SandboxResponse response;
        try {
            SandboxRequest request = read(exchange, requestId);
            protocol = request.headers().containsKey("X-Amz-Target") ? Protocol.JSON
                    : isStsRequest(request) ? Protocol.STS : Protocol.S3;
            response = switch (protocol) {
                case JSON -> json(request);
                case STS -> sts.handle(request, authenticatedSts(request));
                case S3 -> s3.handle(request, authenticatedS3(request));
            };
        } catch (DropConnection e) {
            LOG.debug("Sandbox fault: closing the connection of {} without an answer", requestId);
            exchange.close(); // before the status line: the client reads an end of stream
            return;
        } catch (ServiceError e) {
            response = errorResponse(protocol, e, requestId, head);
        } catch (IllegalArgumentException e) {
            response = errorResponse(protocol, protocol == Protocol.JSON
                    ? ServiceError.frontEnd(400, "SerializationException", e.getMessage())
                    : ServiceError.of(400, "InvalidArgument", e.getMessage()), requestId, head);
        } catch (Exception e) {
            LOG.warn("Sandbox request failed: {} {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            response = errorResponse(protocol, ServiceError.of(500, protocol == Protocol.S3 ? "InternalError"
                    : "InternalServerException", "The sandbox failed: " + e), requestId, head);
        }
        pause();
        write(exchange, response, requestId, head);
    }

    private SandboxResponse json(SandboxRequest request) {
        String target = request.header("X-Amz-Target").orElse("");
        int dot = target.indexOf('.');
        String prefix = dot < 0 ? target : target.substring(0, dot);
        String operation = target.substring(dot + 1);
        JsonService service = switch (prefix) {
            case "AmazonAthena" -> athena;
            case "AWSGlue" -> glue;
            default -> throw ServiceError.frontEnd(400, "UnknownOperationException",
                    "The sandbox serves Athena (AmazonAthena.*) and Glue (AWSGlue.*) here, not " + target);
        };
        Caller caller = request.caller().orElseThrow(() -> ServiceError.frontEnd(400,
                "MissingAuthenticationTokenException", "Missing Authentication Token"));
        switch (faults.keyStatus(caller.accessKeyId(), operation)) {
            case INVALID -> throw ServiceError.frontEnd(400, "UnrecognizedClientException",
                    "The security token included in the request is invalid.");
            case EXPIRED -> throw ServiceError.frontEnd(400, "ExpiredTokenException",
                    "The security token included in the request is expired");
            default -> { }
        }
        RequestFaults.Injected everyNth = faults.nextJsonRequest();
        LiveFaults.Fault planned = faults.live().next(operation).orElse(null);
        if (planned == LiveFaults.Fault.THROTTLE || everyNth == RequestFaults.Injected.THROTTLE) {
            throw throttled();
        }
        if (planned == LiveFaults.Fault.SERVER_ERROR || everyNth == RequestFaults.Injected.SERVER_ERROR) {
            throw serverError(service);
        }
        if (planned == LiveFaults.Fault.DROP_BEFORE) {
            throw new DropConnection();
        }
        SandboxResponse response = SandboxResponse.json(200,
                Json.write(service.handle(operation, Json.parse(request.body()), caller)));
        if (planned == LiveFaults.Fault.DROP_AFTER) {
            throw new DropConnection();
        }
        return response;
    }

    private static ServiceError throttled() {
        return ServiceError.frontEnd(400, "ThrottlingException", "Rate exceeded");
    }

    private ServiceError serverError(JsonService service) {
        return service == athena
                ? ServiceError.of(500, "InternalServerException", "We encountered an internal error. Please try again.")
                : ServiceError.of(500, "InternalServiceException", "Internal service error");
    }

    /** STS's query protocol: a form post to the root with an Action (S3 posts carry no such form). */
    private static boolean isStsRequest(SandboxRequest request) {
        return request.method().equals("POST") && request.path().equals("/")
                && request.header("Content-Type").orElse("").startsWith("application/x-www-form-urlencoded")
                && FormBody.parse(request.bodyText()).containsKey("Action");
    }

    private Caller authenticatedSts(SandboxRequest request) {
        Caller caller = request.caller().orElseThrow(() -> ServiceError.of(403, "MissingAuthenticationToken",
                "Request is missing Authentication Token"));
        return switch (faults.keyStatus(caller.accessKeyId())) {
            case INVALID -> throw ServiceError.of(403, "InvalidClientTokenId",
                    "The security token included in the request is invalid.");
            case EXPIRED -> throw ServiceError.of(403, "ExpiredToken",
                    "The security token included in the request is expired");
            default -> caller;
        };
    }

    private Caller authenticatedS3(SandboxRequest request) {
        Caller caller = request.caller().orElseThrow(() -> ServiceError.of(403, "AccessDenied", "Access Denied"));
        return switch (faults.keyStatus(caller.accessKeyId())) {
            case INVALID -> throw ServiceError.of(403, "InvalidAccessKeyId",
                    "The AWS Access Key Id you provided does not exist in our records.")
                    .with("AWSAccessKeyId", caller.accessKeyId());
            case EXPIRED -> throw ServiceError.of(400, "ExpiredToken", "The provided token has expired.");
            default -> caller;
        };
    }

    private static SandboxResponse errorResponse(Protocol protocol, ServiceError error, String requestId, boolean head) {
        return switch (protocol) {
            case JSON -> ErrorBodies.json(error);
            case STS -> ErrorBodies.sts(error, requestId);
            case S3 -> ErrorBodies.s3(error, requestId, head);
        };
    }

    private static SandboxRequest read(HttpExchange exchange, String requestId) throws IOException {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.isEmpty() ? "" : values.get(0)));
        Map<String, String> query = FormBody.parse(exchange.getRequestURI().getRawQuery());
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Optional<Caller> caller = Caller.fromAuthorization(headers.get("Authorization"))
                .or(() -> Caller.fromCredentialScope(query.get("X-Amz-Credential")));
        return new SandboxRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query, headers,
                body, caller, requestId);
    }

    /** The injected latency, spent before answering. */
    private void pause() {
        long millis = Math.max(faults.latency().toMillis(), faults.live().latency().toMillis());
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void write(HttpExchange exchange, SandboxResponse response, String requestId, boolean head)
            throws IOException {
        var headers = exchange.getResponseHeaders();
        response.headers().forEach(headers::set);
        headers.set("x-amzn-RequestId", requestId);
        headers.set("x-amz-request-id", requestId);
        if (head || response.length() == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(response.status(), response.length());
        try (OutputStream out = exchange.getResponseBody()) {
            if (response.bytes() != null) {
                out.write(response.bytes());
            } else {
                try (InputStream in = Files.newInputStream(response.file())) {
                    in.skipNBytes(response.fileOffset());
                    byte[] buffer = new byte[1 << 16];
                    long left = response.length();
                    while (left > 0) {
                        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                        if (n < 0) {
                            break;
                        }
                        out.write(buffer, 0, n);
                        left -= n;
                    }
                }
            }
        }
    }
}
