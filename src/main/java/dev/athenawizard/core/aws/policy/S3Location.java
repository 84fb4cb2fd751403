package dev.athenawizard.core.aws.policy;

import dev.athenawizard.core.TypedText;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A place in S3: a bucket and a key prefix ({@code s3://bucket/prefix/}), such as a workgroup's query result location
 * or a Glue table's data location. The prefix is empty (the whole bucket) or ends with {@code /}.
 */
public record S3Location(String bucket, String prefix) {
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.\\-]{1,61}[a-z0-9]");

    public S3Location {
        bucket = bucket == null ? "" : bucket;
        prefix = prefix == null ? "" : prefix;
        if (!BUCKET.matcher(bucket).matches()) {
            String wrong = TypedText.firstRefused(bucket, c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-');
            throw new IllegalArgumentException(TypedText.quoted(bucket) + " is not an S3 bucket name: 3 to 63 "
                    + "lower-case letters, digits, dots and hyphens" + (wrong.isEmpty() ? "" : "; it has " + wrong)
                    + ".");
        }
        String unusable = TypedText.firstRefused(prefix, TypedText::printable);
        if (!unusable.isEmpty()) {
            throw new IllegalArgumentException("The S3 prefix " + TypedText.quoted(prefix) + " has " + unusable
                    + ", which a location Athena and IAM are given cannot hold.");
        }
        while (prefix.startsWith("/")) {
            prefix = prefix.substring(1);
        }
        if (!prefix.isEmpty() && !prefix.endsWith("/")) {
            prefix = prefix + "/";
        }
    }

    /** The whole bucket. */
    public static S3Location bucket(String bucket) {
        return new S3Location(bucket, "");
    }

    /**
     * Reads {@code s3://bucket/prefix/} (also the {@code s3a://} and {@code s3n://} spellings Glue tables sometimes
     * carry).
     *
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    public static S3Location parse(String uri) {
        String text = uri == null ? "" : uri.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        int scheme = lower.startsWith("s3://") ? 5 : lower.startsWith("s3a://") || lower.startsWith("s3n://") ? 6 : -1;
        if (scheme < 0) {
            throw new IllegalArgumentException(TypedText.quoted(text) + " is not an S3 location: it should look like "
                    + "s3://bucket/prefix/.");
        }
        String rest = text.substring(scheme);
        int slash = rest.indexOf('/');
        return slash < 0 ? bucket(rest) : new S3Location(rest.substring(0, slash), rest.substring(slash + 1));
    }

    /** Like {@link #parse} but empty for blank or unreadable text. */
    public static Optional<S3Location> tryParse(String uri) {
        try {
            return uri == null || uri.isBlank() ? Optional.empty() : Optional.of(parse(uri));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Control characters and lone surrogates (which UTF-8 cannot carry) are no part of a key the wizard sends. */
    public String uri() {
        return "s3://" + bucket + "/" + prefix;
    }

    /** True when every object under {@code other} is also under this location. */
    public boolean contains(S3Location other) {
        return bucket.equals(other.bucket) && other.prefix.startsWith(prefix);
    }

    /** The key of an object directly below this location. */
    public String key(String name) {
        return prefix + name;
    }

    @Override
    public String toString() {
        return uri();
    }
}
