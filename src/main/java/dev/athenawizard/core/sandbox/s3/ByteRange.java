package dev.athenawizard.core.sandbox.s3;

import dev.athenawizard.core.sandbox.http.ServiceError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The part of an object a GetObject asks for: a {@code Range: bytes=a-b}, {@code bytes=a-} or {@code bytes=-n}. */
record ByteRange(long first, long length, boolean partial) {
    private static final Pattern BYTES = Pattern.compile("bytes=(\\d*)-(\\d*)");

    static ByteRange whole(long size) {
        return new ByteRange(0, size, false);
    }

    /** A range within an object of {@code size} bytes; one S3 cannot serve is its InvalidRange error. */
    static ByteRange parse(String header, long size) {
        Matcher m = BYTES.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return whole(size); // S3 ignores a Range header it cannot read
        }
        long first;
        long last;
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            first = Math.max(0, size - suffix);
            last = size - 1;
        } else {
            first = Long.parseLong(m.group(1));
            last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
        }
        if (first >= size || last < first) {
            throw ServiceError.of(416, "InvalidRange", "The requested range is not satisfiable")
                    .with("RangeRequested", header).with("ActualObjectSize", Long.toString(size));
        }
        return new ByteRange(first, last - first + 1, true);
    }

    String contentRange(long size) {
        return "bytes " + first + "-" + (first + length - 1) + "/" + size;
    }
}
