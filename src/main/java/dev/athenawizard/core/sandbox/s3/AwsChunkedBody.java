package dev.athenawizard.core.sandbox.s3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes S3's {@code aws-chunked} upload encoding, which the AWS SDKs use for PutObject with checksums:
 * {@code <hex size>[;chunk-signature=…]\r\n<bytes>\r\n} repeated, a zero-size chunk, then optional trailer headers
 * such as {@code x-amz-checksum-crc32:…}.
 */
public record AwsChunkedBody(byte[] payload, Map<String, String> trailers) {

    /** Whether a request's headers say its body is aws-chunked. */
    public static boolean isChunked(Map<String, String> headers) {
        String sha = headers.getOrDefault("x-amz-content-sha256", "");
        String encoding = headers.getOrDefault("Content-Encoding", "");
        return sha.startsWith("STREAMING-") || encoding.toLowerCase(Locale.ROOT).contains("aws-chunked");
    }

    public static AwsChunkedBody decode(byte[] body) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(body.length);
        int pos = 0;
        while (true) {
            int lineEnd = indexOfCrLf(body, pos);
            if (lineEnd < 0) {
                throw new IllegalArgumentException("Malformed aws-chunked body: no chunk header at byte " + pos);
            }
            String header = new String(body, pos, lineEnd - pos, StandardCharsets.US_ASCII);
            int semicolon = header.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? header : header.substring(0, semicolon)).trim(), 16);
            pos = lineEnd + 2;
            if (size == 0) {
                break;
            }
            payload.write(body, pos, size);
            pos += size + 2; // the chunk's data, then CRLF
        }
        Map<String, String> trailers = new LinkedHashMap<>();
        while (pos < body.length) {
            int lineEnd = indexOfCrLf(body, pos);
            int end = lineEnd < 0 ? body.length : lineEnd;
            String line = new String(body, pos, end - pos, StandardCharsets.US_ASCII);
            int colon = line.indexOf(':');
            if (colon > 0) {
                trailers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            pos = end + 2;
        }
        return new AwsChunkedBody(payload.toByteArray(), trailers);
    }

    private static int indexOfCrLf(byte[] body, int from) {
        for (int i = from; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
