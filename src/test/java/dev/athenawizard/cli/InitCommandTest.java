package dev.athenawizard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aporia.plan.RegistrationPlanner;
import dev.athenawizard.core.mapping.GuideExample;
import dev.athenawizard.core.mapping.MappingSections;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.sandbox.SandboxFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code init} against the sandbox through the real SDK: the guide's example becomes a project ready to register, an
 * embedding of varying length is suggested as a vector (and says why), predictions that do not fit the model type
 * are written but exit 3 with the finding, and usage errors exit 2 naming the flag before anything is sent.
 */
class InitCommandTest {
    private static final String COLUMNS = GuideExample.COLUMNS;
    /** The guide's query as a user writes it: init adds the preview's LIMIT itself. */
    private static final String GUIDE = "SELECT " + COLUMNS + " FROM model_predictions ORDER BY prediction_timestamp";
    private static SandboxFixture sandbox;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start();
        CliRun.useAccessKey(SandboxFixture.KEY_ID);
    }

    @AfterAll
    static void stop() {
        CliRun.forgetAccessKey();
        sandbox.close();
    }

    /** {@code init} of the demo table in workgroup aporia; {@code --flag=value} arguments replace the defaults. */
    private CliRun init(String sql, Path file, String... more) {
        Map<String, String> flags = new java.util.LinkedHashMap<>();
        flags.put("--endpoint-url", sandbox.server.endpoint().toString());
        flags.put("--region", "us-east-1");
        flags.put("--workgroup", "aporia");
        flags.put("--database", "aporia_demo");
        flags.put("--sql", sql);
        flags.put("--model-id", "insurance-upsell");
        flags.put("--model-type", "binary");
        flags.put("-o", file.toString());
        List<String> switches = new ArrayList<>();
        for (String m : more) {
            String[] parts = m.split("=", 2);
            if (parts.length == 2) {
                flags.put(parts[0], parts[1]);
            } else {
                switches.add(m);
            }
        }
        List<String> args = new ArrayList<>(List.of("init"));
        flags.forEach((k, v) -> args.addAll(List.of(k, v)));
        args.addAll(switches);
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theGuidesExampleBecomesAProjectReadyToRegister() throws Exception {
        Path file = dir.resolve("insurance" + ProjectStore.EXTENSION);

        CliRun run = init(GUIDE, file, "--model-name=Insurance upsell");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("  embeddings → Features, tensor [768]\n      because a model input (array of "
                        + "numbers, length 768 in every row)",
                "  OK      embeddings has length 768 in every one of 100 preview rows.",
                "  INFO    100 of 100 preview predictions (100%) already have an actual in did_buy_insurance.",
                "Wrote " + file + ": model insurance-upsell, version v1, binary; ID prediction_id, timestamp "
                        + "prediction_timestamp, 1 raw input, 4 features, 2 predictions, 1 actual.",
                "Ready to register: athena-wizard register --project " + file);
        assertThat(run.err()).contains("100 rows", "LIMIT 100 added");

        OnboardingProject project = new ProjectStore().load(file);
        GuideExample.assertMapping(project.mapping());
        assertThat(project.schema().columns()).hasSize(10);
        assertThat(project.model().id()).isEqualTo("insurance-upsell");
        assertThat(project.model().name()).isEqualTo("Insurance upsell");
        assertThat(project.model().modelType()).isEqualTo("binary");
        assertThat(project.query().sql()).as("the user's own SQL, without the preview's LIMIT").isEqualTo(GUIDE);
        assertThat(project.workgroup().outputLocation()).isEqualTo("s3://athena-wizard-sandbox-results/aporia/");
        assertThat(project.connection().mode()).isEqualTo(ConnectionSection.ConnectionMode.AWS);
        assertThat(project.connection().endpointOverride()).isEqualTo(sandbox.server.endpoint().toString());
        assertThat(project.access().databases()).containsExactly("aporia_demo");
        assertThat(RegistrationPlanner.plan(project).problems()).isEmpty();
        assertThat(MappingSections.read(project).modelType()).map(t -> t.wireName()).contains("binary");
        assertThat(Files.readString(file)).doesNotContain("not-a-real-secret");
    }

    @Test
    void anEmbeddingOfVaryingLengthIsMappedAsAVectorAndSaysWhy() throws Exception {
        Path file = dir.resolve("short" + ProjectStore.EXTENSION);
        String sql = "SELECT " + COLUMNS.replace("embeddings,",
                "CASE WHEN rn = 7 THEN slice(embeddings, 1, 767) ELSE embeddings END AS embeddings,")
                + " FROM (SELECT *, row_number() OVER (ORDER BY prediction_timestamp) AS rn FROM model_predictions)"
                + " ORDER BY prediction_timestamp";

        CliRun run = init(sql, file);

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("  embeddings → Features, vector\n      because a model input (array of "
                + "numbers whose length varies from 767 to 768)");
        assertThat(new ProjectStore().load(file).mapping().features().get(3).aporiaType()).isEqualTo("vector");
    }

    @Test
    void aModelTypeThePredictionsDoNotFitExits3WithTheFinding() {
        Path file = dir.resolve("regression" + ProjectStore.EXTENSION);

        CliRun run = init("SELECT prediction_id, prediction_timestamp, amount, will_buy_insurance FROM "
                + "model_predictions", file, "--model-type=regression");

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(InitCommand.MAPPING_TO_FIX);
        assertThat(run.out()).contains("  ERROR   A regression model needs a numeric prediction, and none of the "
                + "predictions is numeric.", "The mapping has 1 problem to fix before it can be registered");
        assertThat(Files.exists(file)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --model-type=bogus         | Invalid value for option '--model-type': 'bogus' is not a model type Aporia knows: binary, multiclass, multi-label, regression, ranking.
            --model-id=bad id          | athena-wizard init: --model-id 'bad id' may hold only letters, digits
            --model-version=v 2        | athena-wizard init: --model-version 'v 2' may hold only
            --limit=0                  | athena-wizard init: --limit must be at least 1, not 0
            --sql=DROP TABLE t         | athena-wizard init: Not sent: DROP TABLE is not a read-only statement
            --sql=SELECT * FRM t       | athena-wizard init: Syntax error at line 1
            --region=mars-north-1      | athena-wizard init: --region mars-north-1 is not a region id
            """)
    void usageErrorsExit2NamingTheFlagBeforeAnythingIsSent(String flag, String message) {
        int sentBefore = executions();
        Path file = dir.resolve("never" + ProjectStore.EXTENSION);

        CliRun run = init(GUIDE, file, flag);

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith(message);
        assertThat(executions()).as("nothing was sent").isEqualTo(sentBefore);
        assertThat(Files.exists(file)).as("nothing was written").isFalse();
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws Exception {
        Path file = Files.writeString(dir.resolve("mine" + ProjectStore.EXTENSION), "{}");

        CliRun kept = init(GUIDE, file);

        assertThat(kept.exit()).isEqualTo(2);
        assertThat(kept.err()).startsWith("athena-wizard init: --output " + file + " exists already; add --force "
                + "to replace it.");
        assertThat(Files.readString(file)).isEqualTo("{}");
        assertThat(init(GUIDE, file, "--force").exit()).isZero();
        assertThat(new ProjectStore().load(file).model().id()).isEqualTo("insurance-upsell");
    }

    @Test
    void aWorkgroupWithoutAResultLocationIsNamedAndNothingIsWritten() {
        Path file = dir.resolve("primary" + ProjectStore.EXTENSION);

        CliRun run = init(GUIDE, file, "--workgroup=primary");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("athena-wizard init: --workgroup primary has no query result location.");
        assertThat(Files.exists(file)).isFalse();
    }

    private static int executions() {
        return CliRun.executions(sandbox, "aporia");
    }
}
