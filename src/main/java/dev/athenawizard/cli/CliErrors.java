package dev.athenawizard.cli;

import dev.athenawizard.core.TypedText;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns a failure into one clear line on stderr: exit code 2 for usage errors (bad flags, caught before anything is
 * sent), 1 for a failure inside a command. The stack trace goes to the log, never to the user's terminal. What the
 * user typed and a message echoes (a NUL, half an emoji, a line break) is written escaped, so the line stays one
 * readable line.
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
        cli.getErr().println("athena-wizard " + cli.getCommandName() + ": " + TypedText.escaped(message));
        org.slf4j.LoggerFactory.getLogger(CliErrors.class).debug("command failed", ex);
        return 1;
    }

    /** Picocli's own words already name the option ("Invalid value for option '--region': …"). */
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        cli.getErr().println(TypedText.escaped(String.valueOf(ex.getMessage())));
        if (ex instanceof UnmatchedArgumentException unmatched) {
            UnmatchedArgumentException.printSuggestions(unmatched, cli.getErr());
        }
        cli.getErr().println(tryHelp(cli));
        return USAGE;
    }

    private static int usage(CommandLine cli, String message) {
        cli.getErr().println(command(cli) + ": " + TypedText.escaped(message));
        cli.getErr().println(tryHelp(cli));
        return USAGE;
    }

    private static String command(CommandLine cli) {
        return cli.getCommandName().equals("athena-wizard") ? "athena-wizard" : "athena-wizard " + cli.getCommandName();
    }

    private static String tryHelp(CommandLine cli) {
        return "Try '" + command(cli) + " --help' for the options.";
    }
}
