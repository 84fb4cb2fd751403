package dev.athenawizard.core.sandbox.glue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.athenawizard.core.sandbox.account.SandboxAccount;
import dev.athenawizard.core.sandbox.catalog.CatalogTable;
import dev.athenawizard.core.sandbox.catalog.SandboxCatalog;
import dev.athenawizard.core.sandbox.catalog.TableNamePattern;
import dev.athenawizard.core.sandbox.catalog.TableParameters;
import dev.athenawizard.core.sandbox.http.Caller;
import dev.athenawizard.core.sandbox.http.Json;
import dev.athenawizard.core.sandbox.http.JsonService;
import dev.athenawizard.core.sandbox.http.Paging;
import dev.athenawizard.core.sandbox.http.ServiceError;
import dev.athenawizard.core.sandbox.iam.AccessControl;
import dev.athenawizard.core.sandbox.iam.Arns;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The AWS Glue Data Catalog operations the wizard and Athena clients use: GetDatabases, GetDatabase, GetTables,
 * GetTable and GetPartitions ({@code X-Amz-Target: AWSGlue.<Operation>}). The sandbox's tables are unpartitioned.
 */
public final class GlueApi implements JsonService {
    private final SandboxCatalog catalog;
    private final AccessControl access;

    public GlueApi(SandboxCatalog catalog, AccessControl access) {
        this.catalog = catalog;
        this.access = access;
    }

    @Override
    public JsonNode handle(String operation, JsonNode request, Caller caller) {
        String region = caller.region();
        return switch (operation) {
            case "GetDatabases" -> {
                access.requireGlue(caller, "glue:GetDatabases", List.of(Arns.glueCatalog(region)));
                yield getDatabases(request);
            }
            case "GetDatabase" -> {
                String name = Json.requiredText(request, "Name", "name");
                access.requireGlue(caller, "glue:GetDatabase", Arns.glueDatabase(region, name));
                yield Json.object().set("Database", database(existingDatabase(name)));
            }
            case "GetTables" -> {
                String database = Json.requiredText(request, "DatabaseName", "databaseName");
                access.requireGlue(caller, "glue:GetTables", Arns.glueDatabase(region, database));
                yield getTables(request, existingDatabase(database));
            }
            case "GetTable" -> {
                CatalogTable table = table(request, "Name", caller, "glue:GetTable");
                yield Json.object().set("Table", table(table));
            }
            case "GetPartitions" -> {
                table(request, "TableName", caller, "glue:GetPartitions");
                Paging.page(List.of(), request, 1000, GlueApi::invalidInput);
                ObjectNode response = Json.object();
                response.putArray("Partitions");
                yield response;
            }
            default -> throw ServiceError.of(400, "UnknownOperationException",
                    "The sandbox does not implement Glue's " + operation + " operation");
        };
    }

    private JsonNode getDatabases(JsonNode request) {
        return Paging.page(catalog.databaseNames(), request, 100, GlueApi::invalidInput)
                .toJson("DatabaseList", this::database);
    }

    private JsonNode getTables(JsonNode request, String database) {
        TableNamePattern pattern = TableNamePattern.of(Json.text(request, "Expression").orElse(null));
        List<CatalogTable> tables = catalog.tables(database).stream().filter(t -> pattern.matches(t.name())).toList();
        return Paging.page(tables, request, 100, GlueApi::invalidInput).toJson("TableList", GlueApi::table);
    }

    private CatalogTable table(JsonNode request, String nameMember, Caller caller, String action) {
        String database = Json.requiredText(request, "DatabaseName", "databaseName");
        String name = Json.requiredText(request, nameMember, Character.toLowerCase(nameMember.charAt(0))
                + nameMember.substring(1));
        access.requireGlue(caller, action, Arns.glueTable(caller.region(), database, name));
        existingDatabase(database);
        return catalog.table(database, name).orElseThrow(() -> entityNotFound("Table " + name + " not found."));
    }

    private String existingDatabase(String name) {
        if (!catalog.hasDatabase(name)) {
            throw entityNotFound("Database " + name + " not found.");
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private ObjectNode database(String name) {
        ObjectNode node = Json.object().put("Name", name)
                .put("LocationUri", "s3://" + SandboxAccount.DATA_BUCKET + "/" + name + "/")
                .put("CreateTime", Json.epochSeconds(catalog.databaseCreateTime(name)))
                .put("CatalogId", SandboxAccount.ACCOUNT_ID);
        node.putObject("Parameters");
        node.putArray("CreateTableDefaultPermissions");
        return node;
    }

    private static ObjectNode table(CatalogTable table) {
        double created = Json.epochSeconds(table.createTime());
        ObjectNode node = Json.object().put("Name", table.name()).put("DatabaseName", table.database()).put("Owner", "hadoop")
                .put("CreateTime", created).put("UpdateTime", created).put("LastAccessTime", 0).put("Retention", 0);
        ObjectNode storage = node.putObject("StorageDescriptor");
        ArrayNode columns = storage.putArray("Columns");
        table.columns().forEach(c -> columns.addObject().put("Name", c.name()).put("Type", c.hiveType()));
        storage.put("Location", table.location())
                .put("InputFormat", TableParameters.INPUT_FORMAT)
                .put("OutputFormat", TableParameters.OUTPUT_FORMAT)
                .put("Compressed", false).put("NumberOfBuckets", -1);
        storage.putObject("SerdeInfo").put("SerializationLibrary", TableParameters.SERDE)
                .putObject("Parameters").put("serialization.format", "1");
        storage.putArray("BucketColumns");
        storage.putArray("SortColumns");
        storage.putObject("Parameters");
        storage.put("StoredAsSubDirectories", false);
        node.putArray("PartitionKeys");
        node.put("TableType", "EXTERNAL_TABLE");
        ObjectNode parameters = node.putObject("Parameters");
        for (Map.Entry<String, String> p : TableParameters.glue(table).entrySet()) {
            parameters.put(p.getKey(), p.getValue());
        }
        node.put("CreatedBy", "arn:aws:iam::" + SandboxAccount.ACCOUNT_ID + ":user/sandbox-user")
                .put("IsRegisteredWithLakeFormation", false)
                .put("CatalogId", SandboxAccount.ACCOUNT_ID)
                .put("VersionId", "1");
        return node;
    }

    private static ServiceError entityNotFound(String message) {
        return ServiceError.of(400, "EntityNotFoundException", message);
    }

    private static ServiceError invalidInput(String message) {
        return ServiceError.of(400, "InvalidInputException", message);
    }
}
