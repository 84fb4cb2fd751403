package dev.athenawizard.core.aws.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Everything Aporia's data-source user needs to reach: the scope of the generated IAM policy and of the permission
 * self-test.
 *
 * @param region          the AWS region, e.g. {@code us-east-1}
 * @param accountId       the 12-digit account id (from STS); empty until the connection is verified
 * @param workgroup       the workgroup Aporia's queries run in
 * @param resultsLocation the workgroup's query result location; empty when it has none
 * @param databases       the Glue databases Aporia may read
 * @param tables          the tables known in those databases, with their data locations (from Glue); for a query,
 *                        exactly the tables it reads (a location is empty where Glue did not give one)
 * @param dataLocations   where the tables' data lives in S3: whole buckets or table prefixes
 * @param query           the query whose reads the scope was made for (its databases, tables and their data, and
 *                        nothing more), or empty when the user picked the databases (every table in them)
 */
public record AccessScope(
        String region,
        String accountId,
        String workgroup,
        Optional<S3Location> resultsLocation,
        List<String> databases,
        List<TableLocation> tables,
        List<S3Location> dataLocations,
        Optional<AporiaQuery> query) {

    public AccessScope {
        region = region == null ? "" : region.strip();
        accountId = accountId == null ? "" : accountId.strip();
        workgroup = workgroup == null ? "" : workgroup.strip();
        resultsLocation = resultsLocation == null ? Optional.empty() : resultsLocation;
        databases = databases == null ? List.of() : List.copyOf(new LinkedHashSet<>(databases));
        tables = tables == null ? List.of() : List.copyOf(tables);
        dataLocations = dataLocations == null ? List.of() : List.copyOf(dataLocations);
        query = query == null ? Optional.empty() : query;
    }

    /** A scope of picked databases, not of a query. */
    public AccessScope(String region, String accountId, String workgroup, Optional<S3Location> resultsLocation,
            List<String> databases, List<TableLocation> tables, List<S3Location> dataLocations) {
        this(region, accountId, workgroup, resultsLocation, databases, tables, dataLocations, Optional.empty());
    }

    /**
     * The scope for the given tables: their data locations, collapsed so that a location inside another is not listed
     * twice, plus any extra buckets the user named.
     */
    public static AccessScope of(String region, String accountId, String workgroup, Optional<S3Location> results,
            List<String> databases, List<TableLocation> tables, List<S3Location> extraDataLocations) {
        return of(region, accountId, workgroup, results, databases, tables, extraDataLocations, Optional.empty());
    }

    /** Like {@link #of(String, String, String, Optional, List, List, List)}, for the reads of {@code query}. */
    public static AccessScope of(String region, String accountId, String workgroup, Optional<S3Location> results,
            List<String> databases, List<TableLocation> tables, List<S3Location> extraDataLocations,
            Optional<AporiaQuery> query) {
        List<S3Location> all = new ArrayList<>(extraDataLocations);
        tables.forEach(t -> t.location().ifPresent(all::add));
        return new AccessScope(region, accountId, workgroup, results, databases, tables, outermost(all), query);
    }

    public List<String> dataBuckets() {
        return dataLocations.stream().map(S3Location::bucket).distinct().toList();
    }

    /** Drops locations that another one in the list already covers, keeping the order they came in. */
    static List<S3Location> outermost(List<S3Location> locations) {
        List<S3Location> distinct = List.copyOf(new LinkedHashSet<>(locations));
        return distinct.stream()
                .filter(candidate -> distinct.stream().noneMatch(o -> !o.equals(candidate) && o.contains(candidate)))
                .toList();
    }
}
