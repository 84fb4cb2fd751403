package dev.athenawizard.core.sandbox.athena;

import dev.athenawizard.core.sandbox.catalog.CatalogTable;
import dev.athenawizard.core.sandbox.catalog.SandboxCatalog;
import dev.athenawizard.core.sandbox.engine.DuckDbEngine;
import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.core.sandbox.engine.SqlText;
import dev.athenawizard.core.sandbox.http.Caller;
import dev.athenawizard.core.sandbox.iam.AccessControl;
import dev.athenawizard.core.sandbox.iam.Arns;
import dev.athenawizard.core.sandbox.trino.TrinoCatalog;
import java.util.List;
import java.util.Optional;

/**
 * The catalog as a query sees it: Athena looks tables up in Glue as the caller, so a Glue permission the caller
 * lacks fails the query ({@code PERMISSION_DENIED}) before any other check.
 */
public final class QueryCatalog implements TrinoCatalog {
    private final SandboxCatalog catalog;
    private final AccessControl access;
    private final Caller caller;

    public QueryCatalog(SandboxCatalog catalog, AccessControl access, Caller caller) {
        this.catalog = catalog;
        this.access = access;
        this.caller = caller;
    }

    @Override
    public boolean hasDatabase(String database) {
        requireGlue("glue:GetDatabase", Arns.glueDatabase(caller.region(), database));
        return catalog.hasDatabase(database);
    }

    @Override
    public Optional<Table> table(String database, String name) {
        requireGlue("glue:GetTable", Arns.glueTable(caller.region(), database, name));
        return catalog.table(database, name).map(QueryCatalog::table);
    }

    @Override
    public Optional<View> view(String database, String name) {
        requireGlue("glue:GetTable", Arns.glueTable(caller.region(), database, name));
        return catalog.view(database, name).map(v -> new View(v.database(), v.name(), v.query()));
    }

    private static Table table(CatalogTable table) {
        List<Column> columns = table.columns().stream().map(c -> new Column(c.name(), c.duckType())).toList();
        return new Table(table.database(), table.name(), DuckDbEngine.CATALOG + "." + SqlText.identifier(table.database())
                + "." + SqlText.identifier(table.name()), columns);
    }

    private void requireGlue(String action, List<String> resources) {
        access.glueDenialSeenByAthena(caller, action, resources).ifPresent(denial -> {
            throw QueryFailure.of("PERMISSION_DENIED", QueryFailure.USER, 1000,
                    "Insufficient permissions to execute the query. " + denial);
        });
    }
}
