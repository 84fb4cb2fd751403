package dev.athenawizard.ui.steps.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.identity.CallerIdentity;
import dev.athenawizard.core.aws.identity.ConnectionSettings;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.policy.AporiaQuery;
import dev.athenawizard.core.aws.selftest.CheckStatus;
import dev.athenawizard.core.aws.selftest.PermissionCheck;
import dev.athenawizard.core.aws.session.AwsSession;
import dev.athenawizard.core.aws.session.AwsSessions;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.core.sql.SqlAnalyzer;
import dev.athenawizard.ui.controls.Banner;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "Aporia's access" model with the real self-test: the session's {@code selfTestQuery} over the AWS SDK against
 * the sandbox, where one Aporia key may not read the table's S3 objects and another may do everything. Outcomes land
 * on a single "UI" thread, where the test also reads the model, as the step's FX thread would.
 */
class AporiaAccessModelTest {
    private static final String DENIED_KEY = "AKIAACCESSMODELNOS31";
    private static final String ALLOWED_KEY = "AKIAACCESSMODELALL01";
    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer();

    private static SandboxFixture sandbox;
    private static ExecutorService aws;
    private static AwsSessions sessions;
    private static WorkgroupInfo workgroup;

    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "access-model-ui"));
    private final AporiaAccessModel model = new AporiaAccessModel(ui);
    private AwsSession session;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = SandboxFixture.start(o -> o.deny(DENIED_KEY, "s3:GetObject"));
        aws = Executors.newFixedThreadPool(2);
        sessions = new AwsSessions(sandbox.clients(), aws);
        try (AwsSession any = sessions.open(connection(ALLOWED_KEY))) {
            workgroup = any.workgroups().describe("aporia").get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stopSandbox() {
        aws.shutdownNow();
        sandbox.close();
    }

    @AfterEach
    void closeSession() {
        ui.shutdownNow();
        if (session != null) {
            session.close();
        }
    }

    private static VerifiedConnection connection(String aporiaKey) {
        return new VerifiedConnection(ConnectionSettings.of(new CredentialSource.Sandbox(), SandboxFixture.REGION)
                .withEndpoint(sandbox.endpoint()),
                CallerIdentity.of("123456789012", "arn:aws:iam::123456789012:user/sandbox-user", "AIDASANDBOX"),
                Optional.of(SandboxFixture.key(aporiaKey)), false);
    }

    private static AporiaQuery query(String sql) {
        return AporiaQuery.of(ANALYZER.analyze(sql), "AwsDataCatalog", "aporia_demo");
    }

    /** The step's inputs: the verified connection (with Aporia's key), the workgroup, the previewed query. */
    private void given(String aporiaKey, String sql) throws Exception {
        VerifiedConnection connection = connection(aporiaKey);
        onUi(() -> {
            if (session == null || session.connection() != connection) {
                if (session != null) {
                    session.close();
                }
                session = sessions.open(connection);
            }
            model.connection.set(connection);
            model.workgroup.set(workgroup);
            model.query.set(query(sql));
            return null;
        });
    }

    /** Clicks "Check Aporia's access" and waits until the run is over. */
    private void checkAndWait() throws Exception {
        onUi(() -> {
            model.start(session::selfTestQuery);
            return null;
        });
        long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (onUi(() -> model.run.running().get())) {
            assertThat(System.nanoTime()).as("the check ended within a minute").isLessThan(giveUp);
            Thread.sleep(20);
        }
    }

    private <T> T onUi(Callable<T> read) throws Exception {
        return ui.submit(read).get(30, TimeUnit.SECONDS);
    }

    @Test
    void a_missing_permission_is_shown_red_first_with_its_statement_and_the_result_goes_when_the_query_changes()
            throws Exception {
        given(DENIED_KEY, "SELECT prediction_id, amount FROM model_predictions");
        assertThat(onUi(() -> model.verdict.get())).as("not checked: no verdict, least of all green").isNull();
        assertThat(onUi(() -> model.title.get())).isEqualTo("Aporia's access");

        checkAndWait();

        Banner verdict = onUi(() -> model.verdict.get());
        assertThat(verdict.kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(verdict.text()).startsWith("✗ Aporia's key cannot run this query yet.").contains("s3:GetObject");
        assertThat(onUi(() -> model.title.get())).isEqualTo("Aporia's access ✗");
        List<PermissionCheck> checks = onUi(() -> List.copyOf(model.checks));
        assertThat(checks.get(0)).satisfies(missing -> {
            assertThat(missing.status()).isEqualTo(CheckStatus.MISSING);
            assertThat(missing.action()).isEqualTo("s3:GetObject");
            assertThat(missing.statement()).hasValueSatisfying(s -> assertThat(s.toJson()).contains("s3:GetObject"));
        });
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.GRANTED).extracting(PermissionCheck::action)
                .contains("athena:StartQueryExecution", "glue:GetTable");

        given(DENIED_KEY, "SELECT prediction_id, amount, owner FROM model_predictions");

        assertThat(onUi(() -> model.verdict.get())).as("the verdict was for the old query").isNull();
        assertThat(onUi(() -> List.copyOf(model.checks))).isEmpty();
        assertThat(onUi(() -> model.title.get())).isEqualTo("Aporia's access");
        assertThat(onUi(() -> model.outdatedNote.get())).contains("changed since Aporia's access was checked");
        assertThat(onUi(() -> model.canRun.get())).isTrue();
    }

    @Test
    void green_only_once_every_permission_the_query_needs_was_tried_and_never_when_the_check_cannot_run()
            throws Exception {
        given(ALLOWED_KEY, "SELECT prediction_id, proba FROM model_predictions ORDER BY proba DESC");
        checkAndWait();

        // The sandbox's tables have no partition keys: Athena never looks up one of their partitions, so
        // glue:GetPartition is not needed, and every permission that is was tried and allowed.
        Banner earned = onUi(() -> model.verdict.get());
        assertThat(earned.kind()).isEqualTo(Banner.Kind.OK);
        assertThat(earned.text()).startsWith("✓ Aporia's key can run this query.");
        assertThat(onUi(() -> model.title.get())).isEqualTo("Aporia's access ✓");
        assertThat(onUi(() -> List.copyOf(model.checks))).isNotEmpty()
                .allMatch(c -> c.status() == CheckStatus.GRANTED)
                .noneMatch(c -> c.action().equals("glue:GetPartition"));

        given(ALLOWED_KEY, "SELECT 1 AS one");
        checkAndWait();

        Banner refused = onUi(() -> model.verdict.get());
        assertThat(refused.kind()).as("a check that cannot run is no success").isEqualTo(Banner.Kind.ERROR);
        assertThat(refused.text()).startsWith("✗ The check could not run: The query reads no table");
        assertThat(onUi(() -> model.title.get())).isEqualTo("Aporia's access ✗");

        given(DENIED_KEY, "SELECT 1 AS one");
        assertThat(onUi(() -> model.verdict.get())).as("another key: the verdict was not about it").isNull();

        onUi(() -> {
            model.query.set(null); // the query no longer previews (an error, or a write)
            return null;
        });
        assertThat(onUi(() -> model.canRun.get())).isFalse();
        assertThat(onUi(() -> model.explanation.get())).startsWith("Once the query previews without an error");
        assertThat(onUi(() -> model.verdict.get())).isNull();
    }

    @Test
    void a_check_cancelled_before_its_end_is_a_warning_never_green() throws Exception {
        given(ALLOWED_KEY, "SELECT prediction_id FROM model_predictions");
        onUi(() -> {
            model.start(session::selfTestQuery);
            model.cancel();
            return null;
        });

        Banner verdict = onUi(() -> model.verdict.get());
        assertThat(verdict.kind()).isEqualTo(Banner.Kind.WARN);
        assertThat(verdict.text()).startsWith("Cancelled: only the permissions listed were tried");
        assertThat(onUi(() -> model.title.get())).isEqualTo("Aporia's access ⚠");
        assertThat(onUi(() -> model.run.running().get())).isFalse();
    }
}
