package dev.athenawizard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.athenawizard.core.mapping.GuideExample;
import dev.athenawizard.ui.controls.results.ResultGrid;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A new user's whole way through the wizard in the sandbox — Connection, Workgroup, Query, Mapping, Register — ending
 * with the model registered in the sandbox's Aporia, as {@code GET /v1beta/sandbox/registrations} shows.
 */
@ExtendWith(ApplicationExtension.class)
class FiveStepsWalkTest {
    private WizardUnderTest wizard;

    @Start
    void start(Stage stage) {
        wizard = WizardUnderTest.open(stage, "five-steps");
    }

    @AfterEach
    void close() {
        wizard.close();
    }

    @Test
    void a_new_user_walks_all_five_steps_in_the_sandbox_and_ends_with_the_model_registered(FxRobot robot)
            throws Exception {
        // 1. Connection: try without AWS.
        FxInput.click(robot, "#choice-sandbox");
        ConnectThroughUi.next(robot);

        // 2. Workgroup: the recommended one (aporia) is picked, and the demo database ticked.
        StepsThroughUi.awaitPolicy(robot);
        StepsThroughUi.next(robot, "Query");

        // 3. Query: the guide's query, previewed after the pause in typing.
        StepsThroughUi.typeQuery(robot, GuideExample.QUERY);
        StepsThroughUi.awaitPreview(robot);
        assertThat(robot.lookup("#result-grid").queryAs(ResultGrid.class).rowCount()).isEqualTo(100);
        StepsThroughUi.next(robot, "Mapping");

        // 4. Mapping: the suggestions, accepted; every check passes on the preview rows.
        StepsThroughUi.acceptSuggestions(robot);
        waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#next").queryAs(Button.class).isDisabled());
        GuideExample.assertMapping(wizard.wiring.session().project().mapping());
        StepsThroughUi.next(robot, "Register");

        // 5. Register.
        registerInTheSandbox(robot, "five-steps-demo");
    }

    /** Names the model, registers it with the sandbox's Aporia, and checks that Aporia received it. */
    static void registerInTheSandbox(FxRobot robot, String modelId) throws Exception {
        FxInput.enter(robot, "#model-id", modelId);
        FxInput.enter(robot, "#model-name", "Insurance upsell");
        robot.clickOn("#register-tab .tab-label");
        FxInput.press(robot, "#register");
        waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#register-outcome").queryAs(Label.class).getText()
                .startsWith("✓ Registered"));
        assertThat(robot.lookup("#finish").queryAs(Button.class).isDisabled()).isFalse();

        URI host = URI.create(robot.lookup("#sandbox-host").queryAs(Label.class).getText());
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        host.resolve("/v1beta/sandbox/registrations")).header("Authorization", "Bearer walk").build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode models = new ObjectMapper().readTree(answer.body()).path("models");
        JsonNode model = null;
        for (JsonNode m : models) {
            if (m.path("id").asText().equals(modelId)) {
                model = m;
            }
        }
        assertThat(model).as("the sandbox's Aporia holds the model").isNotNull();
        assertThat(model.path("versions").get(0).path("name").asText()).isEqualTo("v1");
        assertThat(model.path("versions").get(0).path("datasets").get(0).path("name").asText()).isEqualTo("serving");
    }
}
