package dev.athenawizard.core.aws.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.testing.BadText;
import dev.athenawizard.testing.ReadableMessage;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The policy's typed inputs — region, workgroup name and Glue database names — with generated bad input: each is
 * refused as a missing input naming its field in a readable sentence, or written into the policy exactly as given
 * (no wildcard, no line break, no half a character in an ARN). Region and workgroup lose surrounding blanks, as the
 * scope takes them; database names are taken as listed (the scope request strips them before).
 */
class PolicyInputsBadInputTest {
    private final PolicyGenerator generator = new PolicyGenerator();

    private static AccessScope scope(String region, String workgroup, String database) {
        return AccessScope.of(region, "123456789012", workgroup,
                Optional.of(S3Location.parse("s3://athena-results/aporia/")), List.of(database),
                List.of(new TableLocation("my_db", "t", Optional.of(S3Location.parse("s3://data/my_db/t/")))),
                List.of());
    }

    @Test
    void region_workgroup_and_database_are_refused_readably_or_written_as_given() {
        check("region", v -> scope(v, "aporia", "my_db"), v -> ":" + v.strip() + ":", List.of("eu-west-1"), "region");
        check("workgroup", v -> scope("eu-west-1", v, "my_db"), v -> ":workgroup/" + v.strip(), List.of("aporia", "a.b_c-1"),
                "workgroup");
        check("databases", v -> scope("eu-west-1", "aporia", v), v -> ":database/" + v,
                List.of("my_db", "Sales 2024"), "database");
    }

    private void check(String field, Function<String, AccessScope> scopeWith, Function<String, String> inArn,
                       List<String> examples, String... words) {
        Random random = BadText.random("policy " + field);
        for (String value : BadText.values(random, BadText.cases(1_000), examples)) {
            PolicyResult result = generator.generate(scopeWith.apply(value));
            for (MissingInput missing : result.missing()) {
                assertThat(missing.field()).as(missing + " for " + ReadableMessage.visible(value)).isEqualTo(field);
                ReadableMessage.check(missing.message(), value, words);
            }
            result.policy().ifPresent(policy -> {
                assertThat(policy.statements().stream().flatMap(st -> st.resources().stream()))
                        .as(ReadableMessage.visible(value)).anySatisfy(r -> assertThat(r).contains(inArn.apply(value)));
                for (PolicyStatement statement : policy.statements()) {
                    for (String resource : statement.resources()) {
                        assertThat(resource.codePoints().noneMatch(c -> Character.isISOControl(c)
                                || (c <= 0xffff && Character.isSurrogate((char) c))))
                                .as(resource).isTrue();
                    }
                }
            });
        }
    }
}
