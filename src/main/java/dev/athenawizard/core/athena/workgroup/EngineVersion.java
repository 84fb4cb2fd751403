package dev.athenawizard.core.athena.workgroup;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workgroup's Athena engine: what was selected ({@code AUTO} or a pinned {@code Athena engine version N}) and what
 * Athena actually runs.
 *
 * @param selected  as configured; empty when Athena did not say
 * @param effective as running; empty when Athena did not say
 */
public record EngineVersion(String selected, String effective) {
    public static final String AUTO = "AUTO";
    private static final Pattern NUMBER = Pattern.compile("(?i)version (\\d+)");
    /** What {@code AUTO} resolves to today: Athena picks its newest engine. */
    private static final int NEWEST_ENGINE = 3;

    public EngineVersion {
        selected = selected == null ? "" : selected;
        effective = effective == null ? "" : effective;
    }

    /** The engine's major version, from the effective version, else the selected one. */
    public OptionalInt major() {
        for (String version : new String[] {effective, selected}) {
            Matcher m = NUMBER.matcher(version);
            if (m.find()) {
                return OptionalInt.of(Integer.parseInt(m.group(1)));
            }
        }
        return AUTO.equalsIgnoreCase(selected) ? OptionalInt.of(NEWEST_ENGINE) : OptionalInt.empty();
    }

    /** Result reuse needs engine version 3 or newer. */
    public boolean supportsResultReuse() {
        return major().orElse(0) >= 3;
    }

    /** For people: the effective version if known, else the selected one. */
    public String label() {
        return !effective.isEmpty() ? effective : selected;
    }
}
