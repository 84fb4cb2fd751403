package dev.athenawizard.ui.steps.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.aws.credentials.AwsProfile;
import dev.athenawizard.core.aws.credentials.AwsProfiles;
import dev.athenawizard.core.aws.credentials.ProfileKind;
import dev.athenawizard.core.aws.credentials.CredentialsDetector;
import dev.athenawizard.core.aws.credentials.ProfileFileLocations;
import dev.athenawizard.core.aws.identity.ConnectionVerifier;
import dev.athenawizard.core.aws.identity.ProblemField;
import dev.athenawizard.core.aws.identity.VerificationProblem;
import dev.athenawizard.core.aws.identity.VerificationResult;
import dev.athenawizard.core.aws.secrets.SecretStore;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.ConnectionSection.ConnectionMode;
import dev.athenawizard.core.project.ConnectionSection.DataSourceCredentials;
import dev.athenawizard.core.sandbox.SandboxHost;
import dev.athenawizard.testing.HeldExecutor;
import dev.athenawizard.ui.controls.Banner;
import dev.athenawizard.ui.steps.connection.ConnectionModel.Verification;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Connection step's form, verification and wording, without a stage. */
class ConnectionModelTest {
    private final ConnectionModel model = new ConnectionModel(Runnable::run);

    @Test
    void aProjectWithARegionWhereAthenaDoesNotRunSaysSoAndMarksTheRegion() {
        model.load(new ConnectionSection(ConnectionMode.AWS, "mars-north-7",
                ConnectionSection.CredentialSource.DEFAULT_CHAIN, "", "", "", new DataSourceCredentials(true, "")));

        assertThat(model.formProblem.get()).isEqualTo("\"mars-north-7\" is not a region where Athena runs: choose one "
                + "from the list (like us-east-1).");
        assertThat(model.fieldsInError.get()).containsExactly(ProblemField.REGION);
        assertThat(model.complete.get()).isFalse();

        model.region.set("eu-west-1");

        assertThat(model.formProblem.get()).isEmpty();
        assertThat(model.fieldsInError.get()).isEmpty();
        assertThat(model.complete.get()).isTrue();
    }

    @Test
    void awsVerdictOnAFieldGoesAwayWithTheEditThatAnswersIt() {
        model.choice.set(ConnectionChoice.DEFAULT_CHAIN);
        VerificationResult refused = new VerificationResult(Optional.empty(), List.of(), Optional.of(
                new VerificationProblem(ProblemField.REGION, "Athena does not answer in us-east-1.",
                        Optional.empty(), "")));
        model.verification.run((form, updates) -> CompletableFuture.completedFuture(
                new Verification(refused, Optional.empty())));

        assertThat(model.fieldsInError.get()).contains(ProblemField.REGION);
        assertThat(model.outcome).extracting(Banner::id).containsExactly("problem");

        model.region.set("eu-west-1");

        assertThat(model.fieldsInError.get()).isEmpty();
        assertThat(model.outcome).isEmpty();
        assertThat(model.done.get()).isFalse();
    }

    @Test
    void aSecretProblemIsReportedOnTheSecretFieldAKeyIdProblemOnTheKeyId() {
        model.choice.set(ConnectionChoice.ACCESS_KEY);
        model.accessKeyId.set("AKIAGOODKEY000000001");
        assertThat(model.problems.get()).containsOnlyKeys(ProblemField.SECRET_ACCESS_KEY);

        model.secretAccessKey.set("secret");
        model.accessKeyId.set("not a key id");
        assertThat(model.problems.get()).containsOnlyKeys(ProblemField.ACCESS_KEY_ID);
        assertThat(model.problems.get().get(ProblemField.ACCESS_KEY_ID)).contains("is not a key id");
    }

    @Test
    void sandboxModeSaysWhatItsHeadingFieldsAndGreyedAdvancedMean() {
        model.choice.set(ConnectionChoice.SANDBOX);
        assertThat(model.credentialsHeading.get()).isEqualTo("The sandbox");
        assertThat(model.advancedNote.get()).contains("not used with the sandbox");
        assertThat(model.dataSourceNote.get()).contains("In the sandbox any key id works");

        model.choice.set(ConnectionChoice.ACCESS_KEY);
        assertThat(model.credentialsHeading.get()).isEqualTo("Access key");
        assertThat(model.advancedNote.get()).isEmpty();
        assertThat(model.dataSourceNote.get()).contains("dedicated IAM user");
    }

