package dev.athenawizard.core.aws.selftest;

import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupService;
import dev.athenawizard.core.aws.policy.AccessScope;
import dev.athenawizard.core.aws.policy.Arns;
import dev.athenawizard.core.aws.policy.PolicyGenerator;
import dev.athenawizard.core.aws.policy.S3Location;
import java.util.Optional;
import java.util.OptionalLong;
import software.amazon.awssdk.services.athena.AthenaClient;

/** Tries Athena's metadata calls: listing workgroups, describing Aporia's, listing databases and past queries. */
final class AthenaProbes {
    private final AthenaClient athena;
    private final Checklist checklist;
    private final Arns arns;

    AthenaProbes(AthenaClient athena, Checklist checklist, Arns arns) {
        this.athena = athena;
        this.checklist = checklist;
        this.arns = arns;
    }

    /**
     * Lists and describes; returns the workgroup as Aporia's user sees it, or (when it may not describe it) as the
     * scope says it is, so the test query can still run.
     */
    WorkgroupInfo workgroupAndCatalog(AccessScope scope) {
        checklist.probe("athena:ListWorkGroups", "*", () -> athena.listWorkGroups(r -> r.maxResults(1)));
        // Described on this thread: the self-test already runs in the background.
        Optional<WorkgroupInfo> described = checklist.probe("athena:GetWorkGroup", arns.workgroup(scope.workgroup()),
                () -> new WorkgroupService(athena, Runnable::run).describe(scope.workgroup()).join());
        checklist.probe("athena:ListDatabases", arns.dataCatalog(PolicyGenerator.DATA_CATALOG),
                () -> athena.listDatabases(r -> r.catalogName(PolicyGenerator.DATA_CATALOG).maxResults(1)));
        return described.orElseGet(() -> new WorkgroupInfo(scope.workgroup(), WorkgroupInfo.State.ENABLED, "",
                Optional.empty(), null, scope.resultsLocation().map(S3Location::uri), false, OptionalLong.empty(),
                false));
    }

    void queryHistory(AccessScope scope) {
        checklist.probe("athena:ListQueryExecutions", arns.workgroup(scope.workgroup()),
                () -> athena.listQueryExecutions(r -> r.workGroup(scope.workgroup()).maxResults(1)));
    }
}
