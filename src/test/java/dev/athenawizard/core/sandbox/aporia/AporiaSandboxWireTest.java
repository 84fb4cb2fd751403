package dev.athenawizard.core.sandbox.aporia;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.athenawizard.core.aporia.GuideProject;
import dev.athenawizard.core.aporia.client.AporiaHost;
import dev.athenawizard.core.aporia.client.AporiaTransport;
import dev.athenawizard.core.aporia.client.DataSourceKey;
import dev.athenawizard.core.aporia.client.Registration;
import dev.athenawizard.core.aporia.client.RegistrationListener;
import dev.athenawizard.core.aporia.client.RegistrationReport;
import dev.athenawizard.core.aporia.client.RetryPolicy;
import dev.athenawizard.core.aporia.client.StepState;
import dev.athenawizard.core.aporia.client.StepState.Outcome;
import dev.athenawizard.core.aporia.client.StepStatus;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import dev.athenawizard.core.aporia.plan.RegistrationPlanner;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.sandbox.SandboxExtension;
import dev.athenawizard.core.sandbox.aporia.SandboxModel.SandboxDataset;
import dev.athenawizard.core.sandbox.aporia.SandboxModel.SandboxVersion;
import dev.athenawizard.testing.ControlledTime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The registration client against the sandbox's Aporia endpoint, and the sandbox checking payloads as Aporia does. */
class AporiaSandboxWireTest {
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    private static final String SECRET_KEY = "sandbox-wire-secret-9d2f";
    private static final DataSourceKey KEY = new DataSourceKey(GuideProject.DEDICATED_KEY_ID, Secret.of(SECRET_KEY));
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ControlledTime time = new ControlledTime(Instant.parse("2026-01-01T00:00:00Z"));

    @AfterEach
    void clearFaults() {
        aporia().faults().clear();
    }

    private static AporiaSandbox aporia() {
        return SANDBOX.server().aporia();
    }

    private static RegistrationPlan plan(String modelId) {
        return RegistrationPlanner.plan(GuideProject.withModelId(GuideProject.project(), modelId)).plan().orElseThrow();
    }

    private Registration registration(RegistrationPlan plan, String token) {
        return new Registration(plan, new AporiaTransport(AporiaHost.sandbox(SANDBOX.fixture().endpoint()),
                Secret.of(token), AporiaTransport.newHttpClient(), time, RetryPolicy.SDK, List.of()), KEY);
    }

