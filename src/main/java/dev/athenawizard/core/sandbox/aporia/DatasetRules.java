package dev.athenawizard.core.sandbox.aporia;

import com.fasterxml.jackson.databind.JsonNode;
import dev.athenawizard.core.aporia.plan.CronSchedule;
import dev.athenawizard.core.aws.credentials.AthenaRegions;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks {@code POST …/versions/{version}/datasets} as Aporia does: a known dataset name; an {@code athena} data
 * source with a JDBC URL naming a region, a query, the access key pair and an S3 result location; sync settings with
 * an environment; id and timestamp columns; and mappings whose fields exist in the version's schema ({@code labels}
 * keyed by predictions).
 */
final class DatasetRules {
    static final Set<String> NAMES = Set.of("serving", "training", "testing", "actuals");
    private static final Set<String> MEMBERS = Set.of("name", "data_source", "sync", "id_column", "timestamp_column",
            "predictions", "features", "labels", "raw_inputs");
    private static final Set<String> CONFIG_MEMBERS = Set.of("url", "query", "user", "password",
            "s3_output_location", "sample_size", "select_expr", "read_options");
    private static final Pattern ATHENA_URL = Pattern.compile("jdbc:awsathena://(?:.*;)?AwsRegion=([^;]+).*",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> OTHER_SOURCES = Set.of("jdbc", "postgres-jdbc", "bigquery", "snowflake", "glue",
            "s3");

    private DatasetRules() {
    }

    /** @return the dataset's name */
    static String check(JsonNode body, JsonNode versionSchema) {
        Members.onlyKnown(body, MEMBERS, "");
        String name = Members.text(body, "name", "name");
        if (!NAMES.contains(name)) {
            throw ApiError.badRequest("name", "Unknown dataset \"" + name + "\": serving, training, testing or "
                    + "actuals.");
        }
        dataSource(Members.object(body, "data_source", "data_source"));
        JsonNode sync = Members.object(body, "sync", "sync");
        Members.onlyKnown(sync, Set.of("enabled", "environment", "schedule"), "sync");
        if (!sync.path("enabled").isBoolean()) {
            throw ApiError.badRequest("sync.enabled", "sync.enabled is required and must be true or false.");
        }
        Members.text(sync, "environment", "sync.environment");
        String schedule = Members.optionalText(sync, "schedule", "sync.schedule");
        if (schedule != null) {
            CronSchedule.problem(schedule).ifPresent(p -> {
                throw ApiError.badRequest("sync.schedule", "Invalid cron schedule: " + p);
            });
        }
        Members.text(body, "id_column", "id_column");
        Members.text(body, "timestamp_column", "timestamp_column");
        for (String group : List.of("raw_inputs", "features", "predictions")) {
            mapping(body, group, versionSchema.path(group), group);
        }
        mapping(body, "labels", versionSchema.path("predictions"), "predictions");
        return name;
    }

    private static void dataSource(JsonNode source) {
        Members.onlyKnown(source, Set.of("type", "config"), "data_source");
        String type = Members.text(source, "type", "data_source.type");
        if (!type.equals("athena")) {
            throw ApiError.badRequest("data_source.type", OTHER_SOURCES.contains(type)
                    ? "The sandbox accepts only Athena data sources, not \"" + type + "\"."
                    : "Unknown data source type \"" + type + "\".");
        }
        JsonNode config = Members.object(source, "config", "data_source.config");
        Members.onlyKnown(config, CONFIG_MEMBERS, "data_source.config");
        String url = Members.text(config, "url", "data_source.config.url");
        Matcher m = ATHENA_URL.matcher(url);
        if (!m.matches() || !AthenaRegions.isRegionId(m.group(1))) {
            throw ApiError.badRequest("data_source.config.url", "data_source.config.url must be an Athena JDBC URL "
                    + "naming a region, like jdbc:awsathena://AwsRegion=us-east-1.");
        }
        Members.text(config, "query", "data_source.config.query");
        Members.text(config, "user", "data_source.config.user");
        Members.text(config, "password", "data_source.config.password");
        String output = Members.text(config, "s3_output_location", "data_source.config.s3_output_location");
        if (!output.startsWith("s3://") || output.length() <= "s3://".length()) {
            throw ApiError.badRequest("data_source.config.s3_output_location", "s3_output_location must be an "
                    + "s3:// location.");
        }
        JsonNode sample = config.path("sample_size");
        if (!sample.isMissingNode() && (!sample.isNumber() || sample.asDouble() <= 0 || sample.asDouble() > 1)) {
            throw ApiError.badRequest("data_source.config.sample_size", "sample_size must be a number above 0 and "
                    + "at most 1.");
        }
        JsonNode select = config.path("select_expr");
        if (!select.isMissingNode() && !select.isNull()) {
            if (!select.isArray()) {
                throw ApiError.badRequest("data_source.config.select_expr", "select_expr must be a list of "
                        + "strings or null.");
            }
            select.forEach(e -> {
                if (!e.isTextual() || e.asText().isBlank()) {
                    throw ApiError.badRequest("data_source.config.select_expr", "select_expr must hold non-empty "
                            + "strings.");
                }
            });
        }
        JsonNode options = Members.optionalObject(config, "read_options", "data_source.config.read_options");
        if (options != null) {
            options.fields().forEachRemaining(e -> {
                if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                    throw ApiError.badRequest("data_source.config.read_options." + e.getKey(), "read_options "
                            + "values must be strings, numbers or booleans.");
                }
            });
        }
    }

    /** A mapping's keys must be fields of the group; its values are column names. */
    private static void mapping(JsonNode body, String member, JsonNode fields, String group) {
        JsonNode map = Members.optionalObject(body, member, member);
        if (map == null) {
            return;
        }
        Members.stringValues(map, member);
        map.fieldNames().forEachRemaining(field -> {
            if (!fields.has(field)) {
                throw ApiError.badRequest(member + "." + field, member + " names \"" + field + "\", which is not one "
                        + "of the version's " + group.replace('_', ' ') + ".");
            }
        });
    }
}
