package dev.athenawizard.cli;

import dev.athenawizard.core.aporia.client.AporiaHost;
import dev.athenawizard.core.aporia.plan.PlanResult;
import dev.athenawizard.core.aporia.plan.RegistrationPlanner;
import dev.athenawizard.core.project.ConnectionSection.ConnectionMode;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.ProjectFileException;
import dev.athenawizard.core.project.ProjectStore;
import dev.athenawizard.core.project.RegistrationSection;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * What {@code register} and {@code export-python} share: the project, the flags that override its Aporia host and
 * environment, and turning them into a registration plan. Everything here is checked before anything is sent; a
 * problem is a {@link Usage} naming the flag or project field.
 */
final class RegistrationOptions {
    @Option(names = "--project", paramLabel = "FILE", required = true,
            description = "The saved project (*.athena-wizard.json) to register.")
    Path project;

    @Option(names = "--aporia-host", paramLabel = "URL",
            description = "Aporia's host, e.g. https://app.aporia.com (default: the project's; a sandbox project "
                    + "uses the sandbox).")
    String aporiaHost;

    @Option(names = "--environment", paramLabel = "NAME",
            description = "Aporia's environment (default: the project's, else production).")
    String environment;

    /** A problem with the command line or the project, found before anything was sent: exit code 2. */
    static final class Usage extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Usage(String message) {
            super(message, null, false, false);
        }
    }

    /** The project with the flags applied. */
    OnboardingProject load() {
        OnboardingProject loaded;
        try {
            loaded = new ProjectStore().load(project);
        } catch (ProjectFileException e) {
            throw new Usage(e.getMessage());
        }
        RegistrationSection r = loaded.registration();
        if (environment != null && environment.isBlank()) {
            throw new Usage("--environment is empty: name Aporia's environment, e.g. production.");
        }
        FlagValues.unshowable(new String[][] {{"--environment", environment}}).ifPresent(message -> {
            throw new Usage(message); // it goes into Aporia's requests and the exported script's code
        });
        return loaded.withRegistration(new RegistrationSection(r.target(),
                aporiaHost != null ? aporiaHost : r.aporiaHost(), environment != null ? environment : r.environment(),
                r.trainingSql(), r.testingSql(), r.selectExpr(), r.readOptions(), r.syncSchedule(),
                r.trainingColumns(), r.testingColumns()));
    }

    /** The plan, or a {@link Usage} listing every problem with the field it concerns. */
    static PlanResult plan(OnboardingProject project) {
        PlanResult result = RegistrationPlanner.plan(project);
        if (!result.ok()) {
            throw new Usage("the project cannot be registered yet:\n" + result.problems().stream()
                    .map(p -> "  " + p.field() + ": " + p.message()).collect(Collectors.joining("\n")));
        }
        return result;
    }

    /**
     * The host the flag or the project names; for a sandbox project without one, its sandbox endpoint override when
     * it has one; empty when none is known.
     */
    Optional<AporiaHost> host(OnboardingProject p) {
        String text = p.registration().aporiaHost();
        String source = aporiaHost != null ? "--aporia-host" : "the project's registration.aporiaHost";
        if (text.isBlank() && p.connection().mode() == ConnectionMode.SANDBOX
                && !p.connection().endpointOverride().isBlank()) {
            text = p.connection().endpointOverride();
            source = "the project's connection.endpointOverride (its sandbox)";
        }
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AporiaHost.parse(text));
        } catch (IllegalArgumentException e) {
            throw new Usage(source + " " + e.getMessage());
        }
    }
}
