package dev.athenawizard.core.sandbox.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AwsChunkedBodyTest {

    @Test
    void joinsTheChunksAndReadsTheTrailer() {
        String wire = "5;chunk-signature=abc\r\nhello\r\n6;chunk-signature=def\r\n world\r\n0;chunk-signature=0\r\n"
                + "x-amz-checksum-crc32:DUoRhQ==\r\n\r\n";
        AwsChunkedBody body = AwsChunkedBody.decode(wire.getBytes(StandardCharsets.US_ASCII));

        assertThat(new String(body.payload(), StandardCharsets.US_ASCII)).isEqualTo("hello world");
        assertThat(body.trailers()).containsEntry("x-amz-checksum-crc32", "DUoRhQ==");
    }
}
