package dev.athenawizard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CliFrameTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AthenaWizardCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void help_describes_the_program_and_its_commands() {
        Run r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: athena-wizard", "Without a command, opens the wizard window",
                "--version");
    }

    @Test
    void version_prints_the_product_name() {
        Run r = run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Athena Onboarding Wizard ");
    }

    @Test
    void every_command_has_help_and_version() {
        var cli = AthenaWizardCommand.commandLine();
        cli.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            assertThat(sub.getCommandSpec().optionsMap()).as(name).containsKeys("--help", "--version");
            Run r = run(name, "--version");
            assertThat(r.exit()).as(name).isZero();
            assertThat(r.out()).as(name).startsWith("Athena Onboarding Wizard ");
        });
    }

    @Test
    void an_unknown_command_is_named_and_fails() {
        Run r = run("regster");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("regster");
    }
}
