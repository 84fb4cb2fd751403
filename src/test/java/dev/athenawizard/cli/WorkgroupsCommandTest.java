package dev.athenawizard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.athenawizard.core.Version;
import dev.athenawizard.core.sandbox.SandboxFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorkgroupsCommandTest {
    private static final String INVALID = "AKIAINVALIDCLIKEY001";
    private static SandboxFixture sandbox;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start(b -> b.invalidKey(INVALID));
        CliRun.useAccessKey(SandboxFixture.KEY_ID);
    }

    @AfterAll
    static void stop() {
        CliRun.forgetAccessKey();
        sandbox.close();
    }

    private static CliRun workgroups(String... more) {
        String[] args = new String[more.length + 5];
        args[0] = "workgroups";
        args[1] = "--endpoint-url";
        args[2] = sandbox.server.endpoint().toString();
        args[3] = "--region";
        args[4] = "us-east-1";
        System.arraycopy(more, 0, args, 5, more.length);
        return CliRun.of(args);
    }

    @Test
    void printsAnAlignedTableByDefault() {
        CliRun run = workgroups();

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactly(
                "NAME     STATE    ENGINE                   OUTPUT_LOCATION                             ENFORCED  CUTOFF_BYTES",
                "aporia   ENABLED  Athena engine version 3  s3://athena-wizard-sandbox-results/aporia/  true      -",
                "primary  ENABLED  Athena engine version 3  -                                           false     -");
    }

    @Test
    void printsCsv() {
        CliRun run = workgroups("--format", "csv");

        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).containsExactly("name,state,engine,output_location,enforced,cutoff_bytes",
                "aporia,ENABLED,Athena engine version 3,s3://athena-wizard-sandbox-results/aporia/,true,",
                "primary,ENABLED,Athena engine version 3,,false,");
    }

    @Test
    void printsJsonWithTypedValues() throws Exception {
        CliRun run = workgroups("--format", "JSON");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("name").asText()).isEqualTo("aporia");
        assertThat(json.get(0).get("enforced").isBoolean()).isTrue();
        assertThat(json.get(1).get("output_location").isNull()).isTrue();
        assertThat(json.get(1).get("cutoff_bytes").isNull()).isTrue();
    }

    @Test
    void aFailureIsOneLineOnStderrAndExitCodeOne() {
        CliRun.useAccessKey(INVALID);
        try {
            CliRun run = workgroups();

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines()).containsExactly("athena-wizard workgroups: AWS did not accept the credentials "
                    + "(The security token included in the request is invalid.). Check the access key id and secret "
                    + "key, or the profile you chose.");
        } finally {
            CliRun.useAccessKey(SandboxFixture.KEY_ID);
        }
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = workgroups("--format", "xml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'xml' is not a format; use table, csv or json.");
    }

    @Test
    void hasHelpAndVersion() {
        assertThat(CliRun.of("workgroups", "--help").out()).contains("Usage: athena-wizard workgroups",
                "--endpoint-url", "--profile", "--region", "--format");
        assertThat(CliRun.of("workgroups", "--version").out().trim()).isEqualTo(Version.full());
    }
}
