package dev.athenawizard.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The sandbox's S3 through the real S3 SDK client (path-style). */
class S3WireTest {
    private static final String DATA = "athena-wizard-sandbox-data";
    private static final String RESULTS = "athena-wizard-sandbox-results";

    @RegisterExtension
    static final SandboxExtension sandbox = new SandboxExtension();

    @Test
    void listsBucketsAndTellsTheirRegion() {
        assertThat(sandbox.s3().listBuckets().buckets()).extracting(Bucket::name).containsExactly(DATA, RESULTS);
        sandbox.s3().headBucket(b -> b.bucket(DATA));
        assertThat(sandbox.s3().getBucketLocation(b -> b.bucket(DATA)).locationConstraintAsString()).isEmpty();
        assertThatThrownBy(() -> sandbox.s3().headBucket(b -> b.bucket("nope"))).isInstanceOf(NoSuchBucketException.class);
        assertThatThrownBy(() -> sandbox.s3().listObjectsV2(b -> b.bucket("nope")))
                .isInstanceOfSatisfying(NoSuchBucketException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void listObjectsV2WithPrefixDelimiterAndPages() throws Exception {
        ListObjectsV2Response top = sandbox.s3().listObjectsV2(b -> b.bucket(DATA).prefix("aporia_demo/").delimiter("/"));
        assertThat(top.commonPrefixes()).extracting(CommonPrefix::prefix)
                .containsExactly("aporia_demo/model_predictions/", "aporia_demo/training_set/");
        assertThat(top.contents()).isEmpty();

        List<S3Object> all = sandbox.s3().listObjectsV2Paginator(b -> b.bucket(DATA).prefix("aporia_demo/").maxKeys(1)).contents().stream().toList();
        Path file = sandbox.fixture().s3Root().resolve(DATA).resolve("aporia_demo/model_predictions/part-00000.parquet");
        assertThat(all).extracting(S3Object::key).containsExactly("aporia_demo/model_predictions/part-00000.parquet",
                "aporia_demo/training_set/part-00000.parquet");
        assertThat(all.get(0).size()).isEqualTo(Files.size(file));
        assertThat(all.get(0).eTag()).matches("\"[0-9a-f]{32}\"");
        assertThat(all.get(0).lastModified()).isNotNull();
    }

    @Test
    void getObjectWholeAndByRange() throws Exception {
        String key = "aporia_demo/training_set/part-00000.parquet";
        byte[] onDisk = Files.readAllBytes(sandbox.fixture().s3Root().resolve(DATA).resolve(key));

        ResponseBytes<GetObjectResponse> whole = sandbox.s3().getObjectAsBytes(b -> b.bucket(DATA).key(key));
        ResponseBytes<GetObjectResponse> head = sandbox.s3().getObjectAsBytes(b -> b.bucket(DATA).key(key).range("bytes=0-3"));
        ResponseBytes<GetObjectResponse> tail = sandbox.s3().getObjectAsBytes(b -> b.bucket(DATA).key(key).range("bytes=-4"));
        HeadObjectResponse described = sandbox.s3().headObject(b -> b.bucket(DATA).key(key));

        assertThat(whole.asByteArray()).isEqualTo(onDisk);
        assertThat(head.asUtf8String()).isEqualTo("PAR1");
        assertThat(head.response().contentRange()).isEqualTo("bytes 0-3/" + onDisk.length);
        assertThat(tail.asUtf8String()).isEqualTo("PAR1");
        assertThat(described.contentLength()).isEqualTo(onDisk.length);
        assertThat(described.eTag()).isEqualTo(whole.response().eTag());
        assertThatThrownBy(() -> sandbox.s3().getObject(b -> b.bucket(DATA).key("nope.csv")))
                .isInstanceOfSatisfying(NoSuchKeyException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
        assertThatThrownBy(() -> sandbox.s3().headObject(b -> b.bucket(DATA).key("nope.csv")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void putObjectStoresWhatGetObjectReturns() {
        String text = "id,score\n1,0.5\n";
        sandbox.s3().putObject(b -> b.bucket(RESULTS).key("uploads/scores.csv"), RequestBody.fromString(text));

        assertThat(sandbox.s3().getObjectAsBytes(b -> b.bucket(RESULTS).key("uploads/scores.csv")).asUtf8String()).isEqualTo(text);
        assertThat(sandbox.s3().listObjectsV2(b -> b.bucket(RESULTS).prefix("uploads/")).contents()).extracting(S3Object::key)
                .containsExactly("uploads/scores.csv");
    }

    @Test
    void aParquetFilePutIntoTheDataBucketBecomesATable() {
        byte[] parquet = sandbox.s3().getObjectAsBytes(b -> b.bucket(DATA).key("aporia_demo/training_set/part-00000.parquet"))
                .asByteArray();
        sandbox.s3().putObject(b -> b.bucket(DATA).key("uploads/scored/part-0.parquet"), RequestBody.fromBytes(parquet));

        assertThat(AthenaQueries.query(sandbox.athena(), "SELECT count(*) FROM uploads.scored").get(1))
                .containsExactly("5000");
    }

    @Test
    void queryResultsCanBeDownloadedFromTheResultsBucket() {
        String location = AthenaQueries.run(sandbox.athena(), "SELECT 42 AS answer").resultConfiguration().outputLocation();
        String key = location.substring(("s3://" + RESULTS + "/").length());

        assertThat(sandbox.s3().getObjectAsBytes(b -> b.bucket(RESULTS).key(key)).asUtf8String())
                .isEqualTo("\"answer\"\n\"42\"\n");
    }
}
