package dev.athenawizard.core.project;

import java.util.List;

/**
 * What Aporia's data-source user may read: the scope of the generated IAM policy and of the permission self-test.
 *
 * <p>Until a query exists the user picks the databases; once one does, the databases and data buckets come from the
 * tables it reads (their Glue locations).
 *
 * @param databases   Glue databases Aporia may read; empty means none chosen yet
 * @param dataBuckets S3 buckets holding those tables' data (names, without {@code s3://})
 */
public record AccessSection(List<String> databases, List<String> dataBuckets) {
    public static final AccessSection EMPTY = new AccessSection(List.of(), List.of());

    public AccessSection {
        databases = databases == null ? List.of() : List.copyOf(databases);
        dataBuckets = dataBuckets == null ? List.of() : List.copyOf(dataBuckets);
    }
}
