package dev.athenawizard.core.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list operation: {@code MaxResults} checked against the operation's limits, an opaque
 * {@code NextToken}, and no token at all on the last page (clients loop until the key is absent).
 */
public final class Paging {
    private static final String PREFIX = "sandbox-offset:";

    /** The items of one page and the token for the next, if any. */
    public record Page<T>(List<T> items, Optional<String> nextToken) {
        /** The response: {@code {"<member>": [one node per item], "NextToken": …}}, the token only if more follow. */
        public ObjectNode toJson(String member, Function<T, JsonNode> item) {
            ObjectNode response = Json.object();
            ArrayNode list = response.putArray(member);
            items.forEach(t -> list.add(item.apply(t)));
            nextToken.ifPresent(token -> response.put("NextToken", token));
            return response;
        }
    }

    private Paging() {
    }

    /**
     * @param invalid makes the service's own validation error from a message
     */
    public static <T> Page<T> page(List<T> all, JsonNode request, int max, Function<String, ServiceError> invalid) {
        int limit = Json.integer(request, "MaxResults").orElse(max);
        if (limit > max) {
            throw invalid.apply("1 validation error detected: Value '" + limit + "' at 'maxResults' failed to "
                    + "satisfy constraint: Member must have value less than or equal to " + max);
        }
        if (limit < 1) {
            throw invalid.apply("1 validation error detected: Value '" + limit + "' at 'maxResults' failed to "
                    + "satisfy constraint: Member must have value greater than or equal to 1");
        }
        int start = Json.text(request, "NextToken").map(token -> offset(token, invalid)).orElse(0);
        int end = Math.min(all.size(), start + limit);
        List<T> items = start >= all.size() ? List.of() : all.subList(start, end);
        return new Page<>(items, end < all.size() ? Optional.of(token(end)) : Optional.empty());
    }

    public static String token(long offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset a token of {@link #token} carries. */
    public static int offset(String token, Function<String, ServiceError> invalid) {
        return (int) longOffset(token, invalid);
    }

    public static long longOffset(String token, Function<String, ServiceError> invalid) {
        if (token.isEmpty()) {
            throw invalid.apply("1 validation error detected: Value '' at 'nextToken' failed to satisfy constraint: "
                    + "Member must have length greater than or equal to 1");
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                long offset = Long.parseLong(decoded.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw invalid.apply("The nextPageToken is malformed: " + token);
    }
}
