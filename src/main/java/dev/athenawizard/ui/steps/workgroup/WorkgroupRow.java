package dev.athenawizard.ui.steps.workgroup;

import dev.athenawizard.core.athena.workgroup.EngineVersion;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupListing;
import java.util.Optional;

/**
 * One line of the workgroup table: a described workgroup, or one that could be listed but not described.
 *
 * @param info    the details, when they could be read
 * @param problem why they could not, otherwise empty
 */
record WorkgroupRow(String name, String state, String engine, String outputLocation, String enforced,
        String cutoff, String description, Optional<WorkgroupInfo> info, String problem) {

    static WorkgroupRow of(WorkgroupInfo w) {
        return new WorkgroupRow(w.name(), w.state().toString().toLowerCase(), engine(w.engine()),
                w.managedResults() ? "managed by Athena" : w.outputLocation().orElse(""),
                w.enforced() ? "yes" : "no",
                w.bytesScannedCutoff().isPresent() ? bytes(w.bytesScannedCutoff().getAsLong()) : "none",
                w.description(), Optional.of(w), "");
    }

    static WorkgroupRow unreadable(WorkgroupListing.Unreadable u) {
        return new WorkgroupRow(u.name(), u.state().toString().toLowerCase(), engine(u.engine()), "?", "?", "?", "",
                Optional.empty(), u.reason().getMessage());
    }

    /** "version 3" rather than "Athena engine version 3": the column says it is the engine. */
    static String engine(EngineVersion engine) {
        return engine.major().isPresent() ? "version " + engine.major().getAsInt() : engine.label();
    }

    /** No output location: a query here fails unless it brings its own, and Aporia's data source needs one. */
    boolean lacksOutputLocation() {
        return info.map(w -> !w.hasOutputLocation()).orElse(false);
    }

    static String bytes(long n) {
        String[] units = {"B", "KB", "MB", "GB", "TB", "PB"};
        double value = n;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return (value == Math.floor(value) ? String.format("%.0f", value) : String.format("%.1f", value)) + " "
                + units[unit];
    }
}
