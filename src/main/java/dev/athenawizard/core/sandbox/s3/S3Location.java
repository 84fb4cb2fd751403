package dev.athenawizard.core.sandbox.s3;

import java.nio.file.Path;
import java.util.Optional;

/** An {@code s3://bucket/key} address and where the sandbox keeps it: {@code <data>/s3/<bucket>/<key>}. */
public record S3Location(String bucket, String key) {

    public static Optional<S3Location> parse(String uri) {
        if (uri == null || !uri.startsWith("s3://")) {
            return Optional.empty();
        }
        String rest = uri.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : rest.substring(slash + 1);
        return bucket.isEmpty() ? Optional.empty() : Optional.of(new S3Location(bucket, key));
    }

    /** The same location with {@code name} appended to the key. */
    public S3Location resolve(String name) {
        return new S3Location(bucket, key + name);
    }

    public String uri() {
        return "s3://" + bucket + "/" + key;
    }

    public String bucketArn() {
        return "arn:aws:s3:::" + bucket;
    }

    public Path localPath(Path s3Root) {
        return key.isEmpty() ? s3Root.resolve(bucket) : s3Root.resolve(bucket).resolve(key);
    }
}
