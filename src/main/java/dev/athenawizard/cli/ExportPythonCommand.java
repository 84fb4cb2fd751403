package dev.athenawizard.cli;

import dev.athenawizard.core.aporia.export.PythonScript;
import dev.athenawizard.core.aporia.export.RegistrationJson;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import dev.athenawizard.core.project.OnboardingProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code athena-wizard export-python}: the registration as a script for the aporia 2.x SDK, or as JSON. */
@Command(name = "export-python", mixinStandardHelpOptions = true,
        versionProvider = AthenaWizardCommand.VersionProvider.class,
        description = {
            "Writes the project's registration as a Python script for the classic aporia SDK (" 
                    + PythonScript.SDK_REQUIREMENT + "): aporia.init, create_model, create_model_version with the "
                    + "schema in feature order, AthenaDataSource and connect_serving (and connect_training / "
                    + "connect_testing). With --json, the same requests as JSON instead.",
            "",
            "No secret is written: the script reads APORIA_TOKEN, APORIA_AWS_ACCESS_KEY_ID and "
                    + "APORIA_AWS_SECRET_ACCESS_KEY from the environment (and APORIA_HOST when no host is known); "
                    + "the JSON has ${...} placeholders for them.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:it could not be written", "2:bad usage, or the project cannot be "
                + "registered yet (each problem names its field)"})
final class ExportPythonCommand implements Callable<Integer> {
    @Mixin
    RegistrationOptions options;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of printing.")
    Path output;

    @Option(names = "--json", description = "Write the registration requests as JSON instead of Python.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String text;
        try {
            OnboardingProject project = options.load();
            RegistrationPlan plan = RegistrationOptions.plan(project).plan().orElseThrow();
            text = json ? RegistrationJson.render(plan, options.host(project))
                    : PythonScript.render(plan, options.host(project), project.name());
        } catch (RegistrationOptions.Usage e) {
            spec.commandLine().getErr().println("athena-wizard export-python: " + e.getMessage());
            return 2;
        }
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return 0;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(output, text, StandardCharsets.UTF_8);
        spec.commandLine().getErr().println("athena-wizard export-python: wrote " + output);
        return 0;
    }
}
