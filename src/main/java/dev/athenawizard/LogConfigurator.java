package dev.athenawizard;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import dev.athenawizard.core.AppDirs;
import org.slf4j.Marker;

/**
 * Sends the log to {@code <state dir>/logs/athena-wizard.log} and nowhere else, so the CLI's output stays clean.
 * Found by logback through {@code META-INF/services}; the AWS SDK is kept at WARN.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("file");
        file.setFile(AppDirs.resolve().logs().resolve("athena-wizard.log").toString());
        file.setAppend(true);
        file.setEncoder(encoder);
        file.start();

        context.addTurboFilter(new NoSignerDebug());

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file);
        context.getLogger("dev.athenawizard").setLevel(Level.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * The SDK's SigV4 signer logs each canonical request at DEBUG, and that includes the {@code x-amz-security-token}
     * header: a session token would land in the log file whenever someone turns SDK logging up. Denied before any
     * level check, so no logger configuration can let it through.
     */
    static final class NoSignerDebug extends TurboFilter {
        @Override
        public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                Throwable t) {
            boolean signer = logger.getName().startsWith("software.amazon.awssdk.")
                    && logger.getName().contains(".signer");
            return signer && level != null && !level.isGreaterOrEqual(Level.INFO) ? FilterReply.DENY
                    : FilterReply.NEUTRAL;
        }
    }
}
