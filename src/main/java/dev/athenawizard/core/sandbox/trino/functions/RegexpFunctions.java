package dev.athenawizard.core.sandbox.trino.functions;

/**
 * Trino's regular expression functions (docs {@code functions/regexp.md}) with Java's pattern syntax: every match
 * is replaced, {@code $1} refers to a group, lookarounds work. They run in Java inside DuckDB, whose own regular
 * expressions (RE2) differ.
 */
final class RegexpFunctions {
    private RegexpFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.scalar("regexp_like(varchar, varchar) -> boolean", c -> c.result(udf(c, "regexp_like", c.sql(0), c.sql(1))));
        b.scalar("regexp_extract(varchar(x), varchar) -> varchar(x)",
                c -> c.result(udf(c, "regexp_extract", c.sql(0), c.sql(1), "0")));
        b.scalar("regexp_extract(varchar(x), varchar, bigint) -> varchar(x)",
                c -> c.result(udf(c, "regexp_extract", c.sql(0), c.sql(1), c.sql(2))));
        b.scalar("regexp_extract_all(varchar(x), varchar) -> array(varchar(x))",
                c -> c.result(list(udf(c, "regexp_extract_all", c.sql(0), c.sql(1), "0"))));
        b.scalar("regexp_extract_all(varchar(x), varchar, bigint) -> array(varchar(x))",
                c -> c.result(list(udf(c, "regexp_extract_all", c.sql(0), c.sql(1), c.sql(2)))));
        b.scalar("regexp_replace(varchar, varchar) -> varchar", c -> c.result(udf(c, "regexp_replace", c.sql(0), c.sql(1), "''")));
        b.scalar("regexp_replace(varchar, varchar, varchar) -> varchar",
                c -> c.result(udf(c, "regexp_replace", c.sql(0), c.sql(1), c.sql(2))));
        b.scalar("regexp_replace(varchar, varchar, function(array(varchar),varchar)) -> varchar", c -> {
            throw c.failure("NOT_SUPPORTED", "The sandbox cannot run regexp_replace with a lambda; Athena can. Try this "
                    + "query on Athena, or preview without it");
        });
        b.scalar("regexp_split(varchar, varchar) -> array(varchar)", c -> c.result(list(udf(c, "regexp_split", c.sql(0), c.sql(1)))));
        b.scalar("regexp_count(varchar, varchar) -> bigint", c -> c.result(udf(c, "regexp_count", c.sql(0), c.sql(1))));
        b.scalar("regexp_position(varchar, varchar) -> integer",
                c -> c.result(udf(c, "regexp_position", c.sql(0), c.sql(1), "1", "1")));
        b.scalar("regexp_position(varchar, varchar, bigint) -> integer",
                c -> c.result(udf(c, "regexp_position", c.sql(0), c.sql(1), c.sql(2), "1")));
        b.scalar("regexp_position(varchar, varchar, bigint, bigint) -> integer",
                c -> c.result(udf(c, "regexp_position", c.sql(0), c.sql(1), c.sql(2), c.sql(3))));
    }

    /** A call of the Java function {@code trino_<name>} (or its NULL-instead-of-error twin inside TRY). */
    static String udf(Invocation c, String name, String... args) {
        return (c.safe() ? "trino_try_" : "trino_") + name + "(" + String.join(", ", args) + ")";
    }

    /** A JSON array of strings from a Java function, as a DuckDB list. */
    static String list(String jsonSql) {
        return "CAST(CAST(" + jsonSql + " AS JSON) AS VARCHAR[])";
    }
}
