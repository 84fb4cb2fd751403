package dev.athenawizard.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns a failure into one clear line on stderr: exit code 2 for usage errors (bad flags, caught before anything is
 * sent), 1 for a failure inside a command. The stack trace goes to the log, never to the user's terminal.
 */
final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {
    static final int USAGE = 2;

    /** Installs both handlers on {@code cli} and every subcommand it has now. */
    static CommandLine installOn(CommandLine cli) {
        CliErrors errors = new CliErrors();
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        return cli;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
        if (ex instanceof UsageError) {
            return usage(cli, ex.getMessage());
        }
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cli.getErr().println("athena-wizard " + cli.getCommandName() + ": " + message);
        org.slf4j.LoggerFactory.getLogger(CliErrors.class).debug("command failed", ex);
        return 1;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        int exit = usage(cli, ex.getMessage());
        if (ex instanceof UnmatchedArgumentException unmatched) {
            UnmatchedArgumentException.printSuggestions(unmatched, cli.getErr());
        }
        return exit;
    }

    private static int usage(CommandLine cli, String message) {
        String command = cli.getCommandName().equals("athena-wizard") ? "athena-wizard"
                : "athena-wizard " + cli.getCommandName();
        cli.getErr().println(command + ": " + message);
        cli.getErr().println("Try '" + command + " --help' for the options.");
        return USAGE;
    }
}
