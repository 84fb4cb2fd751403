package dev.athenawizard.core.aporia.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;

/**
 * The requests a registration would send, as text, with the token and the data source's secret key masked: what
 * {@code register --dry-run} prints and the Register step's summary can show.
 */
public final class DryRun {
    private DryRun() {
    }

    /**
     * @param accessKeyId the data source's key id when known (it is not a secret), else empty
     */
    public static String render(RegistrationPlan plan, AporiaHost host, String accessKeyId) {
        return render(plan, java.util.Optional.of(host), accessKeyId);
    }

    /**
     * @param host empty while no host is known: the requests then name {@code ${APORIA_HOST}}, as the exports do
     */
    public static String render(RegistrationPlan plan, java.util.Optional<AporiaHost> host, String accessKeyId) {
        String api = host.map(h -> h.apiBase().toString()).orElse("${APORIA_HOST}/v1beta");
        StringBuilder out = new StringBuilder();
        out.append("Aporia ").append(api).append(", environment ").append(plan.environment())
                .append('\n');
        out.append("Every request carries: Authorization: Bearer ").append(KeyText.MASK)
                .append(" and Content-Type: application/json\n");
        RegistrationStep current = null;
        int number = 0;
        for (PlannedCall planned : PlannedCall.of(plan, KeyText.masked(accessKeyId))) {
            if (!planned.step().equals(current)) {
                current = planned.step();
                out.append('\n').append(++number).append(". ").append(current.label()).append('\n');
            }
            out.append(planned.call().method()).append(' ').append(api).append(planned.call().path());
            if (!planned.why().isEmpty()) {
                out.append("   — ").append(planned.why());
            }
            out.append('\n');
            planned.call().body().ifPresent(body -> out.append(pretty(body)).append('\n'));
        }
        return out.toString();
    }

    static String pretty(Object json) {
        try {
            return Payloads.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
