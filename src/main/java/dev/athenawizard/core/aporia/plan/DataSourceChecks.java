package dev.athenawizard.core.aporia.plan;

import dev.athenawizard.core.TypedText;
import dev.athenawizard.core.aporia.plan.SqlText.Dialect;
import dev.athenawizard.core.aws.credentials.AthenaRegions;
import dev.athenawizard.core.aws.policy.S3Location;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The data source's own fields: the region behind the JDBC URL, the result location, a dataset's query, and Spark's
 * {@code select_expr} and {@code read_options}. Each check names the field it is about.
 */
public final class DataSourceChecks {
    private static final Set<String> STATEMENT_STARTS = Set.of("SELECT", "WITH", "VALUES", "TABLE");
    private static final Pattern OPTION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    /** Options the data source sets itself from its own fields; a read option would silently replace them. */
    private static final Set<String> RESERVED_OPTIONS = Set.of("url", "query", "dbtable", "user", "password",
            "driver", "s3outputlocation");

    private DataSourceChecks() {
    }

    static Optional<String> region(String region, Problems problems) {
        if (!AthenaRegions.isRegionId(region)) {
            problems.add("connection.region", TypedText.quoted(region) + " is not an AWS region id like us-east-1: "
                    + "the data source's JDBC URL names the region Athena runs in.");
            return Optional.empty();
        }
        return Optional.of(region);
    }

    static Optional<String> outputLocation(String workgroup, String location, Problems problems) {
        if (location.isBlank()) {
            problems.add("workgroup.outputLocation", (workgroup.isBlank() ? "No workgroup is chosen"
                    : "The workgroup " + workgroup + " has no query result location")
                    + ": Aporia's data source writes its query results to S3. Pick a workgroup with one in the "
                    + "Workgroup step.");
            return Optional.empty();
        }
        try {
            return Optional.of(S3Location.parse(location).uri());
        } catch (IllegalArgumentException e) {
            problems.add("workgroup.outputLocation", "The result location " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The query as Aporia will run it: one read-only statement, without trailing semicolons.
     *
     * @param field the project field holding it, e.g. {@code query.sql}
     * @param what  "the serving query", for messages
     */
    static Optional<String> query(String field, String what, String sql, Problems problems) {
        String text = SqlText.withoutTrailingSemicolons(sql == null ? "" : sql);
        if (text.isEmpty()) {
            problems.add(field, capitalised(what) + " is empty: write the SQL whose result Aporia monitors.");
            return Optional.empty();
        }
        String first = SqlText.firstKeyword(text);
        if (!STATEMENT_STARTS.contains(first)) {
            problems.add(field, capitalised(what) + " starts with "
                    + (first.isEmpty() ? "nothing readable"
                            : first.length() <= 20 && first.chars().allMatch(Character::isLetter) ? first
                            : TypedText.quoted(first))
                    + ": Aporia's data source reads the result of one SELECT (or WITH … SELECT) statement.");
            return Optional.empty();
        }
        Optional<String> broken = SqlText.structureProblem(text, Dialect.ATHENA);
        if (broken.isPresent()) {
            problems.add(field, capitalised(what) + ": " + broken.get() + ".");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** Problems of {@code select_expr}, one per expression, as {@code registration.selectExpr[i]}. */
    public static List<PlanProblem> selectExpr(List<String> expressions) {
        Problems problems = new Problems();
        for (int i = 0; i < expressions.size(); i++) {
            String expression = expressions.get(i) == null ? "" : expressions.get(i).strip();
            String field = "registration.selectExpr[" + i + "]";
            if (expression.isEmpty()) {
                problems.add(field, "Expression " + (i + 1) + " is empty: remove it, or write a Spark SQL "
                        + "expression such as amount * 100 AS amount_cents.");
                continue;
            }
            int number = i + 1;
            SqlText.structureProblem(expression, Dialect.SPARK).ifPresent(p ->
                    problems.add(field, "Expression " + number + ": " + p + "."));
        }
        return problems.list();
    }

    /** Problems of {@code read_options}, as {@code registration.readOptions[name]}. */
    public static List<PlanProblem> readOptions(Map<String, String> options) {
        Problems problems = new Problems();
        new TreeMap<>(options).forEach((name, value) -> {
            String field = "registration.readOptions[" + TypedText.key(name) + "]";
            if (name.isBlank()) {
                problems.add("registration.readOptions", "A read option has no name.");
            } else if (!OPTION_NAME.matcher(name).matches()) {
                problems.add(field, TypedText.quoted(name) + " is not a Spark option name: letters, digits, '.', '-' "
                        + "and '_', starting with a letter (e.g. fetchsize).");
            } else if (RESERVED_OPTIONS.contains(name.toLowerCase(Locale.ROOT))) {
                problems.add(field, "The read option " + name + " would replace the data source's own " + name
                        + ", which the wizard sets from the project; remove it.");
            } else if (value == null || value.isBlank()) {
                problems.add(field, "The read option " + name + " has no value.");
            }
        });
        return problems.list();
    }

    private static String capitalised(String text) {
        return ModelChecks.capitalise(text);
    }
}
