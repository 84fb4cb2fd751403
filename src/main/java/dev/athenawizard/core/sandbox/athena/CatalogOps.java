package dev.athenawizard.core.sandbox.athena;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.athenawizard.core.sandbox.account.SandboxAccount;
import dev.athenawizard.core.sandbox.catalog.CatalogTable;
import dev.athenawizard.core.sandbox.catalog.CatalogView;
import dev.athenawizard.core.sandbox.catalog.SandboxCatalog;
import dev.athenawizard.core.sandbox.catalog.TableNamePattern;
import dev.athenawizard.core.sandbox.catalog.TableParameters;
import dev.athenawizard.core.sandbox.http.Caller;
import dev.athenawizard.core.sandbox.http.Json;
import dev.athenawizard.core.sandbox.http.Paging;
import dev.athenawizard.core.sandbox.http.ServiceError;
import dev.athenawizard.core.sandbox.iam.AccessControl;
import dev.athenawizard.core.sandbox.iam.Arns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Athena's catalog browsing: ListDataCatalogs, GetDataCatalog, ListDatabases, GetDatabase, ListTableMetadata and
 * GetTableMetadata. Athena reads the Glue catalog as the caller, so a Glue permission the caller lacks fails here too.
 */
final class CatalogOps {
    private final SandboxCatalog catalog;
    private final AccessControl access;

    CatalogOps(SandboxCatalog catalog, AccessControl access) {
        this.catalog = catalog;
        this.access = access;
    }

    JsonNode listDataCatalogs(JsonNode request) {
        ObjectNode response = Json.object();
        response.putArray("DataCatalogsSummary").addObject()
                .put("CatalogName", SandboxAccount.CATALOG).put("Type", "GLUE").put("Status", "CREATE_COMPLETE");
        return response;
    }

    JsonNode getDataCatalog(JsonNode request) {
        String name = Json.requiredText(request, "Name", "name");
        requireCatalog(name);
        ObjectNode response = Json.object();
        response.putObject("DataCatalog").put("Name", SandboxAccount.CATALOG).put("Type", "GLUE")
                .put("Description", "AWS Glue Data Catalog").put("Status", "CREATE_COMPLETE")
                .putObject("Parameters").put("catalog-id", SandboxAccount.ACCOUNT_ID);
        return response;
    }

    JsonNode listDatabases(JsonNode request, Caller caller) {
        requireCatalog(Json.requiredText(request, "CatalogName", "catalogName"));
        requireGlue(caller, "glue:GetDatabases", List.of(Arns.glueCatalog(caller.region())));
        return Paging.page(catalog.databaseNames(), request, 50, Json::validation)
                .toJson("DatabaseList", CatalogOps::database);
    }

    JsonNode getDatabase(JsonNode request, Caller caller) {
        requireCatalog(Json.requiredText(request, "CatalogName", "catalogName"));
        String name = Json.requiredText(request, "DatabaseName", "databaseName");
        requireGlue(caller, "glue:GetDatabase", Arns.glueDatabase(caller.region(), name));
        requireDatabase(name);
        return Json.object().set("Database", database(name.toLowerCase(java.util.Locale.ROOT)));
    }

    JsonNode listTableMetadata(JsonNode request, Caller caller) {
        requireCatalog(Json.requiredText(request, "CatalogName", "catalogName"));
        String database = Json.requiredText(request, "DatabaseName", "databaseName");
        requireGlue(caller, "glue:GetTables", Arns.glueDatabase(caller.region(), database));
        requireDatabase(database);
        TableNamePattern pattern = TableNamePattern.of(Json.text(request, "Expression").orElse(null));
        // Views made with CREATE VIEW are Glue tables too (VIRTUAL_VIEW), listed among the others by name.
        List<ObjectNode> entries = new ArrayList<>();
        catalog.tables(database).stream().filter(t -> pattern.matches(t.name())).map(CatalogOps::tableMetadata)
                .forEach(entries::add);
        catalog.views(database).stream().filter(v -> pattern.matches(v.name())).map(CatalogOps::viewMetadata)
                .forEach(entries::add);
        entries.sort(Comparator.comparing(entry -> entry.get("Name").asText()));
        return Paging.page(entries, request, 50, Json::validation).toJson("TableMetadataList", entry -> entry);
    }

