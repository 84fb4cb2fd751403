package dev.athenawizard.core.sandbox.catalog;

import dev.athenawizard.core.sandbox.account.SandboxAccount;
import dev.athenawizard.core.sandbox.engine.DuckType;
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

    /**
     * A column: its Hive DDL type string, its type as DuckDB reads it, and the bytes of its chunks in the files
     * (what a query reading it scans).
     */
    public record CatalogColumn(String name, String hiveType, DuckType duckType, long bytes) {
    }

    /**
     * The bytes a query scans when it reads these columns (names in lower case): their column chunks, and the rest of
     * each file (its footer), which every query of the table reads.
     */
    public long bytesOf(java.util.Set<String> columnNames) {
        long chunks = columns.stream().mapToLong(CatalogColumn::bytes).sum();
        return totalBytes() - chunks + columns.stream()
                .filter(c -> columnNames.contains(c.name().toLowerCase(java.util.Locale.ROOT)))
                .mapToLong(CatalogColumn::bytes).sum();
    }

    /** One data file: its object key in the data bucket and its size in bytes. */
    public record DataFile(String key, long size) {
    }
}
