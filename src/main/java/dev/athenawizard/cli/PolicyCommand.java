package dev.athenawizard.cli;

import dev.athenawizard.core.aws.policy.IamPolicy;
import dev.athenawizard.core.aws.policy.PolicyGenerator;
import dev.athenawizard.core.aws.policy.PolicyResult;
import dev.athenawizard.core.aws.policy.ResolvedScope;
import dev.athenawizard.core.project.ProjectFileException;
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

/** {@code athena-wizard policy}: the least-privilege IAM policy for what a project uses. */
@Command(name = "policy", mixinStandardHelpOptions = true,
        versionProvider = AthenaWizardCommand.VersionProvider.class,
        description = {
            "Prints the least-privilege IAM policy for Aporia's data-source user: the Aporia guide's template with the "
                    + "real region, account, workgroup, result location, databases and data locations filled in.",
            "With a query (--sql, or the project's), it covers exactly what the query reads: its tables' databases, "
                    + "those tables and their data locations, nothing broader. Without one, every table of the "
                    + "databases given.",
            "The account id comes from STS, the result location from the workgroup, the data locations from Glue, "
                    + "all read with the wizard's own credentials. The query is only read, never sent.",
            "",
            "Credentials: a project's profile or default chain as saved; for an access key, the secret remembered in "
                    + "the OS keychain, else AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN). Without --project: "
                    + "--profile, else AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, else the default chain. A project in "
                    + "sandbox mode runs against an in-process sandbox.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the policy was printed or written", "1:it could not be generated (the message says what "
                + "is missing)", "2:bad command-line usage, or a --sql (or project query) that is not a query"})
final class PolicyCommand implements Callable<Integer> {
    private final CliEnvironment environment;

    @Mixin
    ScopeOptions scope;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the policy here instead of printing it.")
    Path output;

    @Spec
    CommandSpec spec;

    PolicyCommand() {
        this(CliEnvironment.system());
    }

    PolicyCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws ProjectFileException, IOException {
        IamPolicy policy;
        try (AccessSession session = new AccessSession(scope, environment, "Say which policy to write")) {
            ResolvedScope resolved = session.resolveScope(spec.commandLine().getErr(), "policy");
            PolicyResult result = resolved.policy(new PolicyGenerator());
            resolved.notesBeside(result).forEach(note -> spec.commandLine().getErr()
                    .println("athena-wizard policy: warning: " + note.message()));
            policy = result.orElseThrow();
        }
        if (output == null) {
            spec.commandLine().getOut().print(policy.toJson());
            spec.commandLine().getOut().flush();
        } else {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, policy.toJson(), StandardCharsets.UTF_8);
            spec.commandLine().getErr().println("athena-wizard policy: wrote " + output);
        }
        return 0;
    }
}
