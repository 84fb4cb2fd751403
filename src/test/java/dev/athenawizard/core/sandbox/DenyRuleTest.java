package dev.athenawizard.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DenyRuleTest {

    @Test
    void parsesTheCommandLineForm() {
        List<DenyRule> rules = DenyRule.parse("AKIA1=athena:StartQueryExecution, s3:GetObject@arn:aws:s3:::data/*");

        assertThat(rules).containsExactly(new DenyRule("AKIA1", "athena:StartQueryExecution", "*"),
                new DenyRule("AKIA1", "s3:GetObject", "arn:aws:s3:::data/*"));
    }

    @Test
    void matchesKeyActionAndResourceWithIamWildcards() {
        DenyRule rule = new DenyRule("AKIA1", "s3:Get*", "arn:aws:s3:::data/*");

        assertThat(rule.matches("AKIA1", "s3:GetObject", "arn:aws:s3:::data/a/b.parquet")).isTrue();
        assertThat(rule.matches("AKIA1", "S3:GETOBJECT", "arn:aws:s3:::data/x")).as("actions ignore case").isTrue();
        assertThat(rule.matches("AKIA1", "s3:GetObject", "arn:aws:s3:::results/x")).isFalse();
        assertThat(rule.matches("AKIA2", "s3:GetObject", "arn:aws:s3:::data/x")).isFalse();
        assertThat(rule.matches("AKIA1", "s3:PutObject", "arn:aws:s3:::data/x")).isFalse();
    }

    @Test
    void refusesWhatIsNotAnAction() {
        assertThatThrownBy(() -> DenyRule.parse("AKIA1")).hasMessageContaining("KEY_ID=ACTION");
        assertThatThrownBy(() -> DenyRule.parse("AKIA1=StartQueryExecution"))
                .hasMessageContaining("'StartQueryExecution' is not an IAM action");
    }

    @Test
    void refusesAnActionTheSandboxNeverChecksAndNamesTheOnesItDoes() {
        assertThatThrownBy(() -> DenyRule.parse("AKIA1=athena:Fly"))
                .hasMessageContaining("'athena:Fly' is not an action the sandbox checks")
                .hasMessageContaining("athena:StartQueryExecution");
        assertThatThrownBy(() -> DenyRule.parse("AKIA1=ec2:RunInstances"))
                .hasMessageContaining("athena, glue, s3 and sts");
        assertThat(DenyRule.parse("AKIA1=glue:Get*")).as("a wildcard that covers checked actions")
                .containsExactly(new DenyRule("AKIA1", "glue:Get*", "*"));
    }

    @Test
    void refusesAResourceThatIsNotAnArn() {
        assertThatThrownBy(() -> DenyRule.parse("AKIA1=s3:GetObject@data/*")).hasMessageContaining("not an ARN");
    }
}
