package dev.athenawizard.cli;

import dev.athenawizard.core.Version;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code athena-wizard} command: without a subcommand it opens the GUI. */
@Command(
        name = "athena-wizard",
        mixinStandardHelpOptions = true,
        versionProvider = AthenaWizardCommand.VersionProvider.class,
        description = {
            "Connects a model's data in Amazon Athena to Aporia's monitoring.",
            "Without a command, opens the wizard window."
        },
        subcommands = {CommandLine.HelpCommand.class})
public final class AthenaWizardCommand implements Callable<Integer> {

    /** Exit code meaning "the GUI is running; do not call System.exit". */
    public static final int GUI_STARTED = -1;

    @Override
    public Integer call() {
        GuiLauncher.launch();
        return GUI_STARTED;
    }

    /** Parses and runs {@code args}; returns the process exit code, or {@link #GUI_STARTED}. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new AthenaWizardCommand());
        for (Object sub : CliCommands.all()) {
            cli.addSubcommand(sub);
        }
        return CliErrors.installOn(cli);
    }

    /** Every command prints the same version line. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.full()};
        }
    }
}
