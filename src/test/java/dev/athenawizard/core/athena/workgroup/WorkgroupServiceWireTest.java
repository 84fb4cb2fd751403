package dev.athenawizard.core.athena.workgroup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.AthenaFailure.Kind;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.testing.Failures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Workgroups through the real Athena client against a sandbox of this class's own (it creates workgroups). */
class WorkgroupServiceWireTest {
    private static final int CREATED = 55; // more than one ListWorkGroups page of 50
    private static final String PARTLY_DENIED = "AKIANOSECRETWG000001";
    private static SandboxFixture sandbox;
    private static WorkgroupService workgroups;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start(b -> b.deny(PARTLY_DENIED,
                "athena:GetWorkGroup@arn:aws:athena:*:workgroup/bulk-007"));
        workgroups = new WorkgroupService(sandbox.athena(), Runnable::run);
        for (int i = 0; i < CREATED; i++) {
            workgroups.create(new NewWorkgroup(String.format("bulk-%03d", i),
                    "s3://athena-wizard-sandbox-results/bulk/" + i, "")).join();
        }
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void describesTheSandboxWorkgroups() {
        WorkgroupInfo aporia = workgroups.describe("aporia").join();
        assertThat(aporia.isEnabled()).isTrue();
        assertThat(aporia.outputLocation()).contains("s3://athena-wizard-sandbox-results/aporia/");
        assertThat(aporia.hasResultStorage()).isTrue();
        assertThat(aporia.acceptsClientOutputLocation()).isFalse();
        assertThat(aporia.engine().effective()).isEqualTo("Athena engine version 3");
        assertThat(aporia.supportsResultReuse()).isTrue();
        assertThat(aporia.creationTime()).isPresent();

        WorkgroupInfo primary = workgroups.describe("primary").join();
        assertThat(primary.hasOutputLocation()).isFalse();
        assertThat(primary.acceptsClientOutputLocation()).isTrue();
    }

    @Test
    void listsEveryPageAndDescribesEachWorkgroup() {
        WorkgroupListing listing = workgroups.describeAll().join();

        assertThat(listing.unreadable()).isEmpty();
        assertThat(listing.workgroups()).hasSizeGreaterThanOrEqualTo(CREATED + 2)
                .extracting(WorkgroupInfo::name).contains("aporia", "primary", "bulk-000", "bulk-054")
                .isSorted();
        assertThat(listing.workgroups()).filteredOn(wg -> wg.name().equals("bulk-054")).singleElement()
                .satisfies(wg -> assertThat(wg.outputLocation()).contains("s3://athena-wizard-sandbox-results/bulk/54/"));
    }

    @Test
    void createsAWorkgroupWithAnOutputLocationOnTheNewestEngine() {
        WorkgroupInfo created = workgroups.create(
                new NewWorkgroup("aporia-monitoring", "s3://athena-wizard-sandbox-results/monitoring", "for Aporia"))
                .join();

        assertThat(created.name()).isEqualTo("aporia-monitoring");
        assertThat(created.description()).isEqualTo("for Aporia");
        assertThat(created.outputLocation()).contains("s3://athena-wizard-sandbox-results/monitoring/");
        assertThat(created.engine().selected()).isEqualTo("AUTO");
        assertThat(created.supportsResultReuse()).isTrue();
    }

    @Test
    void creatingAnExistingNameSaysSo() {
        AthenaFailure f = Failures.of(workgroups.create(new NewWorkgroup("primary", "s3://athena-wizard-sandbox-results/x", "")));

        assertThat(f.kind()).isEqualTo(Kind.WORKGROUP_ALREADY_EXISTS);
        assertThat(f.getMessage()).contains("WorkGroup primary already exists");
    }

    @Test
    void anInvalidRequestIsRefusedBeforeAnythingIsSent() {
        AthenaFailure f = Failures.of(workgroups.create(new NewWorkgroup("no spaces", "bucket/prefix", "")));

        assertThat(f.kind()).isEqualTo(Kind.INVALID_REQUEST);
        assertThat(f.getMessage()).contains("Workgroup name 'no spaces'").contains("Output location 'bucket/prefix'");
    }

    @Test
    void anUnknownWorkgroupIsNamed() {
        AthenaFailure f = Failures.of(workgroups.describe("does-not-exist"));

        assertThat(f.kind()).isEqualTo(Kind.WORKGROUP_NOT_FOUND);
        assertThat(f.getMessage()).startsWith("Workgroup 'does-not-exist' was not found.");
    }

    @Test
    void aWorkgroupThatMayBeListedButNotDescribedIsReportedNotFatal() {
        WorkgroupService partly = new WorkgroupService(sandbox.athena(PARTLY_DENIED), Runnable::run);

        WorkgroupListing listing = partly.describeAll().join();

        assertThat(listing.workgroups()).extracting(WorkgroupInfo::name).contains("aporia").doesNotContain("bulk-007");
        assertThat(listing.unreadable()).singleElement().satisfies(wg -> {
            assertThat(wg.name()).isEqualTo("bulk-007");
            assertThat(wg.state()).isEqualTo(WorkgroupInfo.State.ENABLED);
            assertThat(wg.reason().kind()).isEqualTo(Kind.ACCESS_DENIED);
            assertThat(wg.reason().denial()).hasValueSatisfying(d -> assertThat(d.action())
                    .isEqualTo("athena:GetWorkGroup"));
        });
    }
}
