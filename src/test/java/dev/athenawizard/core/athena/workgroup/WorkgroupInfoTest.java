package dev.athenawizard.core.athena.workgroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class WorkgroupInfoTest {

    private static WorkgroupInfo workgroup(String output, boolean enforced, boolean managed, EngineVersion engine) {
        return new WorkgroupInfo("wg", WorkgroupInfo.State.ENABLED, "", Optional.empty(), engine,
                Optional.ofNullable(output), enforced, OptionalLong.empty(), managed);
    }

    @Test
    void aClientOutputLocationIsSentOnlyWhereTheWorkgroupHasNoneAndWouldAcceptIt() {
        EngineVersion v3 = new EngineVersion("AUTO", "Athena engine version 3");
        assertThat(workgroup(null, false, false, v3).acceptsClientOutputLocation()).isTrue();
        assertThat(workgroup("s3://b/p/", false, false, v3).acceptsClientOutputLocation()).isFalse();
        assertThat(workgroup(null, true, false, v3).acceptsClientOutputLocation()).isFalse();
        assertThat(workgroup(null, false, true, v3).acceptsClientOutputLocation()).isFalse();
        assertThat(workgroup(null, false, true, v3).hasResultStorage()).isTrue();
        assertThat(workgroup("", false, false, v3).hasOutputLocation()).isFalse();
    }

    @Test
    void resultReuseNeedsEngineThree() {
        assertThat(new EngineVersion("AUTO", "Athena engine version 3").supportsResultReuse()).isTrue();
        assertThat(new EngineVersion("Athena engine version 2", "Athena engine version 2").supportsResultReuse())
                .isFalse();
        assertThat(new EngineVersion("AUTO", "").supportsResultReuse()).isTrue();
        assertThat(new EngineVersion("", "").supportsResultReuse()).isFalse();
    }

    @Test
    void becomesTheProjectsWorkgroupSection() {
        WorkgroupInfo info = new WorkgroupInfo("aporia", WorkgroupInfo.State.ENABLED, "", Optional.empty(),
                new EngineVersion("AUTO", "Athena engine version 3"), Optional.of("s3://b/aporia/"), true,
                OptionalLong.of(10_000_000L), false);

        assertThat(info.toSection().outputLocation()).isEqualTo("s3://b/aporia/");
        assertThat(info.toSection().engineVersion()).isEqualTo("Athena engine version 3");
        assertThat(info.toSection().bytesScannedCutoff()).isEqualTo(10_000_000L);
        assertThat(info.toSection().enforced()).isTrue();
    }

    @Test
    void aNewWorkgroupIsCheckedBeforeItIsSent() {
        assertThat(new NewWorkgroup("aporia", "s3://my-bucket/results", "").problems()).isEmpty();
        assertThat(new NewWorkgroup("aporia", "s3://my-bucket/results", "").outputFolder())
                .isEqualTo("s3://my-bucket/results/");
        assertThat(new NewWorkgroup("bad name!", "my-bucket/results", "").problems())
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("Workgroup name 'bad name!'"))
                .anySatisfy(p -> assertThat(p).startsWith("Output location 'my-bucket/results'"));
    }
}
