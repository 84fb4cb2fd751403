package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.core.athena.catalog.CatalogService;
import dev.athenawizard.core.athena.catalog.TableInfo;
import dev.athenawizard.core.athena.query.QueryPreview;
import dev.athenawizard.core.athena.query.QueryRequest;
import dev.athenawizard.core.athena.query.QueryResult;
import dev.athenawizard.core.athena.query.QueryRunner;
import dev.athenawizard.core.athena.query.ResultTable;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupService;
import dev.athenawizard.core.mapping.GuideExample;
import dev.athenawizard.core.sql.SqlAnalyzer;
import java.util.List;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * Previews of the sandbox's demo table as the Query step hands them over: the user's SQL run through the real SDK
 * and {@link QueryRunner} in the {@code aporia} workgroup, its first 100 rows, and the catalog's description of the
 * tables it reads.
 */
public final class DemoPreviews {
    /** The guide's example: the oldest 100 predictions, every one with its actual. */
    public static final String GUIDE_QUERY = GuideExample.QUERY;
    /** The same rows, but the 7th embedding is one element short. */
    public static final String SHORTER_EMBEDDING_QUERY = GuideExample.SHORTER_EMBEDDING_QUERY;

    private static final String CATALOG = "AwsDataCatalog";
    private static final String DATABASE = "aporia_demo";

    private DemoPreviews() {
    }

    public static QueryPreview of(AthenaClient athena, String sql) {
        WorkgroupInfo aporia = new WorkgroupService(athena, Runnable::run).describe("aporia").join();
        QueryResult result = new QueryRunner(athena, Runnable::run)
                .start(QueryRequest.of(sql, aporia).in(CATALOG, DATABASE).withResultReuse(false)).result().join();
        ResultTable rows = result.firstRows(100).join();
        CatalogService catalog = new CatalogService(athena, Runnable::run);
        List<TableInfo> tables = new SqlAnalyzer().analyze(sql).tables().stream()
                .map(t -> catalog.table(t.catalog().orElse(CATALOG), t.database().orElse(DATABASE), t.table()).join())
                .toList();
        return new QueryPreview(new QueryPreview.Source(sql, CATALOG, DATABASE, "aporia"), rows, tables,
                result.statistics());
    }
}
