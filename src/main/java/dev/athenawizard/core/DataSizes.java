package dev.athenawizard.core;

import java.util.Locale;

/** Byte counts for reading: {@code 512 B}, {@code 4.2 KB}, {@code 10.0 MB}, {@code 1.50 GB} (binary units, as AWS bills). */
public final class DataSizes {
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

    private DataSizes() {
    }

    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.2f %s" : "%.1f %s", value, UNITS[unit]);
    }
}
