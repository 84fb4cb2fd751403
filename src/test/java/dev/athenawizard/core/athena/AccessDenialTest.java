package dev.athenawizard.core.athena;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessDenialTest {

    @Test
    void readsPrincipalActionAndResource() {
        AccessDenial d = AccessDenial.parse("User: arn:aws:iam::123456789012:user/abc is not authorized to perform: "
                + "athena:StartQueryExecution on resource: arn:aws:athena:us-east-1:123456789012:workgroup/primary "
                + "because no identity-based policy allows the athena:StartQueryExecution action").orElseThrow();

        assertThat(d.principal()).isEqualTo("arn:aws:iam::123456789012:user/abc");
        assertThat(d.action()).isEqualTo("athena:StartQueryExecution");
        assertThat(d.resource()).isEqualTo("arn:aws:athena:us-east-1:123456789012:workgroup/primary");
    }

    @Test
    void aResourceAtTheEndOfASentenceLosesItsFullStop() {
        AccessDenial d = AccessDenial.parse("User: arn:aws:sts::1:assumed-role/r/s is not authorized to perform: "
                + "glue:GetTables on resource: arn:aws:glue:eu-west-1:1:catalog.").orElseThrow();

        assertThat(d.action()).isEqualTo("glue:GetTables");
        assertThat(d.resource()).isEqualTo("arn:aws:glue:eu-west-1:1:catalog");
    }

    @Test
    void messagesWithoutAResourceOrPrincipalStillNameTheAction() {
        AccessDenial d = AccessDenial.parse("You are not authorized to perform: s3:GetObject").orElseThrow();

        assertThat(d.principal()).isEmpty();
        assertThat(d.action()).isEqualTo("s3:GetObject");
        assertThat(d.resource()).isEmpty();
        assertThat(AccessDenial.parse("Access Denied")).isEmpty();
    }
}
