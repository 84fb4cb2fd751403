package dev.athenawizard.core.sandbox;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One sandbox shared by the tests of a class: {@code @RegisterExtension static final SandboxExtension sandbox =
 * new SandboxExtension(options -> options…);} starts it before the first test and stops it after the last.
 */
public final class SandboxExtension implements BeforeAllCallback, AfterAllCallback {
    private final UnaryOperator<SandboxOptions.Builder> options;
    private SandboxFixture fixture;
    private AthenaClient athena;
    private GlueClient glue;
    private S3Client s3;

    public SandboxExtension() {
        this(o -> o);
    }

    public SandboxExtension(UnaryOperator<SandboxOptions.Builder> options) {
        this.options = options;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        fixture = SandboxFixture.start(options);
        athena = fixture.athena();
        glue = fixture.glue();
        s3 = fixture.s3();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (fixture != null) { // null when the start failed; that failure is the one to report
            athena.close();
            glue.close();
            s3.close();
            fixture.close();
        }
    }

    public SandboxFixture fixture() {
        return fixture;
    }

    public SandboxServer server() {
        return fixture.server;
    }

    /** Clients signing with {@link SandboxFixture#KEY_ID}, shared by the class's tests. */
    public AthenaClient athena() {
        return athena;
    }

    public GlueClient glue() {
        return glue;
    }

    public S3Client s3() {
        return s3;
    }
}
