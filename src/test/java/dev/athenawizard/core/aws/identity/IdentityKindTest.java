package dev.athenawizard.core.aws.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityKindTest {
    @Test
    void readsTheKindFromTheArn() {
        assertThat(IdentityKind.fromArn("arn:aws:iam::123456789012:root")).isEqualTo(IdentityKind.ROOT);
        assertThat(IdentityKind.fromArn("arn:aws:iam::123456789012:user/team/alice")).isEqualTo(IdentityKind.IAM_USER);
        assertThat(IdentityKind.fromArn("arn:aws:sts::123456789012:assumed-role/Analyst/alice"))
                .isEqualTo(IdentityKind.ASSUMED_ROLE);
        assertThat(IdentityKind.fromArn("arn:aws:sts::123456789012:federated-user/bob"))
                .isEqualTo(IdentityKind.FEDERATED_USER);
        assertThat(IdentityKind.fromArn("not an arn")).isEqualTo(IdentityKind.OTHER);
        assertThat(CallerIdentity.of("123456789012", "arn:aws:sts::123456789012:assumed-role/Analyst/alice", "AROA:alice")
                .principalName()).isEqualTo("assumed-role/Analyst/alice");
    }
}
