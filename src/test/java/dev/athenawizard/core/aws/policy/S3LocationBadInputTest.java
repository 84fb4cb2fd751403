package dev.athenawizard.core.aws.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.testing.BadText;
import dev.athenawizard.testing.ReadableMessage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * S3 URIs (a workgroup's result location, a table's data location, a bucket) with generated bad input: refused only
 * with an {@link IllegalArgumentException} whose message is one readable sentence about the S3 location, and what is
 * taken can be written back and read again unchanged.
 */
class S3LocationBadInputTest {

    @Test
    void parsing_refuses_with_a_readable_message_or_gives_a_location_that_reads_back_the_same() {
        Random random = BadText.random("s3-location");
        List<String> cases = BadText.values(random, BadText.cases(3_000),
                List.of("s3://athena-results/aporia/", "s3a://data.bucket/db/table", "s3://b12"));
        int taken = 0;
        for (String text : cases) {
            S3Location location;
            try {
                location = S3Location.parse(text);
            } catch (IllegalArgumentException e) {
                ReadableMessage.check(e.getMessage(), text, "S3", "bucket");
                assertThat(S3Location.tryParse(text)).isEmpty();
                continue;
            }
            taken++;
            assertThat(S3Location.parse(location.uri())).as(ReadableMessage.visible(text)).isEqualTo(location);
            assertThat(S3Location.tryParse(text)).contains(location);
            assertThat(location.uri()).as(ReadableMessage.visible(text))
                    .satisfies(uri -> assertThat(uri.codePoints().noneMatch(c -> Character.isISOControl(c)
                            || (c <= 0xffff && Character.isSurrogate((char) c)))).isTrue());
        }
        assertThat(taken).isGreaterThan(100);
    }

    @Test
    void a_bad_bucket_name_is_refused_with_a_readable_message() {
        Random random = BadText.random("s3-bucket");
        for (String bucket : BadText.values(random, BadText.cases(1_000), List.of("athena-results", "a.b-c"))) {
            try {
                S3Location location = S3Location.bucket(bucket);
                assertThat(location.bucket()).isEqualTo(bucket);
            } catch (IllegalArgumentException e) {
                ReadableMessage.check(e.getMessage(), bucket, "bucket");
            }
        }
    }
}
