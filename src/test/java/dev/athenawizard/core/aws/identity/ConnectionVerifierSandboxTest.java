package dev.athenawizard.core.aws.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.sandbox.SandboxFixture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Connection step's check against the real sandbox, over HTTP with the real SDK. */
class ConnectionVerifierSandboxTest {
    private static final String LONG_TERM = "AKIAVERIFYOK00000001";
    private static final String INVALID = "AKIAVERIFYINVALID001";
    private static final String EXPIRED = "ASIAVERIFYEXPIRED001";
    private static final String ROOT = "AKIAVERIFYROOT000001";
    private static final String NO_ATHENA = "AKIAVERIFYNOATHENA01";

    private static SandboxFixture sandbox;
    private static ExecutorService executor;
    private static ConnectionVerifier verifier;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start(options -> options
                .invalidKey(INVALID)
                .expiredKey(EXPIRED)
                .identity(ROOT, "arn:aws:iam::123456789012:root")
                .deny(NO_ATHENA, "athena:ListWorkGroups"));
        executor = Executors.newSingleThreadExecutor();
        verifier = new ConnectionVerifier(sandbox.clients(), executor);
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
        sandbox.close();
    }

    private static VerificationResult verify(CredentialSource credentials) {
        return verifier.verify(ConnectionSettings.of(credentials, SandboxFixture.REGION)
                .withEndpoint(sandbox.endpoint())).join();
    }

    @Test
    void aWorkingKeyShowsWhoItIsAndAdvisesAgainstLongTermKeys() {
        VerificationResult result = verify(SandboxFixture.key(LONG_TERM));

        assertThat(result.ok()).isTrue();
        assertThat(result.identity()).hasValue(new CallerIdentity("123456789012",
                "arn:aws:iam::123456789012:user/sandbox-user", LONG_TERM, IdentityKind.IAM_USER));
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(CredentialWarning.Severity.ADVICE);
            assertThat(w.message()).contains(LONG_TERM).contains("least-privilege").contains("short-lived");
        });
    }

    @Test
    void theSandboxesOwnCredentialsNeedNoAdvice() {
        VerificationResult result = verify(new CredentialSource.Sandbox());
        assertThat(result.ok()).isTrue();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void anUnknownKeyPointsAtTheKeyIdField() {
        VerificationResult result = verify(SandboxFixture.key(INVALID));
        assertThat(result.identity()).isEmpty();
        assertThat(result.problem()).hasValueSatisfying(p -> {
            assertThat(p.field()).isEqualTo(ProblemField.ACCESS_KEY_ID);
            assertThat(p.message()).startsWith("AWS does not recognise access key id " + INVALID);
            assertThat(p.awsErrorCode()).isEqualTo("InvalidClientTokenId");
        });
    }

    @Test
    void anExpiredSessionPointsAtTheSessionTokenField() {
        VerificationResult result = verify(SandboxFixture.temporaryKey(EXPIRED));
        assertThat(result.problem()).hasValueSatisfying(p -> {
            assertThat(p.field()).isEqualTo(ProblemField.SESSION_TOKEN);
            assertThat(p.message()).startsWith("The session token has expired");
        });
    }

    @Test
    void rootCredentialsWorkButAreWarnedAboutStrongly() {
        VerificationResult result = verify(SandboxFixture.key(ROOT));
        assertThat(result.identity()).hasValueSatisfying(i -> assertThat(i.kind()).isEqualTo(IdentityKind.ROOT));
        assertThat(result.warnings()).first().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(CredentialWarning.Severity.STRONG);
            assertThat(w.message()).contains("root user");
        });
    }

    @Test
    void validCredentialsWithoutAthenaAreToldSo() {
        VerificationResult result = verify(SandboxFixture.key(NO_ATHENA));
        assertThat(result.ok()).isFalse();
        assertThat(result.identity()).isPresent();
        assertThat(result.problem()).hasValueSatisfying(p -> {
            assertThat(p.field()).isEqualTo(ProblemField.PERMISSIONS);
            assertThat(p.message()).startsWith("The credentials are valid, but they may not use Athena: "
                    + "athena:ListWorkGroups was denied.");
        });
    }
}
