package dev.athenawizard.core.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: a status, headers, and a body of bytes or of a file's byte range. */
public final class SandboxResponse {
    public static final String JSON_1_1 = "application/x-amz-json-1.1";

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final byte[] bytes;
    private final Path file;
    private final long fileOffset;
    private final long length;

    private SandboxResponse(int status, byte[] bytes, Path file, long fileOffset, long length) {
        this.status = status;
        this.bytes = bytes;
        this.file = file;
        this.fileOffset = fileOffset;
        this.length = length;
    }

    public static SandboxResponse bytes(int status, String contentType, byte[] body) {
        return new SandboxResponse(status, body, null, 0, body.length).header("Content-Type", contentType);
    }

    public static SandboxResponse json(int status, String json) {
        return bytes(status, JSON_1_1, json.getBytes(StandardCharsets.UTF_8));
    }

    public static SandboxResponse xml(int status, String xml) {
        return bytes(status, "application/xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code length} bytes of {@code file} from {@code offset}. */
    public static SandboxResponse file(int status, Path file, long offset, long length) {
        return new SandboxResponse(status, null, file, offset, length);
    }

    /** A status with no body at all (HEAD answers, 204). */
    public static SandboxResponse empty(int status) {
        return new SandboxResponse(status, new byte[0], null, 0, 0);
    }

    public SandboxResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The body's bytes, or null when the body is a file range. */
    public byte[] bytes() {
        return bytes;
    }

    public Path file() {
        return file;
    }

    public long fileOffset() {
        return fileOffset;
    }

    public long length() {
        return length;
    }
}
