package dev.athenawizard.cli;

import java.util.List;

/** The subcommands of {@code athena-wizard}; each later feature adds its command here. */
final class CliCommands {
    private CliCommands() {
    }

    static List<Object> all() {
        return List.of(new SandboxCommand(), new WorkgroupsCommand(), new PreviewCommand(), new PolicyCommand(),
                new CheckCommand(), new RegisterCommand(), new ExportPythonCommand(), new InitCommand());
    }
}
