package dev.athenawizard.core.sandbox.catalog;

import dev.athenawizard.core.sandbox.SandboxAccount;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A table of the sandbox's Glue catalog: a folder of Parquet files at
 * {@code s3://athena-wizard-sandbox-data/<database>/<name>/}.
 *
 * @param files      the Parquet files, each with its size (what a query scans)
 * @param createTime when the folder's newest file was written
 */
public record CatalogTable(String database, String name, List<CatalogColumn> columns, Path folder,
                           List<DataFile> files, Instant createTime) {
    public CatalogTable {
        columns = List.copyOf(columns);
        files = List.copyOf(files);
    }

    public String location() {
        return "s3://" + SandboxAccount.DATA_BUCKET + "/" + database + "/" + name + "/";
    }

    public long totalBytes() {
        return files.stream().mapToLong(DataFile::size).sum();
    }

    /** A column and its Hive DDL type string. */
    public record CatalogColumn(String name, String hiveType) {
    }

    /** One data file: its object key in the data bucket and its size in bytes. */
    public record DataFile(String key, long size) {
    }
}
