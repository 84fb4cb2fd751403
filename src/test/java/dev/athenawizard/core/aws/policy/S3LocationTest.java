package dev.athenawizard.core.aws.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class S3LocationTest {
    @Test
    void parsesBucketAndPrefix() {
        assertThat(S3Location.parse("s3://athena-results/aporia/")).isEqualTo(new S3Location("athena-results", "aporia/"));
        assertThat(S3Location.parse(" s3://bucket ")).isEqualTo(S3Location.bucket("bucket"));
        assertThat(S3Location.parse("s3a://bucket/db/table").prefix()).isEqualTo("db/table/");
        assertThat(S3Location.parse("s3://bucket/a/").uri()).isEqualTo("s3://bucket/a/");
    }

    @Test
    void badInputSaysWhatAnS3LocationLooksLike() {
        assertThatThrownBy(() -> S3Location.parse("https://bucket/x"))
                .hasMessage("\"https://bucket/x\" is not an S3 location: it should look like s3://bucket/prefix/.");
        assertThatThrownBy(() -> S3Location.parse("s3://Bad_Bucket/x")).hasMessageContaining("is not an S3 bucket name");
        assertThat(S3Location.tryParse("hdfs://x")).isEmpty();
    }

    @Test
    void containment() {
        assertThat(S3Location.bucket("bbb").contains(S3Location.parse("s3://bbb/x/"))).isTrue();
        assertThat(S3Location.parse("s3://bbb/x/").contains(S3Location.parse("s3://bbb/x/y/"))).isTrue();
        assertThat(S3Location.parse("s3://bbb/x/").contains(S3Location.parse("s3://bbb/xy/"))).isFalse();
        assertThat(S3Location.parse("s3://bbb/x/").contains(S3Location.parse("s3://ccc/x/"))).isFalse();
    }
}
