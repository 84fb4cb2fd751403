package dev.athenawizard.cli;

import dev.athenawizard.core.aws.credentials.AthenaRegions;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Opens the wizard window with JavaFX loaded as named modules, and keeps the CLI package from depending on JavaFX
 * classes at load time.
 *
 * <p>JavaFX loaded from the class path works but warns "Unsupported JavaFX configuration" on every start. The
 * {@code athena-wizard} launchers put JavaFX on the module path (or run a runtime that holds it), so the window opens
 * in this JVM. Plain {@code java -jar target/athena-wizard.jar} has no JavaFX at all (the jar's class path leaves it
 * out): {@link WindowRelaunch} opens the window in a second JVM that has it.
 */
public final class GuiLauncher {
    static final String JAVAFX_MODULE = "javafx.controls";

    private GuiLauncher() {
    }

    public static void launch() {
        if (ModuleLayer.boot().findModule(JAVAFX_MODULE).isPresent()) {
            startLogging();
            startWarmUp();
            dev.athenawizard.ui.WizardApp.launchWizard();
            return;
        }
        Optional<Path> jar = applicationJar();
        Optional<Path> modules = jar.map(j -> j.resolveSibling("javafx")).filter(Files::isDirectory);
        if (jar.isEmpty() || modules.isEmpty()) {
            // Classes on a class path that holds JavaFX (an IDE, a test): JavaFX warns, and works.
            dev.athenawizard.ui.WizardApp.launchWizard();
            return;
        }
        System.exit(WindowRelaunch.run(jar.get(), modules.get()));
    }

    /**
     * Configures logging on a thread of its own, beside the JavaFX toolkit's start instead of before it: the window
     * class's logger would otherwise set up logback on this thread first (about 90 ms before the toolkit starts, with
     * class-data sharing). A logger asked for meanwhile is SLF4J's stand-in, which forwards once logging is ready.
     */
    private static void startLogging() {
        Thread logging = new Thread(org.slf4j.LoggerFactory::getILoggerFactory, "logging-start");
        logging.setDaemon(true);
        logging.start();
    }

    /**
     * Reads the AWS SDK's region list on a thread of its own while the toolkit starts: the Connection page lists and
     * checks regions as it is built, and reading them loads some 450 SDK classes (~60 ms on the FX thread otherwise).
     */
    private static void startWarmUp() {
        Thread warmUp = new Thread(AthenaRegions::all, "start-up-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** The jar this class was loaded from, if it was loaded from a jar. */
    private static Optional<Path> applicationJar() {
        CodeSource source = GuiLauncher.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
