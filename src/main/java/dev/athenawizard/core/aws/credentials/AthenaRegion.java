package dev.athenawizard.core.aws.credentials;

/**
 * A region where Athena is offered.
 *
 * @param id          the region id, e.g. {@code eu-west-1}
 * @param displayName AWS's name for it, e.g. {@code Europe (Ireland)}
 * @param partition   {@code aws}, {@code aws-cn}, {@code aws-us-gov}, …: the first part of every ARN in it
 */
public record AthenaRegion(String id, String displayName, String partition) {

    /** "Europe (Ireland) — eu-west-1", for a region picker. */
    public String label() {
        return displayName + " — " + id;
    }
}
