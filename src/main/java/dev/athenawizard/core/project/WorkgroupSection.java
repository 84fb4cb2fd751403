package dev.athenawizard.core.project;

/**
 * The Athena workgroup Aporia's queries run in, as read from Athena when the user picked it.
 *
 * @param name               the workgroup name; empty until one is picked
 * @param outputLocation     where query results go ({@code s3://bucket/prefix/}); empty when the workgroup has none
 * @param engineVersion      the effective engine version, e.g. {@code Athena engine version 3}
 * @param enforced           whether the workgroup's settings override what a client sends
 * @param bytesScannedCutoff the per-query scan limit in bytes, or null for none
 */
public record WorkgroupSection(
        String name, String outputLocation, String engineVersion, boolean enforced, Long bytesScannedCutoff) {

    public static final WorkgroupSection EMPTY = new WorkgroupSection("", "", "", false, null);

    public WorkgroupSection {
        name = name == null ? "" : name;
        outputLocation = outputLocation == null ? "" : outputLocation;
        engineVersion = engineVersion == null ? "" : engineVersion;
    }
}
