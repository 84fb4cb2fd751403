package dev.athenawizard.core.sandbox.aporia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athenawizard.core.aporia.GuideProject;
import dev.athenawizard.core.aporia.client.AporiaCall;
import dev.athenawizard.core.aporia.client.AporiaCallException;
import dev.athenawizard.core.aporia.client.AporiaHost;
import dev.athenawizard.core.aporia.client.AporiaTransport;
import dev.athenawizard.core.aporia.client.DataSourceKey;
import dev.athenawizard.core.aporia.client.Registration;
import dev.athenawizard.core.aporia.client.RegistrationListener;
import dev.athenawizard.core.aporia.client.RegistrationReport;
import dev.athenawizard.core.aporia.client.RegistrationStep;
import dev.athenawizard.core.aporia.client.RetryPolicy;
import dev.athenawizard.core.aporia.client.StepState;
import dev.athenawizard.core.aporia.client.StepStatus;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import dev.athenawizard.core.aporia.plan.RegistrationPlanner;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.sandbox.SandboxExtension;
import dev.athenawizard.core.sandbox.aporia.SandboxModel.SandboxDataset;
import dev.athenawizard.testing.ControlledTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Aporia failing in the middle of a registration: no answer (the client times out and tries again), a connection
 * that breaks on every attempt, a token revoked between calls. A re-run then completes with one of everything.
 * (5xx beyond retries is covered by {@code AporiaSandboxWireTest} and {@code RegisterCommandTest}.)
 */
class AporiaMidRegistrationFaultsWireTest {
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    private static final DataSourceKey KEY = new DataSourceKey(GuideProject.DEDICATED_KEY_ID,
            Secret.of("mid-registration-secret-51c0"));
    /** Longer than any test: a hung call is answered only by the client giving up (or by clear()). */
    private static final Duration FOREVER = Duration.ofMinutes(5);
    private final ControlledTime time = new ControlledTime(Instant.parse("2026-01-01T00:00:00Z"));

    @AfterEach
    void clearFaults() {
        aporia().faults().clear();
    }

    private static AporiaSandbox aporia() {
        return SANDBOX.server().aporia();
    }

    private AporiaTransport transport(String token) {
        return new AporiaTransport(AporiaHost.sandbox(SANDBOX.fixture().endpoint()), Secret.of(token),
                AporiaTransport.newHttpClient(), time, RetryPolicy.SDK, List.of());
    }

    private Registration registration(String modelId, String token) {
        RegistrationPlan plan = RegistrationPlanner.plan(GuideProject.withModelId(GuideProject.project(), modelId))
                .plan().orElseThrow();
        return new Registration(plan, transport(token), KEY);
    }

    @Test
    void a_call_that_gets_no_answer_times_out_and_is_tried_again() throws Exception {
        aporia().faults().hang("GET", "/capabilities", 1, FOREVER);
        AporiaCall call = AporiaCall.get("/capabilities/").withTimeout(Duration.ofMillis(300));

        long started = System.nanoTime();
        int status = transport("t").send(call, "read the capabilities", s -> false,
                AporiaTransport.RetryObserver.NONE).status();

        assertThat(status).isEqualTo(200);
        assertThat(time.sleeps()).as("one pause before the second attempt").containsExactly(Duration.ofSeconds(2));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("did not wait for the hang to end")
                .isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void a_call_that_never_gets_an_answer_fails_after_every_attempt_saying_so() {
        aporia().faults().hang("GET", "/capabilities", 4, FOREVER);
        AporiaCall call = AporiaCall.get("/capabilities/").withTimeout(Duration.ofMillis(200));

        assertThatThrownBy(() -> transport("t").send(call, "read the capabilities", s -> false,
                AporiaTransport.RetryObserver.NONE)).isInstanceOfSatisfying(AporiaCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AporiaCallException.Kind.UNAVAILABLE);
                    assertThat(e.getMessage()).startsWith("Aporia did not answer GET /capabilities/")
                            .contains("4 times", "try again later");
                });
        assertThat(time.sleeps()).hasSize(3);
    }

    @Test
    void a_connection_broken_on_every_attempt_fails_the_step_and_a_rerun_leaves_one_of_each() throws Exception {
        aporia().faults().hang("POST", "/mid-broken/versions/v1/datasets", 4, Duration.ZERO);
        Registration first = registration("mid-broken", "t");

        RegistrationReport failed = first.run(RegistrationListener.NONE);

        assertThat(failed.steps()).extracting(StepState::status).containsExactly(StepStatus.DONE, StepStatus.DONE,
                StepStatus.FAILED, StepStatus.WAITING);
        assertThat(failed.steps().get(2).detail()).contains("broke during POST");
        assertThat(registration("mid-broken", "t").run(RegistrationListener.NONE).complete()).isTrue();
        assertOneOfEach("mid-broken");
    }

    @Test
    void a_token_revoked_between_calls_fails_with_401_and_a_rerun_with_a_new_token_leaves_one_of_each()
            throws Exception {
        Registration first = registration("mid-401", "old-token");
        RegistrationListener revokeAfterVersion = state -> {
            if (state.step().kind() == RegistrationStep.Kind.VERSION && state.status() == StepStatus.DONE) {
                aporia().faults().acceptOnlyToken("new-token");
            }
        };

        RegistrationReport failed = first.run(revokeAfterVersion);

        assertThat(failed.steps()).extracting(StepState::status).containsExactly(StepStatus.DONE, StepStatus.DONE,
                StepStatus.FAILED, StepStatus.WAITING);
        assertThat(failed.steps().get(2).detail()).contains("did not accept the token", "HTTP 401")
                .doesNotContain("old-token");
        assertThat(registration("mid-401", "new-token").run(RegistrationListener.NONE).complete()).isTrue();
        assertOneOfEach("mid-401");
    }

    private static void assertOneOfEach(String modelId) {
        assertThat(aporia().models()).filteredOn(m -> m.id().equals(modelId)).hasSize(1);
        SandboxModel model = aporia().model(modelId).orElseThrow();
        assertThat(model.versions()).hasSize(1);
        assertThat(model.versions().get(0).datasets()).extracting(SandboxDataset::name)
                .containsExactly("serving", "training");
    }
}
