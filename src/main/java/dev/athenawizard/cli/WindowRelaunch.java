package dev.athenawizard.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Opens the window in a second JVM with JavaFX on its module path, for a start by plain {@code java -jar}, and returns
 * that JVM's exit code.
 *
 * <p>A second JVM rather than a module layer in this one: in a layer the application's classes would be loaded again
 * by a class loader of their own, while the system class loader could still load the first copies, and a library
 * reaching for those (JDBC's driver lookup, a pool thread's context class loader) would fail on this path only. Where
 * the {@code athena-wizard} launcher sits next to the jar (Unix), the second JVM is started through it, so it gets the
 * launcher's class-data-sharing archive and compiler choice too.
 */
final class WindowRelaunch {
    private WindowRelaunch() {
    }

    static int run(Path jar, Path javafxModules) {
        String javaHome = System.getProperty("java.home");
        List<String> options = commandLineOptions();
        Path launcher = jar.resolveSibling("athena-wizard");
        ProcessBuilder window;
        if (!isWindows() && Files.isExecutable(launcher)) {
            window = new ProcessBuilder(launcher.toString());
            window.environment().put("JAVA_HOME", javaHome);
            if (!options.isEmpty()) {
                window.environment().put("JDK_JAVA_OPTIONS", options.stream()
                        .map(WindowRelaunch::quoted).collect(Collectors.joining(" ")));
            }
        } else {
            List<String> command = new ArrayList<>();
            command.add(Path.of(javaHome, "bin", "java").toString());
            command.addAll(options);
            command.addAll(List.of("--module-path", javafxModules.toString(),
                    "--add-modules", GuiLauncher.JAVAFX_MODULE, "-jar", jar.toString()));
            window = new ProcessBuilder(command);
        }
        try {
            return window.inheritIO().start().waitFor();
        } catch (IOException e) {
            System.err.println("athena-wizard: could not start Java to open the window: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /**
     * The JVM options this JVM was started with on its command line: the second JVM gets them too. Options from
     * JAVA_TOOL_OPTIONS and JDK_JAVA_OPTIONS reach it through the environment it inherits, and a debugger agent keeps
     * its port here.
     */
    private static List<String> commandLineOptions() {
        return optionsBeforeJar().orElseGet(WindowRelaunch::inputArguments).stream()
                .filter(option -> !option.startsWith("-agentlib:jdwp") && !option.startsWith("-Xrunjdwp"))
                .toList();
    }

    /**
     * The words before {@code -jar} on this process's own command line (which never holds the environment's options),
     * where the system tells it (Linux, macOS): asking the JVM's management beans instead loads them, some 15 ms of a
     * start that already pays for two JVMs.
     */
    private static Optional<List<String>> optionsBeforeJar() {
        List<String> words = ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
        int jar = words.indexOf("-jar");
        if (jar < 0 || words.subList(0, jar).stream().anyMatch(word -> word.startsWith("@"))) {
            return Optional.empty(); // not started by -jar, or options in an argument file: let the JVM say
        }
        return Optional.of(words.subList(0, jar));
    }

    private static List<String> inputArguments() {
        Set<String> fromEnvironment = Stream.of(System.getenv("JAVA_TOOL_OPTIONS"), System.getenv("JDK_JAVA_OPTIONS"))
                .filter(Objects::nonNull)
                .flatMap(value -> Arrays.stream(value.trim().split("\\s+")))
                .collect(Collectors.toSet());
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> !fromEnvironment.contains(option))
                .toList();
    }

    /** One option in JDK_JAVA_OPTIONS, which splits at white space outside quotes. */
    private static String quoted(String option) {
        if (option.matches("[^\\s\"']+")) {
            return option;
        }
        return option.contains("\"") ? "'" + option + "'" : '"' + option + '"';
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
