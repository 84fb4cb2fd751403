package dev.athenawizard.core.aws.selftest;

import dev.athenawizard.core.aws.policy.AccessScope;
import dev.athenawizard.core.aws.policy.Arns;
import dev.athenawizard.core.aws.policy.TableLocation;
import dev.athenawizard.core.sql.TableName;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.GetTableResponse;
import software.amazon.awssdk.services.glue.model.GetTablesResponse;
import software.amazon.awssdk.services.glue.model.Partition;

/**
 * Tries the Glue reads Athena makes on Aporia's behalf: databases, tables, partitions. For a query, every table it
 * reads; otherwise a few tables per chosen database.
 */
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

    /** Listing the catalog's databases. */
    void databases() {
        checklist.probe("glue:GetDatabases", arns.glueCatalog(), () -> glue.getDatabases(r -> r.maxResults(1)));
    }

    /** Listing each database's tables, and reading the definition and partitions of the tables Aporia reads. */
    void tables(AccessScope scope) {
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
        Checklist.Attempt<GetTableResponse> read = checklist.attempt("glue:GetTable", arn,
                () -> glue.getTable(r -> r.databaseName(database).name(table)));
        if (read.failure().filter(EntityNotFoundException.class::isInstance).isPresent()) {
            // Said once, on the GetTable line; the partitions of a table that does not exist cannot be read.
            String why = "Glue has no table " + database + "." + table + ".";
            checklist.notCheckable("glue:GetPartitions", arn, why);
            checklist.notCheckable("glue:GetPartition", arn, why);
            return;
        }
        Optional<List<Partition>> partitions = checklist.probe("glue:GetPartitions", arn,
                () -> glue.getPartitions(r -> r.databaseName(database).tableName(table).maxResults(1)).partitions());
        if (read.answer().map(r -> r.table().partitionKeys().isEmpty()).orElse(false)) {
            // Athena reads a table without partition keys from its location alone and never looks up one partition:
            // glue:GetPartition is not needed for it (the policy keeps it, for when the table gains partitions).
            return;
        }
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

    /** The tables a query reads, all of them; else the tables the scope names, or Glue just listed: a few. */
    private static List<String> tablesToProbe(AccessScope scope, String database, Optional<GetTablesResponse> listed) {
        if (scope.query().isPresent()) {
            return scope.query().get().glueTables().stream().filter(t -> t.database().equals(database))
                    .map(TableName::table).toList();
        }
        List<String> known = scope.tables().stream().filter(t -> t.database().equals(database))
                .map(TableLocation::table).toList();
        if (known.isEmpty() && listed.isPresent()) {
            known = listed.get().tableList().stream().map(t -> t.name()).toList();
        }
        return known.stream().limit(MAX_TABLES_PER_DATABASE).toList();
    }
}
