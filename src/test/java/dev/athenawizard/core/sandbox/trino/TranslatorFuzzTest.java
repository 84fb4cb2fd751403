package dev.athenawizard.core.sandbox.trino;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.QueryErrorReasons;
import dev.athenawizard.core.sandbox.engine.AthenaSql;
import dev.athenawizard.core.sandbox.engine.DuckType;
import dev.athenawizard.core.sandbox.engine.ParsedStatement;
import dev.athenawizard.core.sandbox.engine.QueryFailure;
import dev.athenawizard.testing.BadText;
import dev.athenawizard.testing.Bounded;
import dev.athenawizard.testing.ReadableMessage;
import io.trino.sql.tree.Query;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The sandbox's Trino-to-DuckDB translator with hostile queries (those of {@code SqlFuzzTest}): a query Trino's parser
 * reads is translated or refused with a {@link QueryFailure} — Athena's error, at a line and column inside the text
 * when it names one — never another exception, which the sandbox would answer as an internal error. A query Trino's
 * parser refuses is the analyzer's part ({@code SqlFuzzTest}).
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TranslatorFuzzTest {
    private static final Pattern POSITION = Pattern.compile("line (\\d+):(\\d+)");

    /** The demo's prediction table and one more, as the translator sees them; no DuckDB is needed to translate. */
    private static final TrinoCatalog CATALOG = new TrinoCatalog() {
        private final List<Column> columns = List.of(new Column("prediction_id", DuckType.parse("VARCHAR")),
                new Column("owner", DuckType.parse("VARCHAR")), new Column("amount", DuckType.parse("DOUBLE")),
                new Column("proba", DuckType.parse("DOUBLE")), new Column("is_new", DuckType.parse("BOOLEAN")),
                new Column("prediction_timestamp", DuckType.parse("TIMESTAMP")),
                new Column("embeddings", DuckType.parse("DOUBLE[]")),
                new Column("payload", DuckType.parse("STRUCT(a INTEGER, b VARCHAR)")),
                new Column("tags", DuckType.parse("MAP(VARCHAR, VARCHAR)")));

        @Override
        public boolean hasDatabase(String database) {
            return database.equals("aporia_demo") || database.equals("default");
        }

        @Override
        public Optional<Table> table(String database, String name) {
            return hasDatabase(database) && (name.equals("model_predictions") || name.equals("t"))
                    ? Optional.of(new Table(database, name, "awsdatacatalog.\"" + database + "\".\"" + name + "\"",
                            columns))
                    : Optional.empty();
        }

        @Override
        public Optional<View> view(String database, String name) {
            return Optional.empty();
        }
    };

    @Test
    void hostile_queries_are_translated_or_refused_with_athenas_error_inside_the_text() throws Exception {
        TrinoTranslator translator = TrinoTranslator.standard();
        int translatedOrRefused = 0;
        for (String sql : dev.athenawizard.core.sql.SqlFuzzCases.hostileSql(BadText.random("sql-translator"),
                BadText.cases(400))) {
            ParsedStatement parsed;
            try {
                parsed = AthenaSql.parse(sql);
            } catch (AthenaSql.SyntaxError e) {
                continue; // the analyzer's part
            }
            if (parsed.tree().isEmpty() || !(parsed.tree().get() instanceof Query query)) {
                continue;
            }
            try {
                Bounded.call(sql, () -> translator.translate(query, CATALOG, "aporia_demo"));
            } catch (QueryFailure failure) {
                // Athena's own words quote the SQL raw; what the wizard makes of them must read
                ReadableMessage.check(QueryErrorReasons.failedQuery(failure.getMessage()).getMessage(), sql);
                Matcher m = POSITION.matcher(failure.getMessage());
                if (m.find()) {
                    String[] lines = sql.split("\n", -1);
                    int line = Integer.parseInt(m.group(1));
                    assertThat(line).as(failure.getMessage()).isBetween(1, lines.length);
                    assertThat(Integer.parseInt(m.group(2))).as(failure.getMessage())
                            .isBetween(1, lines[line - 1].length() + 1);
                }
            } catch (Throwable e) {
                throw new AssertionError("the translator threw on " + ReadableMessage.visible(sql)
                        + " (seed " + BadText.seed() + ")", e);
            }
            translatedOrRefused++;
        }
        assertThat(translatedOrRefused).isGreaterThan(BadText.cases(400) / 20); // most mutations no longer parse
    }
}
