package dev.athenawizard.core.sandbox.athena;

import dev.athenawizard.core.sandbox.s3.S3Location;

/** Query result locations: an {@code s3://bucket/prefix/} folder, to which Athena adds {@code <id>.csv}. */
final class OutputLocations {
    private OutputLocations() {
    }

    /** The folder a location names; Athena treats {@code s3://b/p} and {@code s3://b/p/} alike. */
    static S3Location parse(String location) {
        S3Location parsed = S3Location.parse(location).orElseThrow(() -> AthenaErrors.invalidInput(
                "The output location " + location + " is not a valid S3 path. Use the form s3://bucket/prefix/."));
        String key = parsed.key();
        return key.isEmpty() || key.endsWith("/") ? parsed : new S3Location(parsed.bucket(), key + "/");
    }
}