    @Test
    void theChosenProfileIsDescribedWithItsSsoLogin() {
        model.profiles.setAll(new AwsProfile("dev", ProfileKind.SSO, Optional.of("eu-west-1"),
                "https://my.awsapps.com/start, account 123456789012"));
        model.profile.set("dev");

        assertThat(model.profileLabel("dev")).isEqualTo("dev  (sso, eu-west-1)");
        assertThat(model.profileDetail.get()).isEqualTo("sso — https://my.awsapps.com/start, account 123456789012. "
                + "If its session expired: aws sso login --profile dev");
    }

    @Test
    void verifyThenNextIsOneVerification(@TempDir Path dir) {
        HeldExecutor aws = new HeldExecutor();
        aws.hold();
        try (AwsClientFactory clients = new AwsClientFactory()) {
            ConnectionVerification verification = new ConnectionVerification(model, services(clients, aws, dir));
            model.choice.set(ConnectionChoice.DEFAULT_CHAIN);

            CompletableFuture<Verification> byVerify = verification.verifyAgain();
            CompletableFuture<Verification> byNext = verification.verify();

            assertThat(byNext).isSameAs(byVerify);
            assertThat(model.progress.get()).startsWith("Verifying");
            verification.cancel();
            assertThat(byVerify).isCancelled();
            assertThat(model.progress.get()).isEmpty();
            assertThat(model.outcome).singleElement().satisfies(b -> {
                assertThat(b.kind()).isEqualTo(Banner.Kind.WARN);
                assertThat(b.text()).startsWith("Verification cancelled: nothing was checked");
            });
            assertThat(model.done.get()).isFalse();
        }
    }

    @Test
    void cancellingTheVerificationStopsTheCallToAws(@TempDir Path dir) {
        List<Runnable> queued = new java.util.ArrayList<>();
        try (AwsClientFactory clients = new AwsClientFactory()) {
            ConnectionVerification verification = new ConnectionVerification(model, services(clients, queued::add,
                    dir));
            model.choice.set(ConnectionChoice.DEFAULT_CHAIN);
            CompletableFuture<Verification> verifying = verification.verifyAgain();
            assertThat(queued).as("the call to STS, waiting for a thread").hasSize(1);

            verification.cancel();

            assertThat(verifying).isCancelled();
            assertThat(queued.get(0)).isInstanceOfSatisfying(java.util.concurrent.Future.class,
                    call -> assertThat(call.isCancelled()).as("the call itself is cancelled").isTrue());
        }
    }

    @Test
    void aSandboxThatCannotStartIsShownNotDropped(@TempDir Path dir) throws Exception {
        Path notAFolder = java.nio.file.Files.writeString(dir.resolve("sandbox"), "a file where the data goes");
        try (AwsClientFactory clients = new AwsClientFactory()) {
            ConnectionVerification verification = new ConnectionVerification(model,
                    services(clients, Runnable::run, notAFolder.getParent()));
            model.choice.set(ConnectionChoice.SANDBOX);

            CompletableFuture<Verification> verifying = verification.verifyAgain();

            assertThat(verifying).isCompletedExceptionally();
            assertThat(model.outcome).singleElement().satisfies(b -> {
                assertThat(b.kind()).isEqualTo(Banner.Kind.ERROR);
                assertThat(b.text()).contains("The sandbox could not start");
            });
            assertThat(model.verification.running().get()).isFalse();
        }
    }

    private static ConnectionServices services(AwsClientFactory clients, java.util.concurrent.Executor aws,
            Path dir) {
        return new ConnectionServices(new ConnectionVerifier(clients, aws),
                new SandboxHost(dir.resolve("sandbox"), Runnable::run), SecretStore.memoryOnly(Runnable::run),
                new AwsProfiles(ProfileFileLocations.fromEnvironment(Map.of(), dir)),
                new CredentialsDetector(Map.of(), ProfileFileLocations.fromEnvironment(Map.of(), dir)),
                Runnable::run);
    }
}
