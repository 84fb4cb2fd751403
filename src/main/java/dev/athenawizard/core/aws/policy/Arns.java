package dev.athenawizard.core.aws.policy;

/** Builds the ARNs of the resources Aporia uses, in one partition, region and account. */
public record Arns(String partition, String region, String accountId) {

    public String workgroup(String name) {
        return "arn:" + partition + ":athena:" + region + ":" + accountId + ":workgroup/" + name;
    }

    public String dataCatalog(String name) {
        return "arn:" + partition + ":athena:" + region + ":" + accountId + ":datacatalog/" + name;
    }

    public String glueCatalog() {
        return "arn:" + partition + ":glue:" + region + ":" + accountId + ":catalog";
    }

    public String glueDatabase(String database) {
        return "arn:" + partition + ":glue:" + region + ":" + accountId + ":database/" + database;
    }

    public String glueTable(String database, String table) {
        return "arn:" + partition + ":glue:" + region + ":" + accountId + ":table/" + database + "/" + table;
    }

    /** Every table of one database. */
    public String glueTables(String database) {
        return glueTable(database, "*");
    }

    public String s3Bucket(String bucket) {
        return "arn:" + partition + ":s3:::" + bucket;
    }

    public String s3Object(String bucket, String key) {
        return "arn:" + partition + ":s3:::" + bucket + "/" + key;
    }

    /** Every object under a location: {@code bucket/prefix/*}, or {@code bucket/*} for a whole bucket. */
    public String s3Objects(S3Location location) {
        return s3Object(location.bucket(), location.prefix() + "*");
    }
}
