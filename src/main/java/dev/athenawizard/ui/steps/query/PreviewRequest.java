package dev.athenawizard.ui.steps.query;

import dev.athenawizard.core.athena.query.QueryPreview;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What one run of the Query step is for: the results on screen belong to it, and a run for an equal request is the
 * same run (a repeated preview is not sent again).
 *
 * @param purpose      a preview (read-only, bounded, runs by itself) or a statement the user ran explicitly
 * @param source       the user's text, catalog, database and workgroup name
 * @param sql          what is sent: the preview's LIMIT form, or the statement as written
 * @param limit        how many rows are fetched at most
 * @param previewLimit the LIMIT the preview added or lowered, for the status line; empty when the query's own was kept
 * @param connection   whose credentials run it
 * @param workgroup    the workgroup, as read in the Workgroup step
 */
record PreviewRequest(Purpose purpose, QueryPreview.Source source, String sql, int limit, OptionalInt previewLimit,
        VerifiedConnection connection, WorkgroupInfo workgroup) {

    enum Purpose {
        /** A read-only query with a LIMIT: runs after a pause in typing; its result is the step's output. */
        PREVIEW,
        /** Anything else the user ran with Run: a confirmed write, or a read-only statement that waits for Run. */
        STATEMENT
    }

    PreviewRequest {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(workgroup, "workgroup");
    }
}