    private static HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SANDBOX.fixture().endpoint() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.replace('\'', '"')))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode error(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("error");
    }

    @Test
    void a_registration_ends_with_the_model_version_and_datasets_in_the_sandbox() throws Exception {
        RegistrationReport report = registration(plan("sbx-full"), "any-token").run(RegistrationListener.NONE);

        assertThat(report.complete()).as(String.valueOf(report.failure())).isTrue();
        SandboxModel model = aporia().model("sbx-full").orElseThrow();
        assertThat(model.name()).isEqualTo("Insurance upsell");
        assertThat(model.received().path("tags").path("team").asText()).isEqualTo("growth");
        assertThat(model.versions()).extracting(SandboxVersion::name, SandboxVersion::modelType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("v1", "binary"));
        SandboxVersion version = model.versions().get(0);
        assertThat(version.received().path("version_schema").path("features").path("embeddings").toString())
                .isEqualTo("{\"type\":\"tensor\",\"dimensions\":[768]}");
        assertThat(version.datasets()).extracting(SandboxDataset::name).containsExactly("serving", "training");
        JsonNode serving = version.datasets().get(0).received();
        assertThat(serving.path("data_source").path("config").path("password").asText()).isEqualTo("****");
        assertThat(serving.path("data_source").path("config").path("user").asText())
                .isEqualTo(GuideProject.DEDICATED_KEY_ID);
        assertThat(serving.path("labels").path("will_buy_insurance").asText()).isEqualTo("did_buy_insurance");

        HttpResponse<String> summary = call("GET", "/v1beta/sandbox/registrations", null, "t");
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body()).contains("\"sbx-full\"", "\"serving\"", "****").doesNotContain(SECRET_KEY);
        assertThat(aporia().registrationsJson()).doesNotContain(SECRET_KEY);
    }

    @Test
    void registering_again_keeps_the_model_and_version_and_replaces_the_datasets() throws Exception {
        registration(plan("sbx-again"), "t").run(RegistrationListener.NONE);

        RegistrationReport again = registration(plan("sbx-again"), "t").run(RegistrationListener.NONE);

        assertThat(again.steps()).extracting(StepState::outcome).containsExactly(Outcome.ALREADY_EXISTED,
                Outcome.ALREADY_EXISTED, Outcome.CONNECTED, Outcome.CONNECTED);
        SandboxModel model = aporia().model("sbx-again").orElseThrow();
        assertThat(model.versions()).hasSize(1);
        assertThat(model.versions().get(0).datasets()).extracting(SandboxDataset::name, SandboxDataset::connections)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("serving", 2),
                        org.assertj.core.groups.Tuple.tuple("training", 2));
    }

    @Test
    void a_503_from_the_sandbox_is_retried() throws Exception {
        aporia().faults().fail("POST", "/versions", 503, 1);

        RegistrationReport report = registration(plan("sbx-retry"), "t").run(RegistrationListener.NONE);

        assertThat(report.complete()).isTrue();
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
        assertThat(aporia().model("sbx-retry").orElseThrow().versions()).hasSize(1);
    }

    @Test
    void a_rejected_token_is_a_401_explained() throws Exception {
        aporia().faults().acceptOnlyToken("the-right-token");

        RegistrationReport report = registration(plan("sbx-401"), "a-wrong-token").run(RegistrationListener.NONE);

        assertThat(report.steps().get(0).status()).isEqualTo(StepStatus.FAILED);
        assertThat(report.steps().get(0).detail()).contains("did not accept the token", "HTTP 401")
                .doesNotContain("a-wrong-token");
        assertThat(aporia().model("sbx-401")).isEmpty();
        assertThat(call("GET", "/v1beta/capabilities/", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_rerun_after_a_midway_failure_leaves_one_of_each() throws Exception {
        aporia().faults().fail("POST", "/sbx-midway/versions/v1/datasets", 500, 4);
        Registration first = registration(plan("sbx-midway"), "t");

        RegistrationReport failed = first.run(RegistrationListener.NONE);
        assertThat(failed.steps()).extracting(StepState::status).containsExactly(StepStatus.DONE, StepStatus.DONE,
                StepStatus.FAILED, StepStatus.WAITING);
        assertThat(first.run(RegistrationListener.NONE).complete()).isTrue();
        assertThat(registration(plan("sbx-midway"), "t").run(RegistrationListener.NONE).complete()).isTrue();

        assertThat(aporia().models()).filteredOn(m -> m.id().equals("sbx-midway")).hasSize(1);
        SandboxModel model = aporia().model("sbx-midway").orElseThrow();
        assertThat(model.versions()).hasSize(1);
        assertThat(model.versions().get(0).datasets()).extracting(SandboxDataset::name)
                .containsExactly("serving", "training");
    }

    @Test
    void a_version_needs_its_model_and_a_dataset_its_version() throws Exception {
        HttpResponse<String> version = call("POST", "/v1beta/models/nobody/versions", "{'name':'v1',"
                + "'model_type':'binary','version_schema':{'features':{'a':'numeric'},'predictions':{'p':'boolean'}}}",
                "t");
        assertThat(version.statusCode()).isEqualTo(404);
        assertThat(error(version).path("message").asText()).isEqualTo("Model nobody not found.");

        registration(plan("sbx-order"), "t").run(RegistrationListener.NONE);
        HttpResponse<String> dataset = call("POST", "/v1beta/models/sbx-order/versions/v9/datasets", "{}", "t");
        assertThat(dataset.statusCode()).isEqualTo(404);
        assertThat(error(dataset).path("message").asText()).isEqualTo("Version v9 of model sbx-order not found.");
    }

    @Test
    void payloads_are_checked_as_aporia_would() throws Exception {
        assertThat(call("POST", "/v1beta/models", "{'id':'m1','name':'M'}", null).statusCode()).isEqualTo(401);
        assertRejected("/v1beta/models", "{'name':'M'}", "id");
        assertRejected("/v1beta/models", "{'id':'m1','name':'M','color':'orange'}", "color");
        assertRejected("/v1beta/models", "{'id':'m1','name':'M','tags':{'a key that is too long':'x'}}",
                "tags.a key that is too long");
        assertRejected("/v1beta/models", "{'id':'m1','name':'M','colour':'red'}", "colour");
        assertThat(call("POST", "/v1beta/models", "{'id':'sbx-checks','name':'M'}", "t").statusCode())
                .isEqualTo(201);
        assertThat(call("POST", "/v1beta/models", "{'id':'sbx-checks','name':'M'}", "t").statusCode())
                .isEqualTo(409);

        String versions = "/v1beta/models/sbx-checks/versions";
        assertRejected(versions, "{'name':'v1','model_type':'classifier','version_schema':{}}", "model_type");
        assertRejected(versions, "{'name':'v1','model_type':'binary','version_schema':{'features':{'e':'tensor'},"
                + "'predictions':{'p':'boolean'}}}", "version_schema.features.e");
        assertRejected(versions, "{'name':'v1','model_type':'binary','version_schema':{'features':"
                + "{'e':{'type':'tensor','dimensions':[0]}},'predictions':{'p':'boolean'}}}",
                "version_schema.features.e.dimensions");
        assertRejected(versions, "{'name':'v1','model_type':'binary','version_schema':{'features':"
                + "{'a':'decimal'},'predictions':{'p':'boolean'}}}", "version_schema.features.a");
        assertRejected(versions, "{'name':'v1','model_type':'binary','version_schema':{'features':{'a':'numeric'},"
                + "'predictions':{'a':'boolean'}}}", "version_schema.predictions.a");
        assertRejected(versions, "{'name':'v1','model_type':'binary','version_schema':{'features':{'a':'numeric',"
                + "'b':'numeric'},'predictions':{'p':'boolean'},'feature_positions':{'a':0,'b':0}}}",
                "version_schema.feature_positions.b");
        assertRejected(versions, "{'name':'v1','model_type':'binary','version_schema':{'features':{},"
                + "'predictions':{'p':'boolean'}}}", "version_schema.features");
        assertThat(call("POST", versions, "{'name':'v1','model_type':'binary','version_schema':{'features':"
                + "{'a':'numeric'},'predictions':{'p':'boolean'},'feature_positions':{'a':0}}}", "t").statusCode())
                .isEqualTo(201);

        String datasets = versions + "/v1/datasets";
        String source = "'data_source':{'type':'athena','config':{'url':'jdbc:awsathena://AwsRegion=us-east-1',"
                + "'query':'SELECT 1','user':'AKIA','password':'x','s3_output_location':'s3://b/p/','sample_size':1}}";
        String sync = "'sync':{'enabled':true,'environment':'production'}";
        assertRejected(datasets, "{'name':'serving'," + source + "," + sync + ",'id_column':'id',"
                + "'timestamp_column':'ts','labels':{'a':'label'}}", "labels.a");
        assertRejected(datasets, "{'name':'serving'," + source.replace("AwsRegion=us-east-1", "Region=x") + ","
                + sync + ",'id_column':'id','timestamp_column':'ts'}", "data_source.config.url");
        assertRejected(datasets, "{'name':'serving'," + source + ",'sync':{'enabled':true},'id_column':'id',"
                + "'timestamp_column':'ts'}", "sync.environment");
        assertRejected(datasets, "{'name':'serving'," + source + "," + sync + ",'timestamp_column':'ts'}",
                "id_column");
        assertRejected(datasets, "{'name':'live'," + source + "," + sync + ",'id_column':'id',"
                + "'timestamp_column':'ts'}", "name");
        HttpResponse<String> ok = call("POST", datasets, "{'name':'serving'," + source + "," + sync
                + ",'id_column':'id','timestamp_column':'ts','features':{'a':'col_a'},'labels':{'p':'label'}}", "t");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    }

    private static void assertRejected(String path, String body, String member) throws Exception {
        HttpResponse<String> response = call("POST", path, body, "t");
        assertThat(response.statusCode()).as(body + " → " + response.body()).isEqualTo(400);
        assertThat(error(response).path("detail").asText()).as(response.body()).isEqualTo(member);
        assertThat(error(response).path("message").asText()).isNotBlank();
    }
}
