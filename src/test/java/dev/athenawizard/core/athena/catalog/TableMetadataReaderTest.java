package dev.athenawizard.core.athena.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.athena.model.Column;
import software.amazon.awssdk.services.athena.model.TableMetadata;

/** The sandbox has neither partitioned nor broken tables; these are the SDK's own metadata objects. */
class TableMetadataReaderTest {

    @Test
    void keepsPartitionKeysApartFromColumns() {
        TableMetadata partitioned = TableMetadata.builder().name("events").tableType("EXTERNAL_TABLE")
                .columns(Column.builder().name("id").type("string").build(),
                        Column.builder().name("payload").type("struct<a:int,b:string>").comment("raw").build())
                .partitionKeys(Column.builder().name("dt").type("string").build())
                .build();

        TableInfo info = TableMetadataReader.read(partitioned).orElseThrow();

        assertThat(info.columns()).containsExactly(new TableColumn("id", "string", ""),
                new TableColumn("payload", "struct<a:int,b:string>", "raw"));
        assertThat(info.partitionKeys()).containsExactly(new TableColumn("dt", "string", ""));
    }

    @Test
    void aTableWithANamelessColumnIsReportedBrokenNotFatal() {
        TableMetadata broken = TableMetadata.builder().name("legacy")
                .columns(Column.builder().type("string").build()).build();

        assertThat(TableMetadataReader.read(broken)).isEmpty();
        assertThat(TableMetadataReader.broken(broken).name()).isEqualTo("legacy");
        assertThat(TableMetadataReader.broken(broken).reason().getMessage())
                .startsWith("Table 'legacy' has unusable metadata");
    }

    @Test
    void viewsAreRecognised() {
        TableMetadata view = TableMetadata.builder().name("v").tableType("VIRTUAL_VIEW").build();

        assertThat(TableMetadataReader.read(view).orElseThrow().isView()).isTrue();
    }
}
