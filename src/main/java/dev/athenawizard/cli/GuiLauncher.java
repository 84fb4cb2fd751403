package dev.athenawizard.cli;

import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens the wizard window with JavaFX loaded as named modules, and keeps the CLI package from depending on JavaFX
 * classes at load time.
 *
 * <p>JavaFX loaded from the class path works but warns "Unsupported JavaFX configuration" on every start. The
 * {@code athena-wizard} launcher puts {@code target/javafx} on the module path and the app-image's runtime holds
 * JavaFX as modules, so both start the window in this JVM. Plain {@code java -jar target/athena-wizard.jar} has no
 * JavaFX at all (the jar's class path leaves it out): it starts the window in a second JVM that has the module path,
 * and exits with its exit code. A second JVM rather than a module layer in this one, because in a layer the
 * application's classes would be loaded a second time by their own class loader while the system class loader can
 * still load the first copies, and a library reaching for those (JDBC's driver lookup, a pool thread's context class
 * loader) would fail only on this path.
 */
public final class GuiLauncher {
    private static final String JAVAFX_MODULE = "javafx.controls";

    private GuiLauncher() {
    }

    public static void launch() {
        if (ModuleLayer.boot().findModule(JAVAFX_MODULE).isPresent()) {
            dev.athenawizard.ui.WizardApp.launchWizard();
            return;
        }
        Optional<Path> jar = applicationJar();
        Optional<Path> modules = jar.map(j -> j.resolveSibling("javafx")).filter(Files::isDirectory);
        if (jar.isEmpty() || modules.isEmpty()) {
            // Started from classes on a class path that holds JavaFX (an IDE, a test): JavaFX warns, and works.
            dev.athenawizard.ui.WizardApp.launchWizard();
            return;
        }
        System.exit(relaunch(jar.get(), modules.get()));
    }

    private static int relaunch(Path jar, Path modules) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // a debugger agent holds its port in this JVM; the second one could not open it
            if (!option.startsWith("-agentlib:jdwp") && !option.startsWith("-Xrunjdwp")) {
                command.add(option);
            }
        }
        command.addAll(List.of("--module-path", modules.toString(), "--add-modules", JAVAFX_MODULE,
                "-jar", jar.toString()));
        try {
            Process window = new ProcessBuilder(command).inheritIO().start();
            return window.waitFor();
        } catch (java.io.IOException e) {
            System.err.println("athena-wizard: could not start Java to open the window: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
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
