package dev.athenawizard.core.athena.catalog;

/**
 * A data catalog Athena can query, e.g. {@code AwsDataCatalog} of type {@code GLUE}.
 *
 * @param name its name, as used in {@code QueryExecutionContext.Catalog}
 * @param type GLUE, LAMBDA, HIVE or FEDERATED; empty when Athena did not say
 */
public record DataCatalogInfo(String name, String type) {
    public DataCatalogInfo {
        type = type == null ? "" : type;
    }
}
