package dev.athenawizard.core.aws.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AthenaRegionsTest {
    @Test
    void listsCommercialRegionsFirstWithDisplayNames() {
        assertThat(AthenaRegions.all().get(0).partition()).isEqualTo("aws");
        assertThat(AthenaRegions.find("eu-west-1")).hasValueSatisfying(r -> {
            assertThat(r.displayName()).isEqualTo("Europe (Ireland)");
            assertThat(r.label()).isEqualTo("Europe (Ireland) — eu-west-1");
        });
        assertThat(AthenaRegions.all()).extracting(AthenaRegion::id)
                .contains("us-east-1", "ap-southeast-2", "cn-north-1")
                .noneMatch(id -> id.contains("fips"));
    }

    @Test
    void knowsEachRegionsPartition() {
        assertThat(AthenaRegions.partitionOf("cn-north-1")).isEqualTo("aws-cn");
        assertThat(AthenaRegions.partitionOf("us-gov-west-1")).isEqualTo("aws-us-gov");
        assertThat(AthenaRegions.partitionOf("us-east-1")).isEqualTo("aws");
        assertThat(AthenaRegions.find("mars-north-1")).isEmpty();
    }

    @Test
    void tellsARegionIdByItsShape() {
        assertThat(AthenaRegions.isRegionId("us-gov-west-1")).isTrue();
        assertThat(AthenaRegions.isRegionId("eu-mars-1")).as("unknown to the SDK, but shaped like one").isTrue();
        assertThat(AthenaRegions.isRegionId("US-EAST-1")).isFalse();
        assertThat(AthenaRegions.isRegionId("us-east")).isFalse();
        assertThat(AthenaRegions.isRegionId(null)).isFalse();
    }
}
