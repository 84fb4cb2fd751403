package dev.athenawizard.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure inside a command into one clear line on stderr and exit code 1; the stack trace goes to the log,
 * never to the user's terminal.
 */
final class CliErrors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cli.getErr().println("athena-wizard " + cli.getCommandName() + ": " + message);
        org.slf4j.LoggerFactory.getLogger(CliErrors.class).debug("command failed", ex);
        return 1;
    }
}
