package dev.athenawizard.core.aporia.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every dataset's {@code AthenaDataSource} shares: where Athena runs, where its results go, Spark's extra
 * expressions and options, and whose access key it signs with. The key's secret is not part of a plan: it joins only
 * when requests are sent.
 *
 * @param jdbcUrl          {@code jdbc:awsathena://AwsRegion=<region>}
 * @param s3OutputLocation the workgroup's query result location, {@code s3://bucket/prefix/}
 * @param selectExpr       Spark SQL expressions applied after reading; empty for none (sent as null)
 * @param readOptions      extra Spark read options; empty for none (sent as null)
 * @param accessKeyId      the key id of Aporia's data-source user when the project knows it; empty otherwise (it is
 *                         then resolved from the credentials when registering)
 */
public record AthenaSource(String region, String jdbcUrl, String s3OutputLocation, List<String> selectExpr,
                           Map<String, String> readOptions, String accessKeyId) {
    public AthenaSource {
        selectExpr = selectExpr == null ? List.of() : List.copyOf(selectExpr);
        readOptions = readOptions == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(readOptions));
        accessKeyId = accessKeyId == null ? "" : accessKeyId;
    }

    public static String jdbcUrl(String region) {
        return "jdbc:awsathena://AwsRegion=" + region;
    }
}
