package dev.athenawizard.core.aws.credentials;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * The regions where Athena runs, from the endpoint metadata bundled with the AWS SDK (so the list moves with the SDK
 * version, and needs no network). FIPS pseudo-regions are left out: they are endpoints, not places.
 */
public final class AthenaRegions {
    private static final Pattern REGION_ID = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final List<AthenaRegion> ALL = AthenaClient.serviceMetadata().regions().stream()
            .map(AthenaRegions::describe)
            .filter(Objects::nonNull)
            .sorted(Comparator.comparing((AthenaRegion r) -> !r.partition().equals("aws"))
                    .thenComparing(AthenaRegion::partition)
                    .thenComparing(AthenaRegion::id))
            .toList();

    private AthenaRegions() {
    }

    /** Commercial regions first, then China, GovCloud and the rest, each sorted by id. */
    public static List<AthenaRegion> all() {
        return ALL;
    }

    public static Optional<AthenaRegion> find(String id) {
        String wanted = id == null ? "" : id.strip();
        return ALL.stream().filter(r -> r.id().equals(wanted)).findFirst();
    }

    /** Whether the text has the shape of a region id (like us-east-1), whether or not the SDK knows the region. */
    public static boolean isRegionId(String text) {
        return text != null && REGION_ID.matcher(text).matches();
    }

    /** The ARN partition of a region: {@code aws} unless the SDK knows the region belongs elsewhere. */
    public static String partitionOf(String regionId) {
        return find(regionId).map(AthenaRegion::partition).orElse("aws");
    }

    private static AthenaRegion describe(Region region) {
        RegionMetadata metadata = region.metadata();
        if (metadata == null || region.id().startsWith("fips-") || region.id().endsWith("-fips")) {
            return null;
        }
        return new AthenaRegion(region.id(), metadata.description(), metadata.partition().id());
    }
}
