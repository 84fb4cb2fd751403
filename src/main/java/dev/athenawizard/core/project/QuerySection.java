package dev.athenawizard.core.project;

/**
 * The SQL whose result Aporia monitors.
 *
 * @param catalog      the data catalog, {@code AwsDataCatalog} by default
 * @param database     the default database for unqualified table names
 * @param sql          the query exactly as the user wrote it
 * @param previewLimit how many rows a preview fetches
 */
public record QuerySection(String catalog, String database, String sql, int previewLimit) {
    public static final String DEFAULT_CATALOG = "AwsDataCatalog";
    public static final int DEFAULT_PREVIEW_LIMIT = 100;
    public static final QuerySection EMPTY = new QuerySection(DEFAULT_CATALOG, "", "", DEFAULT_PREVIEW_LIMIT);

    public QuerySection {
        catalog = catalog == null || catalog.isBlank() ? DEFAULT_CATALOG : catalog;
        database = database == null ? "" : database;
        sql = sql == null ? "" : sql;
        previewLimit = previewLimit <= 0 ? DEFAULT_PREVIEW_LIMIT : previewLimit;
    }
}
