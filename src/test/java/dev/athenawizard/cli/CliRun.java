package dev.athenawizard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** One in-process run of {@code athena-wizard}: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        return run(AthenaWizardCommand.commandLine(), args);
    }

    /** {@code policy} or {@code check} with the environment, profile files, secret store and folders a test chose. */
    static CliRun in(CliEnvironment environment, String... args) {
        CommandLine cli = new CommandLine(new AthenaWizardCommand())
                .addSubcommand(new PolicyCommand(environment))
                .addSubcommand(new CheckCommand(environment));
        return run(CliErrors.installOn(cli), args);
    }

    /** The root command with just the given subcommands, each built with the environment a test chose. */
    static CliRun with(List<Object> commands, String... args) {
        CommandLine cli = new CommandLine(new AthenaWizardCommand());
        commands.forEach(cli::addSubcommand);
        cli.setExecutionExceptionHandler(new CliErrors());
        return run(cli, args);
    }

    private static CliRun run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /**
     * Signs with the given key id for the rest of the test class: the default credential chain reads these system
     * properties before the environment, as {@code aws.accessKeyId} / {@code aws.secretAccessKey}.
     */
    static void useAccessKey(String keyId) {
        System.setProperty("aws.accessKeyId", keyId);
        System.setProperty("aws.secretAccessKey", "not-a-real-secret");
    }

    /** How many queries the sandbox has run in a workgroup: unchanged after a command that sent nothing. */
    static int executions(dev.athenawizard.core.sandbox.SandboxFixture sandbox, String workgroup) {
        try (software.amazon.awssdk.services.athena.AthenaClient athena = sandbox.athena()) {
            return (int) athena.listQueryExecutionsPaginator(b -> b.workGroup(workgroup)).stream()
                    .mapToLong(page -> page.queryExecutionIds().size()).sum();
        }
    }

    static void forgetAccessKey() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }
}
