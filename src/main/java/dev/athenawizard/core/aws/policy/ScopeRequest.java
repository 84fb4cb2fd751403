package dev.athenawizard.core.aws.policy;

import dev.athenawizard.core.project.OnboardingProject;
import java.util.List;
import java.util.Optional;

/**
 * What the user chose, before AWS fills in the rest of an {@link AccessScope}: the account (STS), the workgroup's
 * result location when not known ({@code GetWorkGroup}) and the tables' data locations (Glue).
 *
 * @param region          the AWS region
 * @param workgroup       the workgroup Aporia's queries run in
 * @param resultsLocation the workgroup's result location if already known; looked up otherwise
 * @param databases       the databases Aporia may read
 * @param dataBuckets     buckets the user named; used where Glue names no location in the same bucket
 * @param accountId       the account, when already known (a verified connection knows it); asked of STS otherwise
 * @param query           the query Aporia will run, when there is one: then the databases are those of the tables it
 *                        reads, and the data locations come from those tables alone ({@link #withQuery})
 */
public record ScopeRequest(String region, String workgroup, Optional<S3Location> resultsLocation,
        List<String> databases, List<String> dataBuckets, String accountId, Optional<AporiaQuery> query) {

    public ScopeRequest(String region, String workgroup, Optional<S3Location> resultsLocation, List<String> databases,
            List<String> dataBuckets) {
        this(region, workgroup, resultsLocation, databases, dataBuckets, "");
    }

    public ScopeRequest(String region, String workgroup, Optional<S3Location> resultsLocation, List<String> databases,
            List<String> dataBuckets, String accountId) {
        this(region, workgroup, resultsLocation, databases, dataBuckets, accountId, Optional.empty());
    }

    /**
     * What a saved project chose: its region, workgroup (and result location, if recorded), the databases of its
     * access section (or, before any are picked, its query's default database) and any data buckets it names.
     */
    public static ScopeRequest of(OnboardingProject project) {
        List<String> databases = project.access().databases();
        if (databases.isEmpty() && !project.query().database().isBlank()) {
            databases = List.of(project.query().database());
        }
        return new ScopeRequest(project.connection().region(), project.workgroup().name(),
                S3Location.tryParse(project.workgroup().outputLocation()), databases, project.access().dataBuckets());
    }

    /**
     * What a saved project needs once it has a query: its region and workgroup, and what the query reads; the
     * databases and buckets picked before the query existed no longer count (see {@code AccessSection}).
     */
    public static ScopeRequest of(OnboardingProject project, AporiaQuery query) {
        return new ScopeRequest(project.connection().region(), project.workgroup().name(),
                S3Location.tryParse(project.workgroup().outputLocation()), List.of(), List.of()).withQuery(query);
    }

    public ScopeRequest {
        region = region == null ? "" : region.strip();
        workgroup = workgroup == null ? "" : workgroup.strip();
        resultsLocation = resultsLocation == null ? Optional.empty() : resultsLocation;
        databases = databases == null ? List.of() : databases.stream().map(String::strip)
                .filter(d -> !d.isEmpty()).distinct().toList();
        dataBuckets = dataBuckets == null ? List.of() : dataBuckets.stream().map(String::strip)
                .filter(b -> !b.isEmpty()).distinct().toList();
        accountId = accountId == null ? "" : accountId.strip();
        query = query == null ? Optional.empty() : query;
        if (query.isPresent()) {
            databases = query.get().glueDatabases();
        }
    }

    /** The same request for an account that is already known, so no STS call is needed. */
    public ScopeRequest inAccount(String account) {
        return new ScopeRequest(region, workgroup, resultsLocation, databases, dataBuckets, account, query);
    }

    /**
     * The same request scoped to what {@code aporiaQuery} reads: its tables' databases (the ones given here no longer
     * count) and their data locations, plus any data bucket named here.
     */
    public ScopeRequest withQuery(AporiaQuery aporiaQuery) {
        return new ScopeRequest(region, workgroup, resultsLocation, List.of(), dataBuckets, accountId,
                Optional.of(aporiaQuery));
    }
}
