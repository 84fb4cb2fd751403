package dev.athenawizard.core.sandbox.iam;

import dev.athenawizard.core.sandbox.account.SandboxAccount;
import java.util.List;

/** The ARNs of the resources IAM actions apply to, in the caller's region and the sandbox account. */
public final class Arns {
    private static final String ACCOUNT = SandboxAccount.ACCOUNT_ID;

    private Arns() {
    }

    public static String workgroup(String region, String workgroup) {
        return "arn:aws:athena:" + region + ":" + ACCOUNT + ":workgroup/" + workgroup;
    }

    public static String dataCatalog(String region, String catalog) {
        return "arn:aws:athena:" + region + ":" + ACCOUNT + ":datacatalog/" + catalog;
    }

    public static String glueCatalog(String region) {
        return "arn:aws:glue:" + region + ":" + ACCOUNT + ":catalog";
    }

    /** What a Glue database action is checked against, in IAM's order: the catalog, then the database. */
    public static List<String> glueDatabase(String region, String database) {
        return List.of(glueCatalog(region), "arn:aws:glue:" + region + ":" + ACCOUNT + ":database/" + database);
    }

    /** What a Glue table action is checked against: catalog, database, then the table. */
    public static List<String> glueTable(String region, String database, String table) {
        return List.of(glueCatalog(region), "arn:aws:glue:" + region + ":" + ACCOUNT + ":database/" + database,
                "arn:aws:glue:" + region + ":" + ACCOUNT + ":table/" + database + "/" + table);
    }
}
