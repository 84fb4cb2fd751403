package dev.athenawizard.core.aws;

import dev.athenawizard.core.athena.AccessDenial;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * An AWS "access denied" answer, with the action and resource when AWS names them ("User: arn:… is not authorized to
 * perform: athena:StartQueryExecution on resource: arn:aws:athena:…:workgroup/aporia …").
 *
 * @param action   the IAM action AWS says was denied, or empty when the message does not say (S3 rarely does)
 * @param resource the resource ARN AWS names, or empty
 * @param message  AWS's message as it came (it holds ARNs, never secrets)
 */
public record AccessDenied(Optional<String> action, Optional<String> resource, String message) {
    private static final Set<String> CODES = Set.of("AccessDenied", "AccessDeniedException", "UnauthorizedOperation");

    /** The access-denied answer behind {@code failure} (looking through wrappers), if that is what it is. */
    public static Optional<AccessDenied> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AwsServiceException aws && isDenial(aws)) {
                return Optional.of(parse(aws.awsErrorDetails() == null ? aws.getMessage()
                        : String.valueOf(aws.awsErrorDetails().errorMessage())));
            }
        }
        return Optional.empty();
    }

    /** Reads the action and resource out of an AWS message (with the Athena layer's parser). */
    public static AccessDenied parse(String message) {
        String text = message == null ? "" : message;
        return AccessDenial.parse(text)
                .map(d -> new AccessDenied(Optional.of(d.action()), Optional.of(d.resource()).filter(r -> !r.isEmpty()),
                        text))
                .orElseGet(() -> new AccessDenied(Optional.empty(), Optional.empty(), text));
    }

    private static boolean isDenial(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        if (code != null && !code.isBlank()) {
            return CODES.contains(code);
        }
        return e.statusCode() == 403; // S3 answers HEAD requests with a bare 403
    }
}
