package dev.athenawizard.core.sandbox.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Hive table properties and storage formats of a Parquet table, as Glue and Athena report them. */
public final class TableParameters {
    public static final String INPUT_FORMAT = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat";
    public static final String OUTPUT_FORMAT = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat";
    public static final String SERDE = "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe";

    private TableParameters() {
    }

    /** Glue's table {@code Parameters}. */
    public static Map<String, String> glue(CatalogTable table) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("EXTERNAL", "TRUE");
        parameters.put("classification", "parquet");
        parameters.put("transient_lastDdlTime", Long.toString(table.createTime().getEpochSecond()));
        return parameters;
    }

    /** Athena's {@code TableMetadata.Parameters}: Glue's plus the storage description. */
    public static Map<String, String> athena(CatalogTable table) {
        Map<String, String> parameters = glue(table);
        parameters.put("inputformat", INPUT_FORMAT);
        parameters.put("location", table.location());
        parameters.put("outputformat", OUTPUT_FORMAT);
        parameters.put("serde.serialization.lib", SERDE);
        return parameters;
    }
}
