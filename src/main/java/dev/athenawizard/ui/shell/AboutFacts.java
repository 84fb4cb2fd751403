package dev.athenawizard.ui.shell;

import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.Version;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the About box says: the version, what it runs on, and where the program keeps its files (what a bug report
 * needs, and where to look for a lost draft).
 */
record AboutFacts(String product, String version, String java, String javafx, String system, List<Place> places) {

    /** One of the program's folders or files. */
    record Place(String what, Path where) {
    }

    static AboutFacts of(AppDirs dirs) {
        return new AboutFacts(Version.PRODUCT, Version.number(),
                System.getProperty("java.runtime.version", System.getProperty("java.version", "?")) + " ("
                        + System.getProperty("java.vm.name", "?") + ", " + System.getProperty("java.vendor", "?")
                        + ")",
                System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "?")),
                System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "") + " ("
                        + System.getProperty("os.arch", "?") + ")",
                List.of(new Place("Settings and recent projects", dirs.config()),
                        new Place("Drafts of unsaved work", dirs.drafts()),
                        new Place("Log", dirs.logs().resolve("athena-wizard.log")),
                        new Place("Sandbox data", dirs.sandboxData())));
    }

    /** Everything above as plain text, for a bug report. */
    String asText() {
        return product + " " + version + "\nJava " + java + "\nJavaFX " + javafx + "\n" + system + "\n"
                + places.stream().map(p -> p.what() + ": " + p.where()).collect(Collectors.joining("\n")) + "\n";
    }
}
