package dev.athenawizard.ui.steps.workgroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.catalog.DatabaseInfo;
import dev.athenawizard.core.athena.workgroup.EngineVersion;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupListing;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.identity.CallerIdentity;
import dev.athenawizard.core.aws.identity.ConnectionSettings;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.aws.policy.AccessScope;
import dev.athenawizard.core.aws.policy.MissingInput;
import dev.athenawizard.core.aws.policy.ResolvedScope;
import dev.athenawizard.core.aws.policy.S3Location;
import dev.athenawizard.core.aws.policy.ScopeRequest;
import dev.athenawizard.core.aws.policy.TableLocation;
import dev.athenawizard.core.aws.selftest.CheckStatus;
import dev.athenawizard.core.aws.selftest.PermissionCheck;
import dev.athenawizard.core.aws.selftest.SelfTestReport;
import dev.athenawizard.core.aws.selftest.SetupProblem;
import dev.athenawizard.ui.controls.Banner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The Workgroup step's models as the step wires them, without a stage: the services are plain functions answering
 * what AWS would, and outcomes land on the test's thread.
 */
class WorkgroupModelsTest {
    private static final VerifiedConnection ALICE = connection("alice");
    private static final VerifiedConnection BOB = connection("bob");

    private final WorkgroupModel workgroups = new WorkgroupModel(Runnable::run);
    private final PolicyPanelModel policy = new PolicyPanelModel(Runnable::run);
    private final SelfTestPanelModel selfTest = new SelfTestPanelModel(Runnable::run);
    private final List<ScopeRequest> resolved = new ArrayList<>();

    WorkgroupModelsTest() {
        WorkgroupStep.wire(workgroups, policy, selfTest);
    }

    private static VerifiedConnection connection(String user) {
        return new VerifiedConnection(ConnectionSettings.of(new CredentialSource.Sandbox(), "us-east-1"),
                CallerIdentity.of("123456789012", "arn:aws:iam::123456789012:user/" + user, "AIDA" + user),
                Optional.empty(), true);
    }

    private static WorkgroupInfo workgroup(String name, String output) {
        return new WorkgroupInfo(name, WorkgroupInfo.State.ENABLED, "", Optional.empty(),
                new EngineVersion("AUTO", "Athena engine version 3"), Optional.ofNullable(output), false,
                OptionalLong.empty(), false);
    }

    private void listed(WorkgroupInfo... infos) {
        workgroups.list(() -> CompletableFuture.completedFuture(new WorkgroupListing(List.of(infos), List.of())));
    }

    private void resolveAll() {
        policy.resolve(request -> {
            resolved.add(request);
            AccessScope scope = AccessScope.of(request.region(), request.accountId().isEmpty() ? "123456789012"
                            : request.accountId(), request.workgroup(), request.resultsLocation(), request.databases(),
                    request.databases().stream().map(db -> new TableLocation(db, "t",
                            Optional.of(S3Location.parse("s3://data/" + db + "/t/")))).toList(), List.of());
            return CompletableFuture.completedFuture(new ResolvedScope(scope, List.of()));
        });
    }

    /** Connected as Alice, these workgroups listed (the first picked), database "ml" ticked, the policy resolved. */
    private void policyResolvedFor(WorkgroupInfo... infos) {
        workgroups.connection.set(ALICE);
        listed(infos);
        policy.toggle("ml", true);
        resolveAll();
    }

    @Test
    void theRecommendedWorkgroupIsPickedAndOneWithoutResultsIsNotUsable() {
        workgroups.connection.set(ALICE);
        listed(workgroup("primary", null), workgroup("aporia", "s3://results/aporia/"));

        assertThat(workgroups.selectedName.get()).isEqualTo("aporia");
        assertThat(workgroups.verdict.get()).extracting(Banner::kind, Banner::text)
                .containsExactly(Banner.Kind.OK, "✓ aporia (recommended): results go to s3://results/aporia/, Athena "
                        + "engine version 3 (previews can reuse results).");
        workgroups.selectedName.set("primary");
        assertThat(workgroups.usable.get()).isFalse();
        assertThat(workgroups.verdict.get().kind()).isEqualTo(Banner.Kind.WARN);
        assertThat(workgroups.verdict.get().text()).startsWith("primary has no query result location");
    }

