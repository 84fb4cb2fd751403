package dev.athenawizard.core.sandbox.statements;

import dev.athenawizard.core.sandbox.catalog.CatalogTable;
import dev.athenawizard.core.sandbox.catalog.CatalogView;
import dev.athenawizard.core.sandbox.catalog.SandboxCatalog;
import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.core.sandbox.engine.SqlPosition;
import dev.athenawizard.core.sandbox.trino.TranslatedQuery;
import dev.athenawizard.core.sandbox.trino.TrinoCatalog;
import dev.athenawizard.core.sandbox.trino.TrinoTranslator;
import dev.athenawizard.core.sandbox.trino.types.HiveNames;
import io.trino.sql.tree.CreateView;
import io.trino.sql.tree.DropView;
import io.trino.sql.tree.QualifiedName;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code CREATE [OR REPLACE] VIEW} and {@code DROP VIEW [IF EXISTS]}, so a user can try a view in the sandbox. As in
 * Trino, the view's query is analysed when it is created (an error in it fails the CREATE), and every column needs
 * a name.
 */
public final class ViewStatements {
    private final SandboxCatalog catalog;
    private final TrinoTranslator translator;
    private final Clock clock;

    public ViewStatements(SandboxCatalog catalog, TrinoTranslator translator, Clock clock) {
        this.catalog = catalog;
        this.translator = translator;
        this.clock = clock;
    }

    public StatementResult create(CreateView create, String sql, TrinoCatalog lookup, String sessionDatabase) {
        Name name = name(create.getName(), sessionDatabase, create);
        if (!catalog.hasDatabase(name.database())) {
            throw QueryFailure.at(position(create), "SCHEMA_NOT_FOUND", 1301, "Schema '" + name.database()
                    + "' does not exist");
        }
        if (catalog.table(name.database(), name.name()).isPresent()) {
            throw QueryFailure.at(position(create), "TABLE_ALREADY_EXISTS", 1000, "Table already exists: '"
                    + "awsdatacatalog." + name.database() + "." + name.name() + "'");
        }
        if (!create.isReplace() && catalog.view(name.database(), name.name()).isPresent()) {
            throw QueryFailure.at(position(create), "TABLE_ALREADY_EXISTS", 1000, "View already exists: '"
                    + "awsdatacatalog." + name.database() + "." + name.name() + "'");
        }
        TranslatedQuery query = translator.translate(create.getQuery(), lookup, name.database());
        List<CatalogTable.CatalogColumn> columns = new ArrayList<>();
        for (int i = 0; i < query.columns().size(); i++) {
            TranslatedQuery.OutputColumn column = query.columns().get(i);
            if (column.name().equals("_col" + i)) {
                throw QueryFailure.at(position(create), "MISSING_COLUMN_NAME", 1000,
                        "Column name not specified at position " + (i + 1));
            }
            columns.add(new CatalogTable.CatalogColumn(column.name(), HiveNames.of(column.type()), null, 0));
        }
        catalog.putView(new CatalogView(name.database(), name.name(), queryText(create, sql), columns, clock.instant()));
        return StatementResult.empty();
    }

    public StatementResult drop(DropView drop, String sessionDatabase) {
        Name name = name(drop.getName(), sessionDatabase, drop);
        if (!catalog.dropView(name.database(), name.name()) && !drop.isExists()) {
            throw QueryFailure.at(position(drop), "TABLE_NOT_FOUND", 1301, "View 'awsdatacatalog." + name.database() + "."
                    + name.name() + "' does not exist");
        }
        return StatementResult.empty();
    }

    private record Name(String database, String name) {
    }

    private static Name name(QualifiedName name, String sessionDatabase, io.trino.sql.tree.Node node) {
        List<String> parts = name.getParts().stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        if (parts.size() == 3 && !parts.get(0).equals("awsdatacatalog")) {
            throw QueryFailure.at(position(node), "CATALOG_NOT_FOUND", 1301, "Catalog '" + parts.get(0) + "' does not exist");
        }
        return new Name(parts.size() >= 2 ? parts.get(parts.size() - 2) : sessionDatabase.toLowerCase(Locale.ROOT),
                parts.get(parts.size() - 1));
    }

    /** The view's query as the user wrote it: the statement's text from where its query starts. */
    private static String queryText(CreateView create, String sql) {
        SqlPosition start = SqlPosition.of(create.getQuery()).orElseThrow();
        int offset = 0;
        for (int line = 1; line < start.line(); line++) {
            offset = sql.indexOf('\n', offset) + 1;
        }
        String text = sql.substring(offset + start.column() - 1).strip();
        return text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text;
    }

    private static SqlPosition position(io.trino.sql.tree.Node node) {
        return SqlPosition.of(node).orElse(SqlPosition.START);
    }
}
