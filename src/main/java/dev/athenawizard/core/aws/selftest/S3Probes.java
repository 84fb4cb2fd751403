package dev.athenawizard.core.aws.selftest;

import dev.athenawizard.core.aws.policy.AccessScope;
import dev.athenawizard.core.aws.policy.Arns;
import dev.athenawizard.core.aws.policy.S3Location;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

/**
 * Tries the S3 access Aporia's queries need: listing and locating the results and data buckets, (from the test query)
 * writing results and reading the test query's result, and reading a data object per table location. Each bucket is
 * listed and located once.
 */
final class S3Probes {
    /** For chosen databases: enough locations to show a pattern without reading a whole lake (a query's: all). */
    static final int MAX_DATA_LOCATIONS = 10;

    private final S3Client s3;
    private final Checklist checklist;
    private final Arns arns;
    /** Buckets already listed and located, and those whose listing was allowed. */
    private final Set<String> tried = new HashSet<>();
    private final Set<String> listable = new HashSet<>();

    S3Probes(S3Client s3, Checklist checklist, Arns arns) {
        this.s3 = s3;
        this.checklist = checklist;
        this.arns = arns;
    }

    /**
     * The results bucket: listing and locating it, and (from the test query) writing and reading a result. Returns
     * what S3 said about the bucket, to explain a failed test query.
     */
    ResultsBucket results(S3Location results, TestQueryProbe.Outcome query) {
        tried.add(results.bucket());
        probeBucket(results);
        ResultsBucket bucket = locate(results.bucket());
        reportResultWriteAndRead(results, query);
        return bucket;
    }

    /**
     * The tables' data: listing and locating each data bucket (those not tried with the results), and reading one
     * object under each data location. A query's locations are all tried; otherwise a few.
     */
    void data(AccessScope scope) {
        List<S3Location> data = scope.query().isPresent() ? scope.dataLocations()
                : scope.dataLocations().stream().limit(MAX_DATA_LOCATIONS).toList();
        for (S3Location location : bucketRoots(data)) {
            if (tried.add(location.bucket())) {
                probeBucket(location);
                locate(location.bucket());
            }
        }
        if (data.isEmpty()) {
            checklist.notCheckable("s3:GetObject", "*", scope.query().isPresent()
                    ? "The data locations of the tables the query reads are unknown (Glue did not show them), so no "
                            + "data object could be read."
                    : "The tables' data locations are unknown (Glue did not list the tables), so no data object "
                            + "could be read.");
        }
        for (S3Location location : data) {
            if (listable.contains(location.bucket())) {
                readOneObject(location);
            } else {
                checklist.notCheckable("s3:GetObject", arns.s3Objects(location),
                        "Without s3:ListBucket no object under " + location.uri() + " can be found.");
            }
        }
    }

    private void probeBucket(S3Location location) {
        checklist.probe("s3:ListBucket", arns.s3Bucket(location.bucket()), () -> list(location))
                .ifPresent(listing -> listable.add(location.bucket()));
    }

    private ResultsBucket locate(String bucket) {
        Checklist.Attempt<String> located = checklist.attempt("s3:GetBucketLocation", arns.s3Bucket(bucket),
                () -> s3.getBucketLocation(r -> r.bucket(bucket)).locationConstraintAsString());
        boolean noSuchBucket = located.failure().filter(S3Probes::isNoSuchBucket).isPresent();
        return new ResultsBucket(bucket, located.answer().map(ResultsBucket::regionOf), noSuchBucket);
    }

    private static boolean isNoSuchBucket(RuntimeException failure) {
        return failure instanceof AwsServiceException aws && (aws.statusCode() == 404
                || (aws.awsErrorDetails() != null && "NoSuchBucket".equals(aws.awsErrorDetails().errorCode())));
    }

    private void reportResultWriteAndRead(S3Location results, TestQueryProbe.Outcome query) {
        String resultArn = query.resultObject().map(o -> arns.s3Object(o.bucket(), o.key()))
                .orElse(arns.s3Objects(results));
        TestQueryProbe.PutObjectVerdict put = query.putObject();
        checklist.record("s3:PutObject", resultArn, put.status(), put.detail());
        if (put.status() == CheckStatus.GRANTED && query.resultObject().isPresent()) {
            S3Object written = query.resultObject().get();
            checklist.probe("s3:GetObject", resultArn, () -> readFirstByte(written));
        } else {
            checklist.notCheckable("s3:GetObject", resultArn, "The test query wrote no result to read.");
        }
    }

    private void readOneObject(S3Location location) {
        Optional<S3Object> object;
        try {
            object = list(location).contents().stream()
                    .filter(o -> !o.key().endsWith("/"))
                    .findFirst()
                    .map(o -> new S3Object(location.bucket(), o.key()));
        } catch (RuntimeException e) {
            checklist.failed("s3:GetObject", arns.s3Objects(location), e);
            return;
        }
        if (object.isPresent()) {
            checklist.probe("s3:GetObject", arns.s3Object(object.get().bucket(), object.get().key()),
                    () -> readFirstByte(object.get()));
        } else {
            checklist.notCheckable("s3:GetObject", arns.s3Objects(location),
                    "There is no object under " + location.uri() + " to read.");
        }
    }

    private ListObjectsV2Response list(S3Location location) {
        return s3.listObjectsV2(r -> r.bucket(location.bucket())
                .prefix(location.prefix().isEmpty() ? null : location.prefix())
                .maxKeys(10));
    }

    /** One byte is enough to prove the read; the object itself may be large. */
    private byte[] readFirstByte(S3Object object) {
        return s3.getObject(r -> r.bucket(object.bucket()).key(object.key()).range("bytes=0-0"),
                ResponseTransformer.toBytes()).asByteArray();
    }

    /** Each bucket once, listed under the first data prefix that matters. */
    private static List<S3Location> bucketRoots(List<S3Location> data) {
        Map<String, S3Location> byBucket = new LinkedHashMap<>();
        data.forEach(l -> byBucket.putIfAbsent(l.bucket(), l));
        return List.copyOf(byBucket.values());
    }
}
