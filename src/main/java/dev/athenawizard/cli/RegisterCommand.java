package dev.athenawizard.cli;

import dev.athenawizard.core.aporia.client.AporiaHost;
import dev.athenawizard.core.aporia.client.DryRun;
import dev.athenawizard.core.aporia.client.Registration;
import dev.athenawizard.core.aporia.client.RegistrationReport;
import dev.athenawizard.core.aporia.client.Registrations;
import dev.athenawizard.core.aporia.client.StepState;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import dev.athenawizard.core.aws.ProjectCredentials;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.aws.secrets.SecretKey;
import dev.athenawizard.core.aws.secrets.SecretStore;
import dev.athenawizard.core.concurrent.BackgroundExecutors;
import dev.athenawizard.core.concurrent.Sleeper;
import dev.athenawizard.core.project.ConnectionSection.ConnectionMode;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.sandbox.SandboxHost;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code athena-wizard register}: creates the model, its version and its Athena datasets in Aporia. */
@Command(name = "register", mixinStandardHelpOptions = true,
        versionProvider = AthenaWizardCommand.VersionProvider.class,
        description = {
            "Registers the project's model with Aporia: creates the model (an existing one is kept), the version "
                    + "with its schema (an existing one is kept), and connects the serving dataset — and the training "
                    + "and test datasets when the project has their queries — with an Athena data source.",
            "Prints one line per step. After a failure, running the same command again continues: nothing is "
                    + "created twice.",
            "",
            "The Aporia token comes from APORIA_TOKEN, else from the OS keychain. The data source's access key: "
                    + "when the project gives Aporia its own key, its id from the project or APORIA_AWS_ACCESS_KEY_ID "
                    + "and its secret from the OS keychain or APORIA_AWS_SECRET_ACCESS_KEY; otherwise the wizard's "
                    + "own (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or the project's profile). It must be a long-term "
                    + "key: temporary credentials would expire inside Aporia.",
            "A sandbox project without a host registers with the in-process sandbox's Aporia.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:registered (or, with --dry-run, printed)", "1:a call failed; run again to continue",
            "2:bad usage, or the project cannot be registered yet (each problem names its field); nothing was sent"})
final class RegisterCommand implements Callable<Integer> {
    static final String TOKEN_VARIABLE = "APORIA_TOKEN";

    private final CliEnvironment environment;
    private final Sleeper sleeper;

    @Mixin
    RegistrationOptions options;

    @Option(names = "--dry-run", description = "Print the requests it would send, secrets masked; send nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    RegisterCommand() {
        this(CliEnvironment.system(), Sleeper.SYSTEM);
    }

    /** @param sleeper waits between retries (tests pass one that does not really wait) */
    RegisterCommand(CliEnvironment environment, Sleeper sleeper) {
        this.environment = environment;
        this.sleeper = sleeper;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExecutorService pool = BackgroundExecutors.bounded("aporia-cli", 1);
        SecretStore secrets = environment.secrets().apply(pool);
        SandboxHost sandbox = null;
        try {
            OnboardingProject project = options.load();
            RegistrationPlan plan = RegistrationOptions.plan(project).plan().orElseThrow();
            boolean sandboxProject = project.connection().mode() == ConnectionMode.SANDBOX;
            Optional<AporiaHost> named = options.host(project);
            if (named.isEmpty() && !sandboxProject) {
                throw new RegistrationOptions.Usage("no Aporia host: pass --aporia-host URL (e.g. "
                        + "https://app.aporia.com) or set registration.aporiaHost in the project.");
            }
            if (sandboxProject && named.isPresent() && !named.get().base().getScheme().equals("http")) {
                throw new RegistrationOptions.Usage("the project reads the sandbox's demo data, which "
                        + named.get() + " cannot reach: leave out --aporia-host to register with the sandbox, or "
                        + "switch the project's connection to AWS.");
            }
            if (dryRun) {
                out.print(DryRun.render(plan, named.orElse(AporiaHost.parse("http://127.0.0.1")),
                        plan.source().accessKeyId()));
                named.ifPresentOrElse(h -> { }, () -> out.println("(The in-process sandbox's port is chosen when "
                        + "it starts.)"));
                out.flush();
                return 0;
            }
            Optional<Secret> token = token(named, secrets);
            AporiaHost host;
            if (named.isPresent()) {
                host = named.get();
            } else {
                sandbox = new SandboxHost(environment.dirs().sandboxData(), Runnable::run);
                host = AporiaHost.sandbox(AccessSession.await(sandbox.endpoint()));
            }
            Registration registration = registration(project, plan, host,
                    token.orElseGet(() -> Secret.of("sandbox-accepts-any-token")), secrets);
            err.println("athena-wizard register: model " + plan.model().id() + ", version " + plan.version().name()
                    + " → " + host + " (environment " + plan.environment() + "), data source key "
                    + registration.dataSourceKeyId());
            RegistrationReport report = registration.run(state -> print(out, state));
            out.flush();
            if (!report.complete()) {
                err.println("athena-wizard register: " + report.failure().orElse("not every step went through")
                        + "\nRun the same command again to continue: the steps already done are kept.");
                return 1;
            }
            out.println("Registered model " + plan.model().id() + ", version " + plan.version().name() + ", with "
                    + plan.datasets().size() + " dataset" + (plan.datasets().size() == 1 ? "" : "s") + ".");
            if (sandbox != null) {
                out.println("(This was the in-process sandbox, which stops with this command. To keep a sandbox "
                        + "running, start `athena-wizard sandbox` and pass its URL as --aporia-host.)");
            }
            return 0;
        } catch (RegistrationOptions.Usage e) {
            err.println("athena-wizard register: " + e.getMessage());
            return 2;
        } finally {
            secrets.clearMemory();
            pool.shutdownNow();
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /** APORIA_TOKEN, else the keychain's token for that host; empty for the in-process sandbox. */
    private Optional<Secret> token(Optional<AporiaHost> host, SecretStore secrets) {
        String fromEnv = environment.env().get(TOKEN_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(Secret.of(fromEnv.strip()));
        }
        if (host.isEmpty()) {
            return Optional.empty();
        }
        Optional<Secret> remembered = secrets.load(SecretKey.aporiaToken(host.get().toString())).join();
        if (remembered.isEmpty() && !host.get().base().getScheme().equals("http")) {
            throw missingToken(host.get());
        }
        return remembered;
    }

    private static RegistrationOptions.Usage missingToken(AporiaHost host) {
        return new RegistrationOptions.Usage(TOKEN_VARIABLE + " is not set, and no Aporia token for " + host
                + " is remembered in the OS keychain: set " + TOKEN_VARIABLE + " to an API token from Aporia.");
    }

    private Registration registration(OnboardingProject project, RegistrationPlan plan, AporiaHost host,
                                      Secret token, SecretStore secrets) {
        try {
            return new Registrations(new ProjectCredentials(secrets, environment.env(), environment.profileFiles()),
                    sleeper).create(plan, project.connection(), host, token);
        } catch (IllegalArgumentException e) {
            throw new RegistrationOptions.Usage(e.getMessage());
        }
    }

    /** {@code DONE model insurance: created}; retries and failures too, nothing for waiting or running. */
    private static void print(PrintWriter out, StepState state) {
        String word = switch (state.status()) {
            case DONE -> "DONE";
            case FAILED -> "FAILED";
            case RETRYING -> "RETRY";
            default -> null;
        };
        if (word != null) {
            out.println(word + " " + state.step().label() + ": " + state.detail());
            out.flush();
        }
    }
}
