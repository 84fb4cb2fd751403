package dev.athenawizard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.aws.credentials.ProfileFileLocations;
import dev.athenawizard.core.aws.secrets.SecretStore;
import dev.athenawizard.core.sandbox.AthenaQueries;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.core.sandbox.http.LiveFaults;
import dev.athenawizard.core.sandbox.http.LiveFaults.Fault;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code preview} and {@code check} while the sandbox throttles, fails, drops connections or expires the key. */
class CliUnderFaultsTest {
    private static final String KEY = "ASIACLIUNDERFAULTS01";
    private static final String SQL = "SELECT prediction_id, amount FROM model_predictions ORDER BY prediction_id";
    private static SandboxFixture sandbox;
    private static String cleanOutput;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start();
        CliRun.useAccessKey(KEY);
        CliRun clean = preview();
        assertThat(clean.exit()).as(clean.err()).isZero();
        cleanOutput = clean.out();
    }

    @AfterAll
    static void stop() {
        CliRun.forgetAccessKey();
        sandbox.close();
    }

    @AfterEach
    void clearFaults() {
        faults().clear();
    }

    private static LiveFaults faults() {
        return sandbox.server.faults();
    }

    private static CliRun preview() {
        return CliRun.of("preview", "--endpoint-url", sandbox.endpoint().toString(), "--region", SandboxFixture.REGION,
                "--workgroup", "aporia", "--database", "aporia_demo", "--sql", SQL, "--limit", "20");
    }

    @Test
    void aPreviewThroughThrottlingServerErrorsAndDroppedConnectionsPrintsTheSameRows() {
        faults().plan("StartQueryExecution", Fault.DROP_AFTER, 1);
        faults().plan("GetQueryExecution", Fault.THROTTLE, 1);
        faults().plan("GetQueryExecution", Fault.DROP_BEFORE, 1);
        faults().plan("GetQueryResults", Fault.SERVER_ERROR, 1);
        faults().plan("GetWorkGroup", Fault.SERVER_ERROR, 1);

        CliRun run = preview();

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(cleanOutput);
        assertThat(faults().injected(Fault.DROP_AFTER) + faults().injected(Fault.DROP_BEFORE)
                + faults().injected(Fault.THROTTLE) + faults().injected(Fault.SERVER_ERROR)).isEqualTo(5);
    }

    @Test
    void credentialsExpiringMidPreviewExitOneSayingToGetFreshOnes() {
        faults().expireKeyAtNext(KEY, "GetQueryExecution");

        CliRun run = preview();

        assertThat(run.exit()).as("1: a failure after sending").isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("athena-wizard preview: The AWS "
                + "credentials have expired. Get fresh ones (for example `aws sso login`, or a new session token) "
                + "and try again.").contains("may still be running");
    }

    @Test
    void aPreviewWhosePollsFailForGoodExitsOneAndLeavesNothingRunning() {
        faults().plan("GetQueryExecution", Fault.DROP_BEFORE, 50);

        CliRun run = preview();

        faults().clear();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("athena-wizard preview: Cannot reach Athena at " + sandbox.endpoint())
                .contains("The query was stopped in Athena.");
        assertThat(AthenaQueries.unfinished(sandbox.athena(), "aporia")).as("left QUEUED or RUNNING").isEmpty();
    }

    @Test
    void checkWithAKeyThatHasExpiredCouldNotRunAndSaysToGetFreshCredentials() {
        faults().expireKey(KEY);

        CliRun run = CliRun.in(new CliEnvironment(Map.of("AWS_ACCESS_KEY_ID", KEY, "AWS_SECRET_ACCESS_KEY", "s"),
                ProfileFileLocations.fromEnvironment(Map.of(), dir), SecretStore::memoryOnly, AppDirs.resolve()),
                args("check", "--workgroup", "aporia", "--database", "aporia_demo"));

        assertThat(run.exit()).as("1: the check could not run\n" + run.out() + run.err()).isEqualTo(1);
        assertThat(run.err()).contains("has expired", "Get new temporary credentials");
    }

    private static String[] args(String... first) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of("--region", SandboxFixture.REGION, "--endpoint-url", sandbox.endpoint().toString()));
        return all.toArray(String[]::new);
    }
}
