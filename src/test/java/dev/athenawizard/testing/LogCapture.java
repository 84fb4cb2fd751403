package dev.athenawizard.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Every log line written while it is open, as the log file would hold it (message, arguments, stack trace), with the
 * program's own code and the AWS SDK turned up to DEBUG: a secret must not reach the log even when someone turns the
 * logging up. The log's own filters (e.g. the one that keeps the SDK's signer quiet) stay in place.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private static final List<String> TURNED_UP = List.of("dev.athenawizard", "software.amazon.awssdk");

    private final List<String> lines = new ArrayList<>();
    private final Map<Logger, Level> levelsBefore = new java.util.LinkedHashMap<>();
    private final Logger root;

    private LogCapture(LoggerContext context) {
        setContext(context);
        setName("log-capture");
        root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    }

    public static LogCapture begin() {
        LogCapture capture = new LogCapture((LoggerContext) LoggerFactory.getILoggerFactory());
        LoggerContext context = (LoggerContext) capture.getContext();
        for (String name : TURNED_UP) {
            Logger logger = context.getLogger(name);
            capture.levelsBefore.put(logger, logger.getLevel());
            logger.setLevel(Level.DEBUG);
        }
        capture.start();
        capture.root.addAppender(capture);
        return capture;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getLoggerName()).append(" - ").append(event.getFormattedMessage());
        if (event.getArgumentArray() != null) {
            line.append(' ').append(Arrays.deepToString(event.getArgumentArray()));
        }
        if (event.getThrowableProxy() != null) {
            line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        lines.add(line.toString());
    }

    /** The lines so far. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
        levelsBefore.forEach(Logger::setLevel);
    }
}