    @Test
    void anotherConnectionClearsTheListingItMadeAndTheChoiceIsNoLongerUsable() {
        workgroups.connection.set(ALICE);
        listed(workgroup("aporia", "s3://results/aporia/"));
        assertThat(workgroups.usable.get()).isTrue();

        workgroups.connection.set(BOB);

        assertThat(workgroups.rows).isEmpty();
        assertThat(workgroups.usable.get()).isFalse();
        assertThat(workgroups.selectedName.get()).as("the choice itself is kept").isEqualTo("aporia");
    }

    @Test
    void theCreateFormOffersANameNotTakenAndRefusesATakenOne() {
        assertThat(CreateWorkgroupForm.freeName(Set.of())).isEqualTo("aporia");
        assertThat(CreateWorkgroupForm.freeName(Set.of("aporia"))).isEqualTo("aporia-monitoring");
        assertThat(CreateWorkgroupForm.freeName(Set.of("aporia", "aporia-monitoring")))
                .isEqualTo("aporia-monitoring-2");

        workgroups.connection.set(ALICE);
        listed(workgroup("aporia", "s3://results/aporia/"));
        workgroups.create.open(workgroups.rows);
        assertThat(workgroups.create.name.get()).isEqualTo("aporia-monitoring");
        assertThat(workgroups.create.location.get()).isEqualTo(CreateWorkgroupForm.SANDBOX_RESULTS);
        assertThat(workgroups.create.advice.get()).contains("us-east-1").doesNotContain("…");

        workgroups.create.name.set("aporia");
        workgroups.createWith(spec -> {
            throw new AssertionError("nothing is sent for a taken name");
        });
        assertThat(workgroups.create.message.get()).contains("already exists");

        workgroups.create.name.set("aporia-monitoring");
        workgroups.createWith(spec -> CompletableFuture.completedFuture(workgroup(spec.name(), spec.outputFolder())));
        assertThat(workgroups.selectedName.get()).isEqualTo("aporia-monitoring");
        assertThat(workgroups.rows).extracting(WorkgroupRow::name).containsExactly("aporia", "aporia-monitoring");
        workgroups.create.close();
        assertThat(workgroups.create.shown.get()).isFalse();
    }

    @Test
    void withoutADatabaseThePolicyWaitsAndSaysWhy() {
        workgroups.connection.set(ALICE);
        listed(workgroup("aporia", "s3://results/aporia/"));
        policy.listDatabases(catalog -> CompletableFuture.completedFuture(List.of(
                new DatabaseInfo("default", ""), new DatabaseInfo("sales", ""), new DatabaseInfo("ml", ""))));

        assertThat(policy.chosenDatabases).as("two candidates: the user chooses").isEmpty();
        assertThat(policy.hasDatabases.get()).isFalse();
        assertThat(policy.databasesNeeded.get().text()).contains("Next waits for at least one");

        policy.toggle("ml", true);
        assertThat(policy.databasesNeeded.get()).isNull();
    }

    @Test
    void thePolicyBelongsToItsInputsAndAFailedLookUpExplainsWhatIsMissing() {
        workgroups.connection.set(ALICE);
        listed(workgroup("aporia", "s3://results/aporia/"));
        policy.toggle("ml", true);
        resolveAll();
        assertThat(policy.policyJson.get()).contains("database/ml");
        assertThat(resolved).singleElement().satisfies(r -> assertThat(r.databases()).containsExactly("ml"));

        policy.toggle("sales", true);
        assertThat(policy.policyJson.get()).as("a policy for other databases is gone").isEmpty();

        policy.resolve(request -> CompletableFuture.completedFuture(new ResolvedScope(
                AccessScope.of("us-east-1", "123456789012", "aporia", request.resultsLocation(), request.databases(),
                        List.of(), List.of()),
                List.of(new MissingInput("dataLocations", "Glue could not list the tables of ml, sales: denied.")))));
        assertThat(policy.missing.get()).contains("Glue could not list the tables of ml, sales: denied.")
                .doesNotContain("The S3 location of the tables' data is unknown");
        assertThat(policy.testableScope.get()).as("the self-test can still run without data locations").isNotNull();
    }

