package dev.athenawizard.core.sandbox.statements;

import dev.athenawizard.core.sandbox.catalog.CatalogTable;
import dev.athenawizard.core.sandbox.catalog.CatalogView;
import dev.athenawizard.core.sandbox.catalog.SandboxCatalog;
import dev.athenawizard.core.sandbox.catalog.TableParameters;
import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.core.sandbox.engine.ResultColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Athena's SHOW and DESCRIBE statements (which Athena runs through Hive, so they follow Hive's syntax and result
 * shape), answered from the sandbox's catalog: {@code SHOW DATABASES} ({@code database_name}), {@code SHOW TABLES
 * [IN db] ['pattern']} ({@code tab_name}), {@code SHOW COLUMNS IN t} ({@code field}), {@code DESCRIBE t}
 * ({@code col_name}, {@code data_type}, {@code comment}), {@code SHOW CREATE TABLE t} ({@code createtab_stmt}) and
 * {@code SHOW TBLPROPERTIES t} ({@code prpt_name}, {@code prpt_value}).
 */
public final class UtilityStatements {
    private static final String NAME = "((?:[`\"]?[\\w]+[`\"]?)(?:\\.[`\"]?[\\w]+[`\"]?)?|`[\\w]+\\.[\\w]+`)";
    private static final Pattern SHOW_DATABASES = pattern("SHOW\\s+(?:DATABASES|SCHEMAS)(?:\\s+(?:LIKE\\s+)?'([^']*)')?");
    private static final Pattern SHOW_TABLES = pattern("SHOW\\s+TABLES(?:\\s+(?:IN|FROM)\\s+" + NAME + ")?(?:\\s+(?:LIKE\\s+)?'([^']*)')?");
    private static final Pattern SHOW_VIEWS = pattern("SHOW\\s+VIEWS(?:\\s+(?:IN|FROM)\\s+" + NAME + ")?(?:\\s+(?:LIKE\\s+)?'([^']*)')?");
    private static final Pattern SHOW_COLUMNS = pattern("SHOW\\s+COLUMNS\\s+(?:IN|FROM)\\s+" + NAME + "(?:\\s+(?:IN|FROM)\\s+" + NAME + ")?");
    private static final Pattern DESCRIBE = pattern("(?:DESCRIBE|DESC)\\s+(EXTENDED\\s+|FORMATTED\\s+)?" + NAME);
    private static final Pattern SHOW_CREATE_TABLE = pattern("SHOW\\s+CREATE\\s+TABLE\\s+" + NAME);
    private static final Pattern SHOW_TBLPROPERTIES = pattern("SHOW\\s+TBLPROPERTIES\\s+" + NAME);
    private static final Pattern SHOW_PARTITIONS = pattern("SHOW\\s+PARTITIONS\\s+" + NAME);
    private static final int ALIGNMENT = 20;

    private final SandboxCatalog catalog;

    public UtilityStatements(SandboxCatalog catalog) {
        this.catalog = catalog;
    }

