package dev.athenawizard.core.aws.selftest;

import dev.athenawizard.core.athena.AccessDenial;
import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.aws.policy.Arns;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query Athena refused or failed because the caller was denied something, read from Athena's words: the IAM action
 * and resource when they can be told, so the checklist can name the permission and its statement.
 *
 * <ul>
 *   <li>{@code Insufficient permissions to execute the query. User: … is not authorized to perform: glue:GetTable on
 *       resource: arn:…} — Glue's denial, passed on by Athena while it plans the query;</li>
 *   <li>{@code Permission denied on S3 path: s3://bucket/key} — reading a data object ({@code s3:GetObject}), or
 *       listing a folder ({@code s3:ListBucket}) when the path ends in {@code /};</li>
 *   <li>{@code Access denied when writing output to url 's3://…'} — writing the result ({@code s3:PutObject});</li>
 *   <li>anything else that says access was denied: an action that cannot be told (a Lake Formation permission, a
 *       bucket policy, a KMS key).</li>
 * </ul>
 *
 * @param action   the IAM action, when Athena's words tell it
 * @param resource the resource ARN it was denied on, when known
 * @param message  Athena's own words
 */
record QueryDenial(Optional<String> action, Optional<String> resource, String message) {
    private static final Pattern S3_PATH = Pattern.compile("Permission denied on S3 path: (s3://\\S+)");
    private static final Pattern OUTPUT = Pattern.compile("Access denied when writing output to url '(s3://[^']+)'");

    static Optional<QueryDenial> of(Throwable failure, Arns arns) {
        if (!(failure instanceof AthenaFailure athena)) {
            return Optional.empty();
        }
        String said = athena.athenaMessage().orElse(athena.getMessage());
        Optional<AccessDenial> named = athena.denial().or(() -> AccessDenial.parse(said));
        if (named.isPresent()) {
            return Optional.of(new QueryDenial(Optional.of(named.get().action()),
                    Optional.of(Checklist.unquoted(named.get().resource())).filter(r -> !r.isEmpty()), said));
        }
        Matcher path = S3_PATH.matcher(said);
        if (path.find()) {
            String uri = path.group(1).replaceFirst("[.,;]+$", "");
            Optional<S3Object> object = S3Object.parse(uri);
            if (uri.endsWith("/") || object.isEmpty()) {
                String bucket = uri.substring("s3://".length()).split("/", 2)[0];
                return Optional.of(new QueryDenial(Optional.of("s3:ListBucket"), Optional.of(arns.s3Bucket(bucket)),
                        said));
            }
            return Optional.of(new QueryDenial(Optional.of("s3:GetObject"),
                    Optional.of(arns.s3Object(object.get().bucket(), object.get().key())), said));
        }
        Matcher output = OUTPUT.matcher(said);
        if (output.find()) {
            String[] target = output.group(1).substring("s3://".length()).split("/", 2);
            String key = target.length < 2 ? "" : target[1];
            return Optional.of(new QueryDenial(Optional.of("s3:PutObject"), Optional.of(arns.s3Object(target[0],
                    key.isEmpty() || key.endsWith("/") ? key + "*" : key)), said));
        }
        String lower = said.toLowerCase(Locale.ROOT);
        boolean denied = athena.kind() == AthenaFailure.Kind.ACCESS_DENIED || lower.contains("permission_denied")
                || lower.contains("access denied") || lower.contains("accessdenied")
                || lower.contains("permission denied") || lower.contains("not authorized");
        return denied ? Optional.of(new QueryDenial(Optional.empty(), Optional.empty(), said)) : Optional.empty();
    }
}
