package dev.athenawizard.core.sandbox.account;

/** The fixed names of the sandbox's pretend AWS account. */
public final class SandboxAccount {
    public static final String ACCOUNT_ID = "123456789012";
    /** The bucket whose {@code <database>/<table>/} folders hold the tables' Parquet files. */
    public static final String DATA_BUCKET = "athena-wizard-sandbox-data";
    /** The bucket the {@code aporia} workgroup writes query results to. */
    public static final String RESULTS_BUCKET = "athena-wizard-sandbox-results";
    /** Athena's name for the Glue Data Catalog. */
    public static final String CATALOG = "AwsDataCatalog";
    public static final String DEMO_DATABASE = "aporia_demo";

    private SandboxAccount() {
    }
}