    @Test
    void selfTestResultsGoWhenTheWorkgroupChangesAndGreenIsEarned() {
        policyResolvedFor(workgroup("aporia", "s3://results/aporia/"), workgroup("other", "s3://results/other/"));

        PermissionCheck granted = new PermissionCheck("athena:ListWorkGroups", "*", CheckStatus.GRANTED, "",
                Optional.empty());
        PermissionCheck untried = new PermissionCheck("glue:GetPartition", "arn:aws:glue:x", CheckStatus.NOT_CHECKABLE,
                "no partitions", Optional.empty());
        selfTest.start((scope, listener) -> {
            listener.checked(granted);
            listener.checked(untried);
            return CompletableFuture.completedFuture(new SelfTestReport(List.of(granted, untried), List.of()));
        });
        assertThat(selfTest.checks).hasSize(2);
        assertThat(selfTest.summary.get().kind()).as("not checkable is never a success").isEqualTo(Banner.Kind.WARN);
        assertThat(selfTest.summary.get().text()).contains("glue:GetPartition").doesNotStartWith("✓");

        workgroups.selectedName.set("other");

        assertThat(selfTest.checks).isEmpty();
        assertThat(selfTest.summary.get()).isNull();
        assertThat(selfTest.outdatedNote.get()).contains("changed since the last self-test");
    }