    private static Pattern pattern(String regex) {
        return Pattern.compile("\\s*" + regex + "\\s*;?\\s*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    /** A table or view a statement names: database (the session's if not written) and name. */
    public record Target(String database, String name) {
    }

    /** The table or view a DESCRIBE, SHOW COLUMNS, SHOW CREATE TABLE or SHOW TBLPROPERTIES names, if it is one. */
    public static Optional<Target> target(String sql, String sessionDatabase) {
        for (Pattern p : List.of(SHOW_COLUMNS, DESCRIBE, SHOW_CREATE_TABLE, SHOW_TBLPROPERTIES, SHOW_PARTITIONS)) {
            Matcher m = p.matcher(sql);
            if (m.matches()) {
                String name = m.group(p == DESCRIBE ? 2 : 1);
                Optional<String> database = p == SHOW_COLUMNS ? Optional.ofNullable(m.group(2)).map(UtilityStatements::unquote)
                        : Optional.empty();
                return Optional.of(named(name, database.orElse(sessionDatabase)));
            }
        }
        return Optional.empty();
    }

    /** Answers the statement; a statement it does not know fails as unsupported. */
    public StatementResult run(String sql, String sessionDatabase) {
        Matcher m;
        if ((m = SHOW_DATABASES.matcher(sql)).matches()) {
            return lines(List.of(ResultColumn.text("database_name")),
                    filter(catalog.databaseNames(), Optional.ofNullable(m.group(1))));
        }
        if ((m = SHOW_TABLES.matcher(sql)).matches() || (m = SHOW_VIEWS.matcher(sql)).matches()) {
            boolean viewsOnly = m.pattern() == SHOW_VIEWS;
            String database = Optional.ofNullable(m.group(1)).map(UtilityStatements::unquote).orElse(sessionDatabase);
            requireDatabase(database);
            List<String> names = new ArrayList<>();
            if (!viewsOnly) {
                catalog.tables(database).forEach(t -> names.add(t.name()));
            }
            catalog.views(database).forEach(v -> names.add(v.name()));
            names.sort(String::compareTo);
            return lines(List.of(ResultColumn.text(viewsOnly ? "views" : "tab_name")),
                    filter(names, Optional.ofNullable(m.group(2))));
        }
        if ((m = DESCRIBE.matcher(sql)).matches() && m.group(1) != null) {
            throw unsupported(m.group(1).strip().toUpperCase(Locale.ROOT) + " in DESCRIBE");
        }
        Target target = target(sql, sessionDatabase).orElseThrow(() -> unsupported(firstWords(sql)));
        List<CatalogTable.CatalogColumn> columns = columns(target);
        if (SHOW_COLUMNS.matcher(sql).matches()) {
            return lines(List.of(ResultColumn.text("field")), columns.stream().map(CatalogTable.CatalogColumn::name).toList());
        }
        if (DESCRIBE.matcher(sql).matches()) {
            List<String> rows = new ArrayList<>();
            columns.forEach(c -> rows.add(pad(c.name()) + "\t" + pad(c.hiveType()) + "\t" + pad("")));
            return lines(List.of(ResultColumn.text("col_name"), ResultColumn.text("data_type"),
                    ResultColumn.text("comment")), rows);
        }
        CatalogTable table = catalog.table(target.database(), target.name()).orElseThrow(() -> QueryFailure.of(
                "NOT_SUPPORTED", QueryFailure.USER, 1200, "FAILED: SemanticException [Error 10001]: " + target.name()
                        + " is a view; this statement needs a table"));
        if (SHOW_CREATE_TABLE.matcher(sql).matches()) {
            return lines(List.of(ResultColumn.text("createtab_stmt")), createTable(table));
        }
        if (SHOW_PARTITIONS.matcher(sql).matches()) {
            throw QueryFailure.of("HIVE_METASTORE_ERROR", QueryFailure.USER, 1000, "FAILED: SemanticException [Error "
                    + "10241]: Table " + table.name() + " is not a partitioned table");
        }
        List<String> properties = new ArrayList<>();
        TableParameters.glue(table).forEach((k, v) -> properties.add(k + "\t" + v));
        return lines(List.of(ResultColumn.text("prpt_name"), ResultColumn.text("prpt_value")), properties);
    }

    private List<CatalogTable.CatalogColumn> columns(Target target) {
        requireDatabase(target.database());
        Optional<CatalogTable> table = catalog.table(target.database(), target.name());
        if (table.isPresent()) {
            return table.get().columns();
        }
        Optional<CatalogView> view = catalog.view(target.database(), target.name());
        return view.map(CatalogView::columns).orElseThrow(() -> QueryFailure.of("HIVE_METASTORE_ERROR",
                QueryFailure.USER, 1301, "FAILED: SemanticException [Error 10001]: Table not found "
                        + target.database() + "." + target.name()));
    }

    private void requireDatabase(String database) {
        if (!catalog.hasDatabase(database)) {
            throw QueryFailure.of("HIVE_METASTORE_ERROR", QueryFailure.USER, 1301,
                    "FAILED: SemanticException [Error 10072]: Database does not exist: " + database);
        }
    }

    /** Hive's {@code SHOW CREATE TABLE} of a Parquet table, one line per row. */
    private static List<String> createTable(CatalogTable table) {
        List<String> lines = new ArrayList<>();
        lines.add("CREATE EXTERNAL TABLE `" + table.database() + "`.`" + table.name() + "`(");
        List<CatalogTable.CatalogColumn> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            lines.add("  `" + columns.get(i).name() + "` " + columns.get(i).hiveType() + (i < columns.size() - 1 ? ", " : ")"));
        }
        lines.add("ROW FORMAT SERDE ");
        lines.add("  '" + TableParameters.SERDE + "' ");
        lines.add("STORED AS INPUTFORMAT ");
        lines.add("  '" + TableParameters.INPUT_FORMAT + "' ");
        lines.add("OUTPUTFORMAT ");
        lines.add("  '" + TableParameters.OUTPUT_FORMAT + "'");
        lines.add("LOCATION");
        lines.add("  '" + table.location().substring(0, table.location().length() - 1) + "'");
        lines.add("TBLPROPERTIES (");
        List<Map.Entry<String, String>> properties = new ArrayList<>(TableParameters.glue(table).entrySet());
        properties.removeIf(e -> e.getKey().equals("EXTERNAL"));
        for (int i = 0; i < properties.size(); i++) {
            lines.add("  '" + properties.get(i).getKey() + "'='" + properties.get(i).getValue() + "'"
                    + (i < properties.size() - 1 ? ", " : ")"));
        }
        return lines;
    }

    /** Hive's name patterns: {@code *} any text, {@code |} alternatives, case-insensitive. */
    private static List<String> filter(List<String> names, Optional<String> pattern) {
        if (pattern.isEmpty()) {
            return names;
        }
        List<Pattern> alternatives = new ArrayList<>();
        for (String part : pattern.get().split("\\|")) {
            alternatives.add(Pattern.compile(Pattern.quote(part.strip()).replace("*", "\\E.*\\Q"),
                    Pattern.CASE_INSENSITIVE));
        }
        return names.stream().filter(n -> alternatives.stream().anyMatch(a -> a.matcher(n).matches())).toList();
    }

    private static Target named(String written, String sessionDatabase) {
        String name = unquote(written);
        int dot = name.indexOf('.');
        return dot < 0 ? new Target(sessionDatabase.toLowerCase(Locale.ROOT), name)
                : new Target(name.substring(0, dot), name.substring(dot + 1));
    }

    private static String unquote(String name) {
        return name.replace("`", "").replace("\"", "").toLowerCase(Locale.ROOT);
    }

    private static String pad(String text) {
        return text.length() >= ALIGNMENT ? text : text + " ".repeat(ALIGNMENT - text.length());
    }

    private static StatementResult lines(List<ResultColumn> columns, List<String> lines) {
        return new StatementResult(columns, lines);
    }

    private static String firstWords(String sql) {
        String[] words = sql.strip().split("\\s+");
        return (words.length > 1 ? words[0] + " " + words[1] : words[0]).toUpperCase(Locale.ROOT);
    }

    private static QueryFailure unsupported(String what) {
        return QueryFailure.at(dev.athenawizard.core.sandbox.engine.SqlPosition.START, "NOT_SUPPORTED", 1200,
                "The sandbox cannot run " + what + " statements; Athena can. Try this statement on Athena");
    }
}
