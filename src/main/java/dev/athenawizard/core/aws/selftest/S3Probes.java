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
 * Tries the S3 access Aporia's queries need: listing and locating the data and results buckets, reading a data
 * object and the test query's result, and (from the test query) writing results.
 */
final class S3Probes {
    /** Enough locations to cover a query's tables without reading a whole lake. */
    static final int MAX_DATA_LOCATIONS = 10;

    private final S3Client s3;
    private final Checklist checklist;
    private final Arns arns;

    S3Probes(S3Client s3, Checklist checklist, Arns arns) {
        this.s3 = s3;
        this.checklist = checklist;
        this.arns = arns;
    }

    /** Tries every S3 permission; returns what S3 said about the results bucket. */
    ResultsBucket run(AccessScope scope, S3Location results, TestQueryProbe.Outcome query) {
        List<S3Location> data = scope.dataLocations().stream().limit(MAX_DATA_LOCATIONS).toList();
        Set<String> listable = new HashSet<>();
        ResultsBucket resultsBucket = ResultsBucket.unknown(results.bucket());
        for (S3Location location : bucketRoots(data, results)) {
            String bucket = arns.s3Bucket(location.bucket());
            checklist.probe("s3:ListBucket", bucket, () -> list(location))
                    .ifPresent(listing -> listable.add(location.bucket()));
            ResultsBucket located = locate(location.bucket());
            if (location.bucket().equals(results.bucket())) {
                resultsBucket = located;
            }
        }
        if (data.isEmpty()) {
            checklist.notCheckable("s3:GetObject", "*", "The tables' data locations are unknown (Glue did not list "
                    + "the tables), so no data object could be read.");
        }
        for (S3Location location : data) {
            if (listable.contains(location.bucket())) {
                readOneObject(location);
            } else {
                checklist.notCheckable("s3:GetObject", arns.s3Objects(location),
                        "Without s3:ListBucket no object under " + location.uri() + " can be found.");
            }
        }
        reportResultWriteAndRead(results, query);
        return resultsBucket;
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

    /** Each bucket once, listed under the data (or results) prefix that matters. */
    private static List<S3Location> bucketRoots(List<S3Location> data, S3Location results) {
        Map<String, S3Location> byBucket = new LinkedHashMap<>();
        data.forEach(l -> byBucket.putIfAbsent(l.bucket(), l));
        byBucket.putIfAbsent(results.bucket(), results);
        return List.copyOf(byBucket.values());
    }
}