    @Test
    void aFailedSetupIsRedAndNamed() {
        policyResolvedFor(workgroup("aporia", "s3://no-such-bucket/aporia/"));

        selfTest.start((scope, listener) -> CompletableFuture.completedFuture(new SelfTestReport(List.of(),
                List.of(new SetupProblem("The results bucket no-such-bucket does not exist.")))));

        assertThat(selfTest.summary.get().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(selfTest.summary.get().text()).startsWith("✗ The test query failed")
                .contains("no-such-bucket does not exist");
        assertThat(workgroups.verdict.get()).as("the workgroup keeps no green mark").extracting(Banner::kind,
                Banner::text).containsExactly(Banner.Kind.ERROR,
                "✗ aporia: The results bucket no-such-bucket does not exist.");
    }

    @Test
    void aCancelledSelfTestProvesNothing() {
        policyResolvedFor(workgroup("aporia", "s3://results/aporia/"));
        CompletableFuture<SelfTestReport> running = new CompletableFuture<>();
        selfTest.start((scope, listener) -> running);

        selfTest.cancel();

        assertThat(running).isCancelled();
        assertThat(selfTest.summary.get().text()).startsWith("Cancelled").contains("nothing is proven");
        assertThat(selfTest.canRun.get()).isTrue();
    }

    @Test
    void aFailedRefreshKeepsTheLastListMarkedNotRefreshedAndTheNextListingReplacesIt() {
        workgroups.connection.set(ALICE);
        listed(workgroup("aporia", "s3://results/aporia/"), workgroup("primary", ""));
        workgroups.selectedName.set("aporia");

        workgroups.relist(() -> CompletableFuture.failedFuture(new RuntimeException("connection reset")));

        assertThat(workgroups.rows).extracting(WorkgroupRow::name).containsExactly("aporia", "primary");
        assertThat(workgroups.notRefreshed.get()).isTrue();
        assertThat(workgroups.listingError.get()).startsWith(WorkgroupModel.NOT_REFRESHED)
                .contains("The workgroups could not be listed");
        assertThat(workgroups.usable.get()).as("the choice as read earlier with this connection").isTrue();

        workgroups.relist(() -> CompletableFuture.completedFuture(new WorkgroupListing(
                List.of(workgroup("aporia", "s3://results/aporia-2/")), List.of())));

        assertThat(workgroups.rows).extracting(WorkgroupRow::outputLocation).containsExactly("s3://results/aporia-2/");
        assertThat(workgroups.notRefreshed.get()).isFalse();
        assertThat(workgroups.listingError.get()).isEmpty();
    }

    @Test
    void aCancelledRefreshKeepsTheLastListAndSaysItIsNotRefreshed() {
        workgroups.connection.set(ALICE);
        listed(workgroup("aporia", "s3://results/aporia/"));
        workgroups.relist(CompletableFuture::new);
        assertThat(workgroups.rows).as("kept while the Refresh runs").hasSize(1);

        workgroups.cancelListing();

        assertThat(workgroups.rows).hasSize(1);
        assertThat(workgroups.listingError.get()).startsWith(WorkgroupModel.NOT_REFRESHED).contains("cancelled");
    }

    @Test
    void aCancelledListingStopsTheCallsAndSaysRefreshListsAgain() {
        workgroups.connection.set(ALICE);
        CompletableFuture<WorkgroupListing> listing = new CompletableFuture<>();
        workgroups.list(() -> listing);
        assertThat(workgroups.listing.running().get()).isTrue();

        workgroups.cancelListing();

        assertThat(listing).as("cancel reaches the listing").isCancelled();
        assertThat(workgroups.listing.running().get()).isFalse();
        assertThat(workgroups.listingError.get()).isEqualTo(WorkgroupModel.LISTING_CANCELLED);

        workgroups.relist(() -> CompletableFuture.completedFuture(new WorkgroupListing(
                List.of(workgroup("aporia", "s3://results/aporia/")), List.of())));
        assertThat(workgroups.listingError.get()).isEmpty();
        assertThat(workgroups.rows).extracting(WorkgroupRow::name).containsExactly("aporia");
    }

    @Test
    void cancelledDatabaseAndPolicyLookUpsSayWhatIsMissingAndHowToGetIt() {
        workgroups.connection.set(ALICE);
        CompletableFuture<List<DatabaseInfo>> databases = new CompletableFuture<>();
        policy.listDatabases(catalog -> databases);
        policy.databaseListing.cancel();
        assertThat(databases).isCancelled();
        assertThat(policy.databasesNote.get()).isEqualTo("Listing cancelled: Refresh lists the databases again.");

        listed(workgroup("aporia", "s3://results/aporia/"));
        policy.toggle("ml", true);
        CompletableFuture<ResolvedScope> resolving = new CompletableFuture<>();
        policy.resolve(request -> resolving);
        policy.resolution.cancel();

        assertThat(resolving).isCancelled();
        assertThat(policy.policyJson.get()).isEmpty();
        assertThat(policy.missing.get()).isEqualTo("Cancelled: the policy is not prepared. Refresh prepares it again.");
        assertThat(policy.testableScope.get()).as("no self-test of a policy never prepared").isNull();

        resolveAll();
        assertThat(policy.missing.get()).isEmpty();
        assertThat(policy.policyJson.get()).contains("workgroup/aporia");
    }

    @Test
    void aCancelledCreationSaysTheWorkgroupMayExistAndIgnoresALateAnswer() {
        workgroups.connection.set(ALICE);
        listed(workgroup("aporia", "s3://results/aporia/"));
        workgroups.create.open(workgroups.rows);
        CompletableFuture<WorkgroupInfo> creating = new CompletableFuture<>();
        workgroups.createWith(spec -> creating);
        assertThat(workgroups.create.creating.get()).isTrue();

        workgroups.create.cancel();

        assertThat(creating).isCancelled();
        assertThat(workgroups.create.creating.get()).isFalse();
        assertThat(workgroups.create.message.get()).startsWith("Cancelled.")
                .contains("aporia-monitoring exists now: Refresh shows it");
        assertThat(workgroups.rows).extracting(WorkgroupRow::name).containsExactly("aporia");
    }
}
