package dev.athenawizard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The AWS flags every AWS-facing command shares are checked before any request: a bad one is a usage error (exit 2)
 * naming the flag, in our words.
 */
class AwsOptionsTest {

    @Test
    void anEndpointThatIsNotAUrlIsNamed() {
        CliFrameTest.Run run = CliFrameTest.run("workgroups", "--region", "us-east-1", "--endpoint-url", "notaurl");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--endpoint-url").contains("'notaurl' is not an endpoint URL")
                .doesNotContain("URI scheme");
    }

    @Test
    void aRegionWhereAthenaDoesNotRunIsNamedNotBlamedOnTheNetwork() {
        CliFrameTest.Run run = CliFrameTest.run("workgroups", "--region", "mars-north-7");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("athena-wizard workgroups: --region mars-north-7 is not a region where "
                + "Athena runs").doesNotContain("network");
    }

    @Test
    void withAnEndpointAnyRegionShapedIdWorksButNotAnythingElse() {
        CliFrameTest.Run run = CliFrameTest.run("workgroups", "--region", "mars",
                "--endpoint-url", "http://127.0.0.1:1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--region mars is not a region id");
    }
}
