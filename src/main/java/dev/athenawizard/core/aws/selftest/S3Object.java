package dev.athenawizard.core.aws.selftest;

import dev.athenawizard.core.aws.policy.S3Location;
import java.util.Optional;

/** One object in S3, such as a data file or a query's result file. */
record S3Object(String bucket, String key) {

    /** {@code s3://bucket/key}; empty when the text is not an object URI. */
    static Optional<S3Object> parse(String uri) {
        return S3Location.tryParse(uri).flatMap(folder -> {
            String key = folder.prefix();
            key = key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
            return key.isEmpty() ? Optional.empty() : Optional.of(new S3Object(folder.bucket(), key));
        });
    }

    String uri() {
        return "s3://" + bucket + "/" + key;
    }
}
