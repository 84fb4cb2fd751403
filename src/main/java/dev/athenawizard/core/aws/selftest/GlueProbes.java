package dev.athenawizard.core.aws.selftest;

import dev.athenawizard.core.aws.policy.AccessScope;
import dev.athenawizard.core.aws.policy.Arns;
import dev.athenawizard.core.aws.policy.TableLocation;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetTablesResponse;
import software.amazon.awssdk.services.glue.model.Partition;

/** Tries the Glue reads Athena makes on Aporia's behalf: databases, tables, partitions. */
final class GlueProbes {
    /** Enough tables to show a pattern without making the self-test slow on a database of hundreds. */
    static final int MAX_TABLES_PER_DATABASE = 5;

    private final GlueClient glue;
    private final Checklist checklist;
    private final Arns arns;

    GlueProbes(GlueClient glue, Checklist checklist, Arns arns) {
        this.glue = glue;
        this.checklist = checklist;
        this.arns = arns;
    }

    void run(AccessScope scope) {
        checklist.probe("glue:GetDatabases", arns.glueCatalog(), () -> glue.getDatabases(r -> r.maxResults(1)));
        for (String database : scope.databases()) {
            Optional<GetTablesResponse> listed = checklist.probe("glue:GetTables", arns.glueDatabase(database),
                    () -> glue.getTables(r -> r.databaseName(database).maxResults(MAX_TABLES_PER_DATABASE)));
            List<String> tables = tablesToProbe(scope, database, listed);
            if (tables.isEmpty()) {
                String why = "No table of database " + database + " is known, so there is no table to read.";
                checklist.notCheckable("glue:GetTable", arns.glueTables(database), why);
                checklist.notCheckable("glue:GetPartitions", arns.glueTables(database), why);
                checklist.notCheckable("glue:GetPartition", arns.glueTables(database), why);
            }
            tables.forEach(table -> probeTable(database, table));
        }
    }

    private void probeTable(String database, String table) {
        String arn = arns.glueTable(database, table);
        checklist.probe("glue:GetTable", arn, () -> glue.getTable(r -> r.databaseName(database).name(table)));
        Optional<List<Partition>> partitions = checklist.probe("glue:GetPartitions", arn,
                () -> glue.getPartitions(r -> r.databaseName(database).tableName(table).maxResults(1)).partitions());
        Optional<Partition> first = partitions.flatMap(list -> list.stream().findFirst());
        if (first.isPresent()) {
            checklist.probe("glue:GetPartition", arn, () -> glue.getPartition(r -> r.databaseName(database)
                    .tableName(table).partitionValues(first.get().values())));
        } else {
            checklist.notCheckable("glue:GetPartition", arn, partitions.isPresent()
                    ? "Table " + database + "." + table + " has no partitions to read."
                    : "Without glue:GetPartitions no partition of " + database + "." + table + " can be named.");
        }
    }

    /** The tables the scope names, else the ones Glue just listed; at most a few. */
    private static List<String> tablesToProbe(AccessScope scope, String database, Optional<GetTablesResponse> listed) {
        List<String> known = scope.tables().stream().filter(t -> t.database().equals(database))
                .map(TableLocation::table).toList();
        if (known.isEmpty() && listed.isPresent()) {
            known = listed.get().tableList().stream().map(t -> t.name()).toList();
        }
        return known.stream().limit(MAX_TABLES_PER_DATABASE).toList();
    }
}
