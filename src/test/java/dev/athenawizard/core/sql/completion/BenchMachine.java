package dev.athenawizard.core.sql.completion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a benchmark report says about the machine it ran on: timings on a shared, busy machine vary. */
public final class BenchMachine {
    private BenchMachine() {
    }

    /** The 1-minute load average, or "unknown" off Linux. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
