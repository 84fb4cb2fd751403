package dev.athenawizard.core.sandbox.aporia;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpHandler;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's stand-in for Aporia's controller: it answers the {@code /v1beta} calls that register a model, on the
 * sandbox's own port, and validates every payload as Aporia would (required members, known types, tensor
 * dimensions, the tag rules, a model before its version, a version before its datasets), answering 400, 401, 404
 * and 409 in Aporia's REST error shape. It keeps what was registered in memory, for a demo to show at the end:
 * {@link #models()} here, or {@code GET /v1beta/sandbox/registrations} over HTTP (secret keys masked).
 *
 * <p>Any non-empty {@code Bearer} token is accepted unless {@link #faults()} says otherwise.
 */
public final class AporiaSandbox {
    /** Where its calls arrive: every path below this prefix is Aporia's. */
    public static final String PATH_PREFIX = "/v1beta/";

    private final AporiaRegistry registry;
    private final AporiaFaults faults = new AporiaFaults();
    private final AporiaRoutes routes;

    public AporiaSandbox(Clock clock) {
        this.registry = new AporiaRegistry(clock);
        this.routes = new AporiaRoutes(registry, faults);
    }

    /** The handler to mount at {@link #PATH_PREFIX}. */
    public HttpHandler handler() {
        return routes;
    }

    public AporiaFaults faults() {
        return faults;
    }

    /** Every model registered so far, with its versions and datasets, as received. */
    public List<SandboxModel> models() {
        return registry.models();
    }

    public Optional<SandboxModel> model(String id) {
        return registry.find(id);
    }

    /** {@link #models()} as the JSON {@code GET /v1beta/sandbox/registrations} answers. */
    public String registrationsJson() {
        try {
            return AporiaRoutes.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                    AporiaRoutes.JSON.createObjectNode().set("models", AporiaRoutes.JSON.valueToTree(models())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