    JsonNode getTableMetadata(JsonNode request, Caller caller) {
        requireCatalog(Json.requiredText(request, "CatalogName", "catalogName"));
        String database = Json.requiredText(request, "DatabaseName", "databaseName");
        String name = Json.requiredText(request, "TableName", "tableName");
        requireGlue(caller, "glue:GetTable", Arns.glueTable(caller.region(), database, name));
        ObjectNode metadata = catalog.table(database, name).map(CatalogOps::tableMetadata)
                .or(() -> catalog.view(database, name).map(CatalogOps::viewMetadata))
                .orElseThrow(CatalogOps::entityNotFound);
        return Json.object().set("TableMetadata", metadata);
    }

    private static ObjectNode database(String name) {
        ObjectNode node = Json.object().put("Name", name);
        if (name.equals(SandboxAccount.DEMO_DATABASE)) {
            node.put("Description", "Demo model data of the Athena Onboarding Wizard's sandbox");
        }
        node.putObject("Parameters");
        return node;
    }

    private static ObjectNode tableMetadata(CatalogTable table) {
        ObjectNode node = Json.object().put("Name", table.name()).put("CreateTime", Json.epochSeconds(table.createTime()))
                .put("LastAccessTime", 0).put("TableType", "EXTERNAL_TABLE");
        ArrayNode columns = node.putArray("Columns");
        table.columns().forEach(c -> columns.addObject().put("Name", c.name()).put("Type", c.hiveType()));
        node.putArray("PartitionKeys");
        ObjectNode parameters = node.putObject("Parameters");
        for (Map.Entry<String, String> p : TableParameters.athena(table).entrySet()) {
            parameters.put(p.getKey(), p.getValue());
        }
        return node;
    }

    /** A view as Athena describes it: a VIRTUAL_VIEW with its columns, marked as a Presto view. */
    private static ObjectNode viewMetadata(CatalogView view) {
        ObjectNode node = Json.object().put("Name", view.name()).put("CreateTime", Json.epochSeconds(view.createTime()))
                .put("LastAccessTime", 0).put("TableType", "VIRTUAL_VIEW");
        ArrayNode columns = node.putArray("Columns");
        view.columns().forEach(c -> columns.addObject().put("Name", c.name()).put("Type", c.hiveType()));
        node.putArray("PartitionKeys");
        node.putObject("Parameters").put("comment", "Presto View").put("presto_view", "true");
        return node;
    }

    private void requireDatabase(String database) {
        if (!catalog.hasDatabase(database)) {
            throw entityNotFound();
        }
    }

    private static void requireCatalog(String name) {
        if (!name.equalsIgnoreCase(SandboxAccount.CATALOG)) {
            throw AthenaErrors.metadata("Catalog not found: " + name + ". The sandbox has one catalog, "
                    + SandboxAccount.CATALOG + ".");
        }
    }

    /** Athena passes Glue's denial on inside a MetadataException. */
    private void requireGlue(Caller caller, String action, List<String> resources) {
        access.glueDenialSeenByAthena(caller, action, resources).ifPresent(denial -> {
            throw AthenaErrors.metadata(denial);
        });
    }

    /** A missing Glue entity, as Athena wraps Glue's answer. */
    private static ServiceError entityNotFound() {
        return AthenaErrors.metadata("Entity Not Found (Service: AmazonDataCatalog; Status Code: 400; Error Code: "
                + "EntityNotFoundException; Request ID: " + UUID.randomUUID() + "; Proxy: null)");
    }
}
